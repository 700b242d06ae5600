using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>
/// The HTML decoder with AngleSharp's HTML5 parser in place of the own one: AngleSharp's tree is copied into the own
/// node types and handed to the same page scoring and text extraction, so any difference in what the two decoders
/// return comes from the parsers alone. Scripting is on, as in a browser, so <c>&lt;noscript&gt;</c> is raw text.
/// </summary>
internal static class AngleSharpReferenceDecoder
{
    private static readonly HtmlParserOptions Options = new() { IsScripting = true };

    public static HtmlDocument Parse(string html)
    {
        var document = new HtmlParser(Options).ParseDocument(html);
        var copies = new Dictionary<IElement, HtmlElement>();
        var root = Copy(document.DocumentElement!, copies);
        HtmlElement? title = null;

        // An explicit stack, children pushed in reverse: elements pop in document order and deep trees cannot
        // overflow the call stack. Each element's children are copied in order when it pops.
        var pending = new Stack<IElement>();
        pending.Push(document.DocumentElement!);
        while (pending.TryPop(out var source))
        {
            var copy = copies[source];
            if (title is null && source.LocalName == "title" && source.NamespaceUri == NamespaceNames.HtmlUri)
            {
                title = copy;
            }

            foreach (var child in source.ChildNodes)
            {
                switch (child)
                {
                    case IText when KeepsNoText(source):
                        break;
                    case IText text:
                        copy.AppendChild(new HtmlText(text.Data));
                        break;
                    case IElement element:
                        copy.AppendChild(Copy(element, copies));
                        break;
                }
            }

            for (var i = source.Children.Length - 1; i >= 0; i--)
            {
                pending.Push(source.Children[i]);
            }
        }

        var head = document.Head is { } angleHead ? copies[angleHead] : new HtmlElement("head", []);
        var body = document.Body is { LocalName: "body" } angleBody ? copies[angleBody] : new HtmlElement("body", []);
        return new HtmlDocument(root, head, body, title);
    }

    public static Article Decode(string html) => new HtmlDecoder().Decode(Parse(html), html.Length);

    /// <summary>
    /// The own parser does not keep the text of elements whose content is never article text (the decoder skips
    /// them), so neither does the copy: otherwise a heading's text, which includes it, would differ.
    /// </summary>
    private static bool KeepsNoText(IElement element) =>
        element.LocalName is "script" or "style"
        || (element.NamespaceUri == NamespaceNames.HtmlUri && element.LocalName is "iframe" or "noscript" or "template" or "noembed" or "noframes");

    /// <summary>An element without its children: lower-case name, only the attributes the decoder reads.</summary>
    private static HtmlElement Copy(IElement element, Dictionary<IElement, HtmlElement> copies)
    {
        var attributes = element.Attributes
            .Select(attribute => (Name: attribute.Name.ToLowerInvariant(), attribute.Value))
            .Where(attribute => HtmlDecoder.ReadAttributes.Contains(attribute.Name))
            .Select(attribute => new HtmlAttribute(attribute.Name, attribute.Value))
            .ToArray();
        var copy = new HtmlElement(element.LocalName.ToLowerInvariant(), attributes)
        {
            IsForeign = element.NamespaceUri != NamespaceNames.HtmlUri,
        };
        copies[element] = copy;
        return copy;
    }
}
