namespace Summarizer.Core.Engines.Extractive;

/// <summary>How much the extractive engine may select, resolved from the options against one article: a sentence count or a word budget.</summary>
internal readonly record struct SelectionBudget(int? Sentences, int? Words)
{
    public static SelectionBudget Resolve(SummaryOptions options, int sentenceCount, int wordCount)
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
