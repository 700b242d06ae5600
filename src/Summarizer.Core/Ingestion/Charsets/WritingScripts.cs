using System.Globalization;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>The <see cref="WritingScript"/> of a letter, by its Unicode block; combining marks count as letters of their script.</summary>
internal static class WritingScripts
{
    public static WritingScript Of(char c) => IsLetterOrMark(c) || c is '\u3005' or '\u3006' or '\u3007' ? Block(c) : WritingScript.None;

    /// <summary>
    /// The script whose block holds <paramref name="c"/>, letter or not: a script's own punctuation (Hebrew geresh,
    /// the katakana middle dot, the Arabic comma) belongs among its letters.
    /// </summary>
    public static WritingScript Block(char c) => c switch
    {
        < '\u0250' or (>= '\u1E00' and < '\u1F00') => WritingScript.Latin,
        (>= '\u0370' and < '\u0400') or (>= '\u1F00' and < '\u2000') => WritingScript.Greek,
        >= '\u0400' and < '\u0530' => WritingScript.Cyrillic,
        (>= '\u0590' and < '\u0600') or (>= '\uFB1D' and < '\uFB50') => WritingScript.Hebrew,
        (>= '\u0600' and < '\u0780') or (>= '\uFB50' and < '\uFE00') or (>= '\uFE70' and < '\uFF00') => WritingScript.Arabic,
        >= '\u0E00' and < '\u0E80' => WritingScript.Thai,
        (>= '\u1100' and < '\u1200') or (>= '\u3130' and < '\u3190') or (>= '\uAC00' and < '\uD7B0') => WritingScript.Hangul,
        (>= '\u3040' and < '\u3100') or (>= '\u31F0' and < '\u3200') => WritingScript.Kana,
        // CJK punctuation and full-width forms stand among ideographs (and kana, which the scoring counts beside them).
        (>= '\u3000' and < '\u3040') or (>= '\uFF00' and < '\uFF61') => WritingScript.Han,
        (>= '\u3400' and < '\u4DC0') or (>= '\u4E00' and < '\uA000') or (>= '\uF900' and < '\uFB00') => WritingScript.Han,
        _ => WritingScript.Other,
    };

    public static bool IsLetterOrMark(char c) => char.GetUnicodeCategory(c) switch
    {
        <= UnicodeCategory.OtherLetter => true, // Lu, Ll, Lt, Lm, Lo
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
