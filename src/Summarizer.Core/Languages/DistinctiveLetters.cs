namespace Summarizer.Core.Languages;

/// <summary>
/// Lower-case non-ASCII letters as evidence: a bit mask of the supported languages that write them, 0 for letters
/// every candidate may write, or <see cref="Foreign"/> for letters none of them writes (Turkish ı, Czech ř, Danish ø,
/// Bulgarian's frequent ъ...). Letters settle close calls between languages that share function words (uk/ru, es/pt),
/// and foreign letters keep related unsupported languages from passing for a supported one.
/// </summary>
internal static class DistinctiveLetters
{
    /// <summary>Not written by any supported language.</summary>
    public const ushort Foreign = 1 << 15;

    // Bit positions follow the order of LanguageCodes.Supported (en 0, de 1, fr 2, es 3, it 4, pt 5, nl 6, pl 7, uk 8, ru 9).
    private const ushort De = 1 << 1, Fr = 1 << 2, Es = 1 << 3, It = 1 << 4, Pt = 1 << 5, Nl = 1 << 6, Pl = 1 << 7;
    private const ushort Uk = 1 << 8, Ru = 1 << 9;

    public static ushort LanguagesOf(char lower) => lower switch
    {
        'ß' or 'ä' or 'ö' => De,
        'ü' => De | Fr | Es,
        'ñ' => Es,
        'ã' or 'õ' => Pt,
        'ç' => Pt | Fr,
        'á' or 'í' or 'ú' => Es | Pt,
        'ó' => Es | Pt | Pl,
        'é' => Fr | Es | Pt | It,
        'è' => Fr | It,
        'ê' or 'â' or 'ô' => Fr | Pt,
        'à' => Fr | It | Pt,
        'ë' or 'ï' => Fr | Nl,
        'î' or 'û' or 'œ' or 'æ' or 'ÿ' => Fr,
        'ì' or 'ò' => It,
        'ù' => It | Fr,
        'ł' or 'ą' or 'ę' or 'ś' or 'ć' or 'ń' or 'ź' or 'ż' => Pl,
        'і' or 'ї' or 'є' or 'ґ' => Uk,
        'ы' or 'э' or 'ё' => Ru,

        // ъ is rare in Russian (объявил, съезд) but one letter in fifty in Bulgarian.
        'ъ' => Foreign,
        < '\u0080' => 0,
        >= 'а' and <= 'я' => 0,
        _ => Foreign,
    };
}
