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

    // Article text is data and must render as written, not only under CommonMark but under GitHub's dialect and
    // Markdig's extensions (attributes in braces, emphasis extras, math, tables, autolinks, citations, containers).
    // Markup characters are backslash-escaped (valid for any ASCII punctuation in CommonMark); punctuation prose uses
    // all the time (. , : - " ') is escaped only where it would start a construct, so the .md file stays readable.
    // Line breaks become spaces: every piece of text sits on one line of its own block.
    private const string AlwaysEscaped = "\\`*_[]<>#|{}~^$+=&";

    private static string Escape(string text)
    {
        var line = text.ReplaceLineEndings(" ").Replace('\t', ' ').TrimStart();
        var sb = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (AlwaysEscaped.Contains(c, StringComparison.Ordinal) || StartsConstruct(line, i))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool StartsConstruct(string line, int i) => line[i] switch
    {
        // "http://", "mailto:x", ":::" containers, and ": " definitions at a line start: a colon before a non-space.
        ':' => i == 0 || (i + 1 < line.Length && !char.IsWhiteSpace(line[i + 1])),
        // "- item" or "---" at the start of a block.
        '-' => i == 0,
        // "1. item" and "1) item" at the start of a block; the dot of "www." fires Markdig's autolinks.
        '.' => IsOrderedListMarker(line, i) || IsWwwDot(line, i),
        ')' => IsOrderedListMarker(line, i),
        // ""citation"" needs two quotes in a row.
        '"' => i + 1 < line.Length && line[i + 1] == '"',
        _ => false,
    };

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static bool IsOrderedListMarker(string line, int i) => i > 0 && !line.AsSpan(0, i).ContainsAnyExcept(Digits);

    private static bool IsWwwDot(string line, int i) =>
        i >= 3 && line.AsSpan(i - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase)
        && (i == 3 || !char.IsLetterOrDigit(line[i - 4]));
}
