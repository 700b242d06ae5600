using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Text;

/// <summary>
/// An article's asides (<see cref="Article.Asides"/>) as disjoint spans in text order, asked about sentences in text
/// order: each question moves a cursor forward, so checking every sentence is linear however many asides a page has.
/// </summary>
internal sealed class AsideSpans
{
    private static readonly AsideSpans None = new([]);

    private readonly (int Start, int End)[] _spans;
    private int _cursor;

    private AsideSpans((int Start, int End)[] spans) => _spans = spans;

    public static AsideSpans Of(Article article)
    {
        var asides = article.Asides;
        if (asides.Count == 0)
        {
            return None;
        }

        var length = article.Text.Length;
        var spans = new List<(int Start, int End)>(asides.Count);
        foreach (var range in asides)
        {
            // Clamped rather than trusted: an article may come from any caller.
            var start = Math.Clamp(range.Start.GetOffset(length), 0, length);
            var end = Math.Clamp(range.End.GetOffset(length), 0, length);
            if (end > start)
            {
                spans.Add((start, end));
            }
        }

        // Nested asides (a credit inside a caption) merge into the outer one.
        spans.Sort();
        var merged = new List<(int Start, int End)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, span.End));
            }
            else
            {
                merged.Add(span);
            }
        }

        return new AsideSpans([.. merged]);
    }

    /// <summary>True when <paramref name="sentence"/> lies wholly inside one aside; sentences must come in text order.</summary>
    public bool Covers(Sentence sentence)
    {
        var end = sentence.Start + sentence.Length;
        while (_cursor < _spans.Length && _spans[_cursor].End < end)
        {
            _cursor++;
        }

        return _cursor < _spans.Length && _spans[_cursor].Start <= sentence.Start;
    }
}
