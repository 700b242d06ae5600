using System.Text;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>An element of a parsed page: its lower-case name, its attributes and its children in document order.</summary>
internal sealed class HtmlElement(string name, HtmlAttribute[] attributes) : HtmlNode
{
    private static readonly List<HtmlNode> NoChildren = [];

    private List<HtmlNode>? _children;

    public string Name { get; } = name;

    public HtmlAttribute[] Attributes { get; private set; } = attributes;

    /// <summary>Inside <c>&lt;svg&gt;</c> or <c>&lt;math&gt;</c> (or one of them), where markup follows XML-like rules.</summary>
    public bool IsForeign { get; init; }

    /// <summary>How the tree builder treats the element while it is open (set when it is created).</summary>
    public HtmlElementFlags Flags { get; init; }

    /// <summary>The children in document order; shared and empty until the first child is added, so never modify it.</summary>
    public List<HtmlNode> ChildNodes => _children ?? NoChildren;

    public int ChildElementCount
    {
        get
        {
            var count = 0;
            foreach (var child in ChildNodes)
            {
                if (child is HtmlElement)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>
    /// True when the text inside the element is shorter than <paramref name="limit"/> characters. Stops counting at the
    /// limit, so asking costs at most that much text however large (or deeply nested) the element is.
    /// </summary>
    public bool HasTextShorterThan(int limit)
    {
        var length = 0;
        var pending = new Stack<HtmlNode>();
        pending.Push(this);
        while (pending.TryPop(out var node))
        {
            if (node is HtmlText run)
            {
                length += run.Data.Length;
                if (length >= limit)
                {
                    return false;
                }

                continue;
            }

            foreach (var child in ((HtmlElement)node).ChildNodes)
            {
                pending.Push(child);
            }
        }

        return true;
    }

    /// <summary>All the text inside the element, concatenated in document order.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            var pending = new Stack<HtmlNode>();
            pending.Push(this);
            while (pending.TryPop(out var node))
            {
                if (node is HtmlText run)
                {
                    text.Append(run.Data);
                    continue;
                }

                var children = ((HtmlElement)node).ChildNodes;
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }

            return text.ToString();
        }
    }

    /// <summary>The value of the attribute with this lower-case name, or null when the element does not have it.</summary>
    public string? GetAttribute(string attributeName)
    {
        foreach (var attribute in Attributes)
        {
            if (string.Equals(attribute.Name, attributeName, StringComparison.Ordinal))
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public bool HasAttribute(string attributeName) => GetAttribute(attributeName) is not null;

    public T AppendChild<T>(T child)
        where T : HtmlNode
    {
        child.Parent = this;
        (_children ??= []).Add(child);
        return child;
    }

    /// <summary>Inserts a child just before <paramref name="reference"/>, one of the children (searched from the end, where it usually is).</summary>
    public void InsertBefore(HtmlNode child, HtmlNode reference)
    {
        child.Parent = this;
        var children = _children!;
        children.Insert(children.LastIndexOf(reference), child);
    }

    /// <summary>Adds the attributes the element does not have yet, as a repeated <c>&lt;html&gt;</c> or <c>&lt;body&gt;</c> tag does.</summary>
    public void AddMissingAttributes(List<HtmlAttribute> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (!HasAttribute(attribute.Name))
            {
                Attributes = [.. Attributes, attribute];
            }
        }
    }

    /// <summary>Adds the contents of a raw-text element (a title, a text area) as its one text child, when there are any.</summary>
    public void AppendRawText(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            AppendChild(new HtmlText(text));
        }
    }

    /// <summary>Takes this element out of its parent's children.</summary>
    public void Detach()
    {
        Parent?._children?.Remove(this);
        Parent = null;
    }

    /// <summary>Moves every child of this element, in order, to the end of <paramref name="target"/>.</summary>
    public void MoveChildrenTo(HtmlElement target)
    {
        if (_children is null)
        {
            return;
        }

        foreach (var child in _children)
        {
            target.AppendChild(child);
        }

        _children = null;
    }
}
