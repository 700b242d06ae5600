using Summarizer.Core.Engines;

namespace Summarizer.AI;

/// <summary>
/// The limits a model summary must keep, resolved from <see cref="SummaryOptions"/> with the same meaning the extractive
/// engine gives them (see <see cref="LengthPreset"/>): presets and <c>sentences</c> bound the sentence count, <c>words</c>
/// and <c>ratio</c> bound the word count. The prompt states these numbers and the validator checks them.
/// </summary>
/// <param name="MaxSentences">Most sentences the summary may have.</param>
/// <param name="MaxWords">Most words the summary may have (a single sentence may exceed it, as in the extractive engine).</param>
/// <param name="IsWordBudget">True when the caller asked for a word budget rather than a sentence count.</param>
internal sealed record ModelLengthLimit(int MaxSentences, int MaxWords, bool IsWordBudget)
{
    /// <summary>
    /// With a sentence count the word cap only stops rambling: news-highlight sentences run to 20–30 words, so 45
    /// per sentence is generous.
    /// </summary>
    internal const int WordsPerSentenceCap = 45;

    /// <summary>With a word budget the sentence cap only stops fragments: about one sentence per ten words.</summary>
    internal const int WordsPerSentenceFloor = 10;

    public static ModelLengthLimit Resolve(SummaryOptions options, int articleSentences, int articleWords)
    {
        if (options.Words is { } words)
        {
            return ForWordBudget(words);
        }

        if (options.Ratio is { } ratio)
        {
            return ForWordBudget(Math.Max(1, (int)Math.Ceiling(ratio * articleWords)));
        }

        var sentences = options.Sentences ?? options.Length switch
        {
            LengthPreset.Short => 2,
            LengthPreset.Long => Math.Clamp(articleSentences / 10, 5, 12),
            _ => 3,
        };
        return new ModelLengthLimit(sentences, sentences * WordsPerSentenceCap, IsWordBudget: false);
    }

    /// <summary>True when the article already fits the requested summary, so a model call could only make it worse.</summary>
    public bool IsCoveredBy(int articleSentences, int articleWords) =>
        IsWordBudget ? articleWords <= MaxWords : articleSentences <= MaxSentences;

    private static ModelLengthLimit ForWordBudget(int words) =>
        new(Math.Clamp((words + WordsPerSentenceFloor - 1) / WordsPerSentenceFloor, 1, SummaryOptions.MaxSentences), words, IsWordBudget: true);
}
