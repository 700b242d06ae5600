using System.Text;
using System.Xml;
using static Summarizer.Core.Ingestion.Feeds.FeedVocabulary;

namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// Reads a well-formed RSS 0.9x/2.0, RSS 1.0 or Atom document with <see cref="XmlReader"/>, over text the browser-style
/// charset rules already decoded (a reader over a <see cref="TextReader"/> does not look at the XML declaration's
/// encoding, so every path decodes alike). Hostile input: a DOCTYPE is skipped, never processed, so no entity it
/// declares is expanded and nothing is fetched; the article's time is checked as nodes are read and every field's
/// characters are charged as it is kept.
/// </summary>
internal static class XmlFeedReader
{
    /// <summary>Nodes read between two checks of the clock.</summary>
    private const int TimeCheckInterval = 256;

    private static readonly XmlReaderSettings Settings = new()
    {
        // Ignore, not Prohibit: many real feeds still carry the Netscape RSS 0.91 DOCTYPE and are otherwise fine. With
        // the DTD ignored, a reference to an entity it declares is an error (read by the lenient reader as text), never an expansion.
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,

        // 0 would mean "no limit"; with the DTD ignored nothing can expand anyway, this says so twice.
        MaxCharactersFromEntities = 1,
        CheckCharacters = false,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>The feed, or null when the document's root is not a feed's (valid XML of another kind).</summary>
    /// <exception cref="XmlException">The text is not well-formed XML.</exception>
    public static FeedDocument? Read(string text, DecodeBudget budget)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        if (reader.MoveToContent() != XmlNodeType.Element || !IsRoot(reader.LocalName, reader.NamespaceURI))
        {
            return null;
        }

        var collector = new FeedCollector(budget);
        var roles = new List<Role>();
        var nodes = 0;
        var advanced = true;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (++nodes % TimeCheckInterval == 0)
            {
                budget.ThrowIfOverTime("the feed");
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                EndElement(roles, reader.Depth, collector);
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                advanced = StartElement(reader, roles, collector, budget);
            }
        }

        return collector.ToDocument();
    }

    /// <summary>Handles a start tag; true when it read the element whole and the reader already stands on the next node.</summary>
    private static bool StartElement(XmlReader reader, List<Role> roles, FeedCollector collector, DecodeBudget budget)
    {
        var role = RoleOf(reader.LocalName, reader.NamespaceURI);
        var parent = roles.Count > 0 ? roles[^1] : Role.None;
        if (collector.Wants(role, parent))
        {
            var isMarkup = !string.Equals(reader.GetAttribute("type"), "text", StringComparison.OrdinalIgnoreCase);
            collector.Add(role, parent, new FeedText(ReadField(reader, budget), isMarkup));
            return true;
        }

        if (role == Role.Entry)
        {
            collector.StartEntry();
        }

        if (reader.IsEmptyElement)
        {
            EndOf(role, collector);
        }
        else
        {
            roles.Add(role);
        }

        return false;
    }

    private static void EndElement(List<Role> roles, int depth, FeedCollector collector)
    {
        // An open element at depth d is roles[d]: elements read whole and empty ones never enter the list.
        if (depth < roles.Count)
        {
            EndOf(roles[depth], collector);
            roles.RemoveRange(depth, roles.Count - depth);
        }
    }

    private static void EndOf(Role role, FeedCollector collector)
    {
        if (role == Role.Entry)
        {
            collector.EndEntry();
        }
    }

    /// <summary>
    /// A field's value: its text with the XML escaping undone (escaped or CDATA HTML comes out as markup), and any child
    /// elements (Atom's <c>type="xhtml"</c> <c>div</c>) written back as markup, node by node in one pass. Leaves the
    /// reader on the node after the field.
    /// </summary>
    private static string ReadField(XmlReader reader, DecodeBudget budget)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return string.Empty;
        }

        var depth = reader.Depth;
        var value = new StringBuilder();
        var nodes = 0;
        reader.Read();
        while (reader.Depth > depth)
        {
            if (++nodes % TimeCheckInterval == 0)
            {
                budget.ThrowIfOverTime("the feed");
            }

            AppendNode(reader, reader.Depth > depth + 1, value);
            reader.Read();
        }

        // On the field's end tag: step past it.
        reader.Read();
        return value.ToString();
    }

    /// <summary>Appends one node of a field: its own text as the markup it holds, inside a child element as text of that markup.</summary>
    private static void AppendNode(XmlReader reader, bool inChildElement, StringBuilder value)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                value.Append('<').Append(reader.Name);
                if (reader.MoveToFirstAttribute())
                {
                    do
                    {
                        value.Append(' ').Append(reader.Name).Append("=\"");
                        AppendEscaped(reader.Value, value);
                        value.Append('"');
                    }
                    while (reader.MoveToNextAttribute());
                    reader.MoveToElement();
                }

                value.Append(reader.IsEmptyElement ? "/>" : ">");
                break;
            case XmlNodeType.EndElement:
                value.Append("</").Append(reader.Name).Append('>');
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                if (inChildElement)
                {
                    AppendEscaped(reader.Value, value);
                }
                else
                {
                    value.Append(reader.Value);
                }

                break;
        }
    }

    private static void AppendEscaped(string text, StringBuilder value)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => value.Append("&amp;"),
                '<' => value.Append("&lt;"),
                '"' => value.Append("&quot;"),
                _ => value.Append(c),
            };
        }
    }
}
