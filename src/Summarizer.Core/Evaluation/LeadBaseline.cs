using Summarizer.Core.Text;

namespace Summarizer.Core.Evaluation;

/// <summary>
/// Lead-N: the article's first N sentences. News puts the gist first, so on news this simple baseline is hard to beat
/// and any engine worth shipping must be measured next to it.
/// </summary>
public sealed class LeadBaseline
{
    public const int DefaultSentenceCount = 3;

    public LeadBaseline(int sentenceCount = DefaultSentenceCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sentenceCount, 1);
        SentenceCount = sentenceCount;
    }

    public int SentenceCount { get; }

    /// <summary>A display name such as <c>lead-3</c>.</summary>
    public string Name => $"lead-{SentenceCount}";

    /// <summary>The first <see cref="SentenceCount"/> sentences of <paramref name="text"/> (fewer when it has fewer).</summary>
    public IReadOnlyList<string> Summarize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. SentenceSplitter.Split(text).Take(SentenceCount).Select(sentence => sentence.Text)];
    }
}
