using System.Globalization;
using System.Text;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The WHATWG Encoding Standard's "get an encoding": a label (<c>latin1</c>, <c>x-sjis</c>, <c>GB2312</c>) to the
/// encoding it names, or null. The table is data (<c>Resources/Charsets/encodings.txt</c>), not code.
/// </summary>
internal static class EncodingLabels
{
    private const string LabelsResource = "Summarizer.Core.Resources.Charsets.encodings.txt";
    private const string TablesResource = "Summarizer.Core.Resources.Charsets.single-byte-tables.txt";

    /// <summary>Longer than any label of the standard; a longer "label" names nothing and is not copied.</summary>
    private const int MaxLabelLength = 64;

    // A plain dictionary: a frozen one costs more to build at start-up than its faster look-ups save on one per article.
    private static readonly Dictionary<string, WebEncoding>.AlternateLookup<ReadOnlySpan<char>> ByLabel = Load();

    public static WebEncoding Utf8 { get; } = Get("utf-8")!;

    public static WebEncoding Windows1252 { get; } = Get("windows-1252")!;

    public static WebEncoding Utf16LittleEndian { get; } = Get("utf-16le")!;

    public static WebEncoding Utf16BigEndian { get; } = Get("utf-16be")!;

    /// <summary>The encoding <paramref name="label"/> names, ASCII case-insensitively and without surrounding ASCII whitespace.</summary>
    public static WebEncoding? Get(ReadOnlySpan<char> label)
    {
        label = label.Trim(" \t\n\f\r");
        return label.Length is > 0 and <= MaxLabelLength && Ascii.IsValid(label) && ByLabel.TryGetValue(label, out var encoding)
            ? encoding
            : null;
    }

    /// <summary>The same for a label read from bytes (a <c>&lt;meta&gt;</c> or XML declaration): each byte is one character.</summary>
    public static WebEncoding? Get(ReadOnlySpan<byte> label)
    {
        label = label.Trim(" \t\n\f\r"u8);
        if (label.Length is 0 or > MaxLabelLength)
        {
            return null;
        }

        Span<char> chars = stackalloc char[label.Length];
        for (var i = 0; i < label.Length; i++)
        {
            chars[i] = (char)label[i];
        }

        return Get(chars);
    }

    private static Dictionary<string, WebEncoding>.AlternateLookup<ReadOnlySpan<char>> Load()
    {
        var tables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ReadLines(TablesResource))
        {
            tables.Add(line[0], UpperHalf(line[1]));
        }

        var byLabel = new Dictionary<string, WebEncoding>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in ReadLines(LabelsResource))
        {
            var encoding = Create(line[0], line[1], tables);
            foreach (var label in line[2].Split(' '))
            {
                byLabel.Add(label, encoding);
            }
        }

        return byLabel.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static WebEncoding Create(string name, string decoder, Dictionary<string, string> tables) => decoder switch
    {
        "utf-8" => WebEncoding.Of(name, Encoding.UTF8),
        "utf-16le" => WebEncoding.Of(name, new UnicodeEncoding(bigEndian: false, byteOrderMark: false)),
        "utf-16be" => WebEncoding.Of(name, new UnicodeEncoding(bigEndian: true, byteOrderMark: false)),
        "replacement" => WebEncoding.ReplacementEncoding(name),
        // The standard maps bytes 0x80-0xFF of x-user-defined to U+F780-U+F7FF.
        "x-user-defined" => WebEncoding.Table(name, string.Create(128, 0, static (chars, _) =>
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(0xF780 + i);
            }
        })),
        "table" => WebEncoding.Table(name, tables[name]),
        _ => WebEncoding.CodePage(name, int.Parse(decoder, NumberStyles.None, CultureInfo.InvariantCulture)),
    };

    /// <summary>The tables list bytes 0xA0-0xFF; 0x80-0x9F are the C1 controls in every one of them.</summary>
    private static string UpperHalf(string codePoints)
    {
        var upper = new StringBuilder(128);
        for (var c = 0x80; c < 0xA0; c++)
        {
            upper.Append((char)c);
        }

        foreach (var codePoint in codePoints.Split(' '))
        {
            upper.Append((char)int.Parse(codePoint, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        }

        return upper.ToString();
    }

    private static IEnumerable<string[]> ReadLines(string resourceName)
    {
        using var stream = typeof(EncodingLabels).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded encoding table '{resourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
