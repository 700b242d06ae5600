using System.Globalization;
using System.Text;

namespace Summarizer.Core.Documents;

/// <summary>Renders a summary document as Markdown for people: title, summary, key points, key phrases, provenance.</summary>
public static class MarkdownRenderer
{
    public static string Render(SummaryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        md.Append("# ").Append(Escape(document.Title ?? document.Source.Name ?? "Summary")).Append("\n\n");
        md.Append(Escape(document.Summary)).Append("\n\n");
        if (document.KeyPoints.Count > 0)
        {
            md.Append("## Key points\n\n");
            foreach (var point in document.KeyPoints)
            {
                md.Append("- ").Append(Escape(point)).Append('\n');
            }

            md.Append('\n');
        }

        if (document.KeyPhrases.Count > 0)
        {
            md.Append("## Key phrases\n\n");
            md.Append(string.Join(", ", document.KeyPhrases.Select(p => Escape(p.Text)))).Append("\n\n");
        }

        md.Append("---\n\n");
        md.Append(CultureInfo.InvariantCulture,
            $"*{document.Engine.Name} {document.Engine.Version} ({document.Engine.Options}), language {document.Language}, ");
        md.Append(CultureInfo.InvariantCulture,
            $"{document.Stats.SummaryWords} of {document.Stats.InputWords} words.*\n");
        if (document.Engine.FallbackReason is { } reason)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n*Fallback: {Escape(reason)}*\n");
        }

        return md.ToString();
    }

    // Article text is data: characters that Markdown would read as markup are escaped so a summary renders as written.
    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
