using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// Finds the page furniture that repeats from page to page: running headers and footers (the same words at the top or
/// bottom of most pages, page numbers inside them ignored), bare page numbers ("7", "Page 7 of 12", "- 7 -"), and single
/// lines set smaller than the body (a header on a one-page document cannot repeat, but its small type gives it away).
/// Only blocks in the top or bottom band of a page are candidates, so a repeated sentence in the body stays.
/// </summary>
internal static partial class PdfRunningText
{
    /// <summary>Share of the page height, from either edge, where headers and footers live.</summary>
    private const double EdgeBand = 0.12;

    /// <summary>Body-size type shrunk below this share marks a header or footer line.</summary>
    private const double SmallTypeRatio = 0.9;

    public static bool IsFurniture(PdfTextBlock block, PdfPageText page, IReadOnlySet<string> repeated, double bodyFontSize) =>
        IsAtEdge(block, page)
        && (PageNumber().IsMatch(block.Text)
            || repeated.Contains(Key(block.Text))
            || (block.Lines.Count == 1 && block.FontSize < bodyFontSize * SmallTypeRatio));

    /// <summary>The keys of edge blocks that recur on at least half the pages (and on two or more).</summary>
    public static IReadOnlySet<string> FindRepeated(IReadOnlyList<PdfPageText> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Blocks.Where(b => IsAtEdge(b, page)).Select(b => Key(b.Text)).Distinct(StringComparer.Ordinal))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        var pagesWithText = pages.Count(p => p.Blocks.Count > 0);
        var needed = Math.Max(2, (pagesWithText + 1) / 2);
        return counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsAtEdge(PdfTextBlock block, PdfPageText page) =>
        page.Height > 0 && (block.Bottom <= page.Height * EdgeBand || block.Top >= page.Height * (1 - EdgeBand));

    /// <summary>Lower-cased, digits folded to '#', spaces collapsed: "Page 3 — Daily Post" and "Page 4 — Daily Post" match.</summary>
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
            }
            else if (char.IsWhiteSpace(c))
            {
                if (key.Length > 0 && key[^1] != ' ')
                {
                    key.Append(' ');
                }
            }
            else
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString().Trim();
    }

    [GeneratedRegex(@"^\s*(?:(?:page|p\.|seite|pagina|página)\s*)?[-–—(\[]?\s*(?:\d{1,4}|[ivxlcdm]{1,7})\s*[-–—)\]]?\s*(?:(?:of|/|von|de)\s*\d{1,4})?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PageNumber();
}
