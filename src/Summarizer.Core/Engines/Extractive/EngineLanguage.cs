namespace Summarizer.Core.Engines.Extractive;

/// <summary>Chooses the language of an article and the word handling that goes with it.</summary>
internal static class EngineLanguage
{
    // Placeholder until the Languages component lands: English function words and plural stripping only.
    private static readonly HashSet<string> English = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between both but by
        can could did do does doing down during each few for from further had has have having he her here hers herself him himself
        his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out
        over own same she should so some such than that the their theirs them themselves then there these they this those through
        to too under until up very was we were what when where which while who whom why will with would you your yours yourself
        said says say told mr mrs ms one two new year years last first also would could may might must us according since around
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    private static readonly TermNormalizer EnglishNormalizer = new(English.Contains, Summarizer.Core.Evaluation.PorterStemmer.Shared.Stem);

    public static (string Language, TermNormalizer Normalizer) For(string text) => ("en", EnglishNormalizer);

    private static string StemPlural(string word) =>
        word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;
}
