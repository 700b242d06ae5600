namespace Summarizer.Core.Languages;

/// <summary>ISO 639-1 codes the language features understand, and "und" (ISO 639-2) for "could not tell".</summary>
public static class LanguageCodes
{
    public const string Undetermined = "und";
    public const string English = "en";
    public const string German = "de";
    public const string French = "fr";
    public const string Spanish = "es";
    public const string Italian = "it";
    public const string Portuguese = "pt";
    public const string Dutch = "nl";
    public const string Polish = "pl";
    public const string Ukrainian = "uk";
    public const string Russian = "ru";
    public const string Chinese = "zh";
    public const string Japanese = "ja";
    public const string Korean = "ko";

    /// <summary>
    /// Languages with function-word detection, stop words and stemmers. The order is fixed: it is the order of
    /// <see cref="LanguageDetection.Scores"/> and of the bits in the detector's word table.
    /// </summary>
    public static IReadOnlyList<string> Supported { get; } =
        [English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Ukrainian, Russian];

    /// <summary>The primary subtag of a tag such as "en-GB" or "pt_BR", so regional tags reach the same data.</summary>
    internal static ReadOnlySpan<char> PrimarySubtag(ReadOnlySpan<char> code)
    {
        var separator = code.IndexOfAny('-', '_');
        return (separator < 0 ? code : code[..separator]).Trim();
    }
}
