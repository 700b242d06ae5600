namespace Summarizer.Core.Engines.Extractive;

/// <summary>What the options ask for, resolved against one article: a sentence count or a word budget.</summary>
internal readonly record struct SummaryLength(int? Sentences, int? Words)
{
    public static SummaryLength Resolve(SummaryOptions options, int sentenceCount, int wordCount)
    {
        if (options.Sentences is { } sentences)
        {
            return new(sentences, null);
        }

        if (options.Words is { } words)
        {
            return new(null, words);
        }

        if (options.Ratio is { } ratio)
        {
            return new(null, Math.Max(1, (int)Math.Round(ratio * wordCount)));
        }

        return new(options.Length switch
        {
            LengthPreset.Short => 2,
            LengthPreset.Long => Math.Clamp(sentenceCount / 10, 5, 12),
            _ => 3,
        }, null);
    }
}
