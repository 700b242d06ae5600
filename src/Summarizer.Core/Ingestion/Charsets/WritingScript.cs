namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The writing systems a legacy encoding can hold, as far as telling encodings apart needs: each legacy encoding
/// beyond ASCII is made for one of them, and text read in the wrong encoding mixes them or leaves its own.
/// </summary>
internal enum WritingScript
{
    /// <summary>Not a letter: digits, punctuation, symbols, spaces.</summary>
    None,
    Latin,
    Greek,
    Cyrillic,
    Hebrew,
    Arabic,
    Thai,
    Hangul,

    /// <summary>Hiragana and full-width katakana.</summary>
    Kana,

    /// <summary>CJK ideographs, and the iteration and closing marks written among them (々, 〆, 〇).</summary>
    Han,

    /// <summary>A letter of any other script, or a half-width katakana (which no current Japanese prose uses).</summary>
    Other,
}
