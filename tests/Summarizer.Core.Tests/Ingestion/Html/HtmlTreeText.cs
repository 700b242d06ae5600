using System.Text;
using Summarizer.Core.Ingestion.Html.Parsing;

namespace Summarizer.Core.Tests.Ingestion.Html;

/// <summary>A parsed tree written compactly so a test can state the whole shape it expects: <c>body[p["one"] br]</c>.</summary>
internal static class HtmlTreeText
{
    public static string Describe(HtmlElement element)
    {
        var text = new StringBuilder();
        Write(element, text);
        return text.ToString();
    }

    public static string Body(string html) => Describe(HtmlTreeBuilder.Parse(html).Body);

    private static void Write(HtmlNode node, StringBuilder text)
    {
        if (node is HtmlText run)
        {
            text.Append('"').Append(run.Data).Append('"');
            return;
        }

        var element = (HtmlElement)node;
        text.Append(element.Name);
        if (element.ChildNodes.Count == 0)
        {
            return;
        }

        text.Append('[');
        for (var i = 0; i < element.ChildNodes.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            Write(element.ChildNodes[i], text);
        }

        text.Append(']');
    }
}
