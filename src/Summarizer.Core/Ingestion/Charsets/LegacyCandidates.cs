namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The legacy encodings an undeclared page may be guessed to be in: those of the WHATWG Encoding Standard that hold a
/// script of their own or the Central European and Baltic Latin letters, one or two per script. ISO-8859-8 (visual
/// Hebrew), the Mac encodings and ISO-2022-JP are left out: what they hold reads the same in a listed one, or, for
/// ISO-2022-JP, is ASCII bytes the decoder never sends here. On a tie the earlier one wins, so each script's most used
/// encoding comes first.
/// </summary>
internal static class LegacyCandidates
{
    public static IReadOnlyList<LegacyCandidate> All { get; } =
    [
        // Japanese before Chinese: Japanese read as GBK is valid rare hanzi, Chinese read as Japanese has no kana.
        Of("shift_jis", WritingScript.Kana, WritingScript.Han, companionNeedsScript: true),
        Of("euc-jp", WritingScript.Kana, WritingScript.Han, companionNeedsScript: true),
        Of("gbk", WritingScript.Han),
        Of("big5", WritingScript.Han),
        Of("euc-kr", WritingScript.Hangul, WritingScript.Han),
        Of("windows-1251", WritingScript.Cyrillic),
        Of("koi8-r", WritingScript.Cyrillic),
        Of("koi8-u", WritingScript.Cyrillic),
        Of("ibm866", WritingScript.Cyrillic),
        Of("iso-8859-5", WritingScript.Cyrillic),
        Of("windows-1253", WritingScript.Greek),
        Of("iso-8859-7", WritingScript.Greek),
        Of("windows-1255", WritingScript.Hebrew),
        Of("windows-1256", WritingScript.Arabic),
        Of("iso-8859-6", WritingScript.Arabic),
        Of("windows-874", WritingScript.Thai),
        Of("windows-1250", WritingScript.Latin),
        Of("iso-8859-2", WritingScript.Latin),
        Of("windows-1257", WritingScript.Latin),
        Of("windows-1254", WritingScript.Latin),
    ];

    private static LegacyCandidate Of(string name, WritingScript script, WritingScript companion = WritingScript.None, bool companionNeedsScript = false) =>
        new(EncodingLabels.Get(name) ?? throw new InvalidOperationException($"{name} is missing from the encoding table."), script, companion, companionNeedsScript);
}
