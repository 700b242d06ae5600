using System.Buffers;
using System.Text;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// What bytes that are not clean UTF-8 hold, counted in one pass, read two ways: as UTF-8 (valid and invalid
/// sequences) and as windows-1252 (how its non-ASCII bytes cluster). It decides what undeclared bytes are, and whether
/// any bytes are text at all. Only bytes that fail the fast UTF-8 check get here.
/// </summary>
internal readonly record struct ByteCensus(
    int Length,
    int Utf8Characters,
    int ControlBytes,
    int ValidSequences,
    int InvalidSequences,
    int FirstInvalidOffset,
    int HighBytes,
    int HighBytesInRuns,
    int UndefinedInWindows1252)
{
    /// <summary>The WHATWG MIME Sniffing standard's binary data bytes (tab, line breaks, form feed and escape are text), and every non-ASCII byte.</summary>
    private static readonly SearchValues<byte> Notable = SearchValues.Create([
        0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16,
        0x17, 0x18, 0x19, 0x1A, 0x1C, 0x1D, 0x1E, 0x1F, .. Enumerable.Range(0x80, 0x80).Select(b => (byte)b)]);

    /// <summary>Non-ASCII bytes in a row of three or more: letters of a non-Latin script, or multi-byte characters.</summary>
    private const int RunLength = 3;

    public static ByteCensus Of(ReadOnlySpan<byte> bytes)
    {
        int characters = 0, controls = 0, valid = 0, invalid = 0, firstInvalid = -1, high = 0, inRuns = 0, undefined = 0;
        var i = 0;
        while (i < bytes.Length)
        {
            var next = bytes[i..].IndexOfAny(Notable);
            if (next < 0)
            {
                characters += bytes.Length - i;
                break;
            }

            characters += next;
            i += next;
            if (bytes[i] < 0x80)
            {
                controls++;
                characters++;
                i++;
                continue;
            }

            var runLength = bytes[i..].IndexOfAnyInRange((byte)0x00, (byte)0x7F);
            var run = runLength < 0 ? bytes[i..] : bytes.Slice(i, runLength);
            high += run.Length;
            inRuns += run.Length >= RunLength ? run.Length : 0;
            undefined += run.Count((byte)0x81) + run.Count((byte)0x8D) + run.Count((byte)0x8F) + run.Count((byte)0x90) + run.Count((byte)0x9D);
            for (var j = 0; j < run.Length; characters++)
            {
                // A UTF-8 sequence is all non-ASCII bytes, so a run holds whole sequences; a cut one is invalid anyway.
                if (Rune.DecodeFromUtf8(run[j..], out _, out var consumed) == OperationStatus.Done)
                {
                    valid++;
                }
                else
                {
                    invalid++;
                    firstInvalid = firstInvalid < 0 ? i + j : firstInvalid;
                }

                j += consumed;
            }

            i += run.Length;
        }

        return new ByteCensus(bytes.Length, characters, controls, valid, invalid, firstInvalid, high, inRuns, undefined);
    }

    /// <summary>True when the bytes hold no invalid UTF-8 sequence.</summary>
    public bool IsUtf8 => InvalidSequences == 0;

    /// <summary>
    /// The bytes are UTF-8 with some stray bytes rather than a legacy encoding: at least as many valid multi-byte
    /// sequences as invalid ones (text in windows-1252 almost never forms a valid sequence by chance).
    /// </summary>
    public bool IsMostlyUtf8 => ValidSequences >= InvalidSequences;

    /// <summary>Read as UTF-8, more than a quarter of the characters are control codes or undecodable bytes.</summary>
    public bool IsMostlyNotUtf8Text => (ControlBytes + InvalidSequences) * 4L > Utf8Characters;

    /// <summary>More than a quarter of the bytes are control codes: a binary file (or UTF-16 without its mark).</summary>
    public bool IsMostlyControls => ControlBytes * 4L > Length;

    /// <summary>
    /// Read as windows-1252 the bytes are text in a language written in Latin letters: hardly any control codes or
    /// bytes windows-1252 leaves undefined (at most 1 in 100), and accented letters standing among ASCII ones rather than
    /// in long non-ASCII runs, which is how Cyrillic, Greek, Hebrew or CJK bytes look when read as windows-1252.
    /// </summary>
    public bool ReadsAsWindows1252 => (ControlBytes + UndefinedInWindows1252) * 100L <= Length && HighBytesInRuns * 2L <= HighBytes;
}
