using System.Text;

namespace Summarizer.Core.Ingestion.Unicode;

/// <summary>
/// Unicode Normalization Form C with tables shipped in the assembly (see <see cref="NfcData"/>).
/// </summary>
/// <remarks>
/// The projects run with <c>InvariantGlobalization</c>, where <see cref="string.Normalize()"/> returns its input
/// unchanged; carrying the tables also makes the output independent of the ICU version of whatever host runs us.
/// Text without a character that can decompose, combine or be combined with is returned as is, which is the common
/// case and costs one table probe per non-ASCII character.
/// </remarks>
internal static class NfcNormalizer
{
    private const int HangulSBase = 0xAC00, HangulLBase = 0x1100, HangulVBase = 0x1161, HangulTBase = 0x11A7;
    private const int HangulLCount = 19, HangulVCount = 21, HangulTCount = 28;
    private const int HangulNCount = HangulVCount * HangulTCount, HangulSCount = HangulLCount * HangulNCount;

    /// <summary>Longest run of combining marks sorted by insertion; longer (adversarial) runs use a counting sort.</summary>
    private const int InsertionSortLimit = 32;

    private static readonly Tables Data = new();

    /// <summary>
    /// False when <paramref name="c"/> can neither change under NFC nor combine with its neighbour, so text made only
    /// of such characters is already normalised. Surrogates answer true; <see cref="Normalize"/> looks at the pair.
    /// </summary>
    public static bool MayChange(char c) =>
        c >= '\u0300' && (char.IsSurrogate(c) || (Data.MayChangeBmp[c >> 6] & (1UL << (c & 63))) != 0);

    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNormalizedQuick(text) ? text : Compose(Decompose(text));
    }

    private static bool IsNormalizedQuick(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var mayChange = rune.IsBmp
                ? MayChange((char)rune.Value)
                : Data.MayChangeSupplementary.Contains(rune.Value);
            if (mayChange)
            {
                return false;
            }
        }

        return true;
    }

    private static List<int> Decompose(string text)
    {
        var codePoints = new List<int>(text.Length + 8);
        foreach (var rune in text.EnumerateRunes())
        {
            AppendDecomposition(rune.Value, codePoints);
        }

        SortCombiningMarks(codePoints);
        return codePoints;
    }

    private static void AppendDecomposition(int codePoint, List<int> output)
    {
        var syllable = codePoint - HangulSBase;
        if (syllable is >= 0 and < HangulSCount)
        {
            output.Add(HangulLBase + (syllable / HangulNCount));
            output.Add(HangulVBase + (syllable % HangulNCount / HangulTCount));
            var trailing = syllable % HangulTCount;
            if (trailing != 0)
            {
                output.Add(HangulTBase + trailing);
            }

            return;
        }

        if (Data.Mappings.TryGetValue(codePoint, out var mapping))
        {
            AppendDecomposition(mapping.First, output);
            if (mapping.Second != 0)
            {
                AppendDecomposition(mapping.Second, output);
            }

            return;
        }

        output.Add(codePoint);
    }

    /// <summary>Canonical ordering: each run of non-starters is stably sorted by combining class.</summary>
    private static void SortCombiningMarks(List<int> codePoints)
    {
        var i = 0;
        while (i < codePoints.Count)
        {
            if (CombiningClass(codePoints[i]) == 0)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < codePoints.Count && CombiningClass(codePoints[i]) != 0)
            {
                i++;
            }

            SortRun(codePoints, start, i - start);
        }
    }

    private static void SortRun(List<int> codePoints, int start, int length)
    {
        if (length <= InsertionSortLimit)
        {
            for (var j = start + 1; j < start + length; j++)
            {
                var current = codePoints[j];
                var currentClass = CombiningClass(current);
                var k = j - 1;
                while (k >= start && CombiningClass(codePoints[k]) > currentClass)
                {
                    codePoints[k + 1] = codePoints[k];
                    k--;
                }

                codePoints[k + 1] = current;
            }

            return;
        }

        // Long runs (only adversarial input has them) use a counting sort over the 256 classes: linear and stable,
        // which canonical ordering requires.
        Span<int> starts = stackalloc int[257];
        for (var j = start; j < start + length; j++)
        {
            starts[CombiningClass(codePoints[j]) + 1]++;
        }

        for (var c = 1; c < starts.Length; c++)
        {
            starts[c] += starts[c - 1];
        }

        var sorted = new int[length];
        for (var j = start; j < start + length; j++)
        {
            sorted[starts[CombiningClass(codePoints[j])]++] = codePoints[j];
        }

        for (var j = 0; j < length; j++)
        {
            codePoints[start + j] = sorted[j];
        }
    }

    private static string Compose(List<int> codePoints)
    {
        var result = new StringBuilder(codePoints.Count);
        var composed = new List<int>(codePoints.Count);
        var starterIndex = -1;
        var lastClass = 0;
        foreach (var codePoint in codePoints)
        {
            var combiningClass = CombiningClass(codePoint);
            if (starterIndex >= 0)
            {
                // Blocked unless adjacent to the starter or every mark in between has a lower, non-zero class;
                // marks are sorted, so the last one in between decides.
                var adjacent = composed.Count - 1 == starterIndex;
                if ((adjacent || (lastClass != 0 && lastClass < combiningClass))
                    && TryComposePair(composed[starterIndex], codePoint, out var composite))
                {
                    composed[starterIndex] = composite;
                    continue;
                }
            }

            if (combiningClass == 0)
            {
                starterIndex = composed.Count;
            }

            lastClass = combiningClass;
            composed.Add(codePoint);
        }

        Span<char> utf16 = stackalloc char[2];
        foreach (var codePoint in composed)
        {
            var length = new Rune(codePoint).EncodeToUtf16(utf16);
            result.Append(utf16[..length]);
        }

        return result.ToString();
    }

    private static bool TryComposePair(int first, int second, out int composite)
    {
        var lIndex = first - HangulLBase;
        var vIndex = second - HangulVBase;
        if (lIndex is >= 0 and < HangulLCount && vIndex is >= 0 and < HangulVCount)
        {
            composite = HangulSBase + (((lIndex * HangulVCount) + vIndex) * HangulTCount);
            return true;
        }

        var sIndex = first - HangulSBase;
        var tIndex = second - HangulTBase;
        if (sIndex is >= 0 and < HangulSCount && sIndex % HangulTCount == 0 && tIndex is > 0 and < HangulTCount)
        {
            composite = first + tIndex;
            return true;
        }

        return Data.Compositions.TryGetValue(((long)first << 21) | (uint)second, out composite);
    }

    private static int CombiningClass(int codePoint) => Data.CombiningClasses.GetValueOrDefault(codePoint);

    private readonly record struct Mapping(int First, int Second);

    /// <summary>Lookups built once from the flat generated arrays.</summary>
    private sealed class Tables
    {
        public Tables()
        {
            var classes = NfcData.CombiningClasses;
            for (var i = 0; i < classes.Length; i += 2)
            {
                CombiningClasses[classes[i]] = (byte)classes[i + 1];
                MarkMayChange(classes[i]);
            }

            var excluded = new HashSet<int>();
            foreach (var codePoint in NfcData.CompositionExclusions)
            {
                excluded.Add(codePoint);
            }

            var mappings = NfcData.CanonicalMappings;
            for (var i = 0; i < mappings.Length; i += 3)
            {
                int codePoint = mappings[i], first = mappings[i + 1], second = mappings[i + 2];
                Mappings[codePoint] = new Mapping(first, second);
                MarkMayChange(codePoint);
                if (second != 0 && !excluded.Contains(codePoint))
                {
                    Compositions[((long)first << 21) | (uint)second] = codePoint;
                    MarkMayChange(second);
                }
            }

            // Hangul syllables decompose, and vowel and trailing jamo combine with what precedes them.
            for (var c = HangulSBase; c < HangulSBase + HangulSCount; c++)
            {
                MarkMayChange(c);
            }

            for (var c = HangulVBase; c < HangulVBase + HangulVCount; c++)
            {
                MarkMayChange(c);
            }

            for (var c = HangulTBase + 1; c < HangulTBase + HangulTCount; c++)
            {
                MarkMayChange(c);
            }
        }

        public Dictionary<int, byte> CombiningClasses { get; } = [];

        public Dictionary<int, Mapping> Mappings { get; } = [];

        public Dictionary<long, int> Compositions { get; } = [];

        /// <summary>One bit per BMP character that may change under NFC or combine with the character before it.</summary>
        public ulong[] MayChangeBmp { get; } = new ulong[65536 / 64];

        public HashSet<int> MayChangeSupplementary { get; } = [];

        private void MarkMayChange(int codePoint)
        {
            if (codePoint > 0xFFFF)
            {
                MayChangeSupplementary.Add(codePoint);
                return;
            }

            MayChangeBmp[codePoint >> 6] |= 1UL << (codePoint & 63);
        }
    }
}
