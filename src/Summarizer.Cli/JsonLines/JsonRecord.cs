using System.Text.Json;
using Summarizer.Core;

namespace Summarizer.Cli.JsonLines;

/// <summary>
/// The fields a command wants from one JSON Lines record, located by a single forward pass of
/// <see cref="Utf8JsonReader"/>: no DOM, no reflection, and other fields are skipped unread. Field values stay as
/// slices of the line until asked for.
/// </summary>
internal sealed class JsonRecord
{
    private readonly byte[] _line;
    private readonly (int Start, int Length, JsonTokenType Type)[] _fields;

    private JsonRecord(byte[] line, (int, int, JsonTokenType)[] fields)
    {
        _line = line;
        _fields = fields;
    }

    /// <summary>Parses <paramref name="line"/> as one JSON object and finds <paramref name="fieldNames"/> among its top-level properties.</summary>
    /// <exception cref="SummarizerException"><see cref="ErrorCodes.InvalidJson"/> when the line is not one JSON object.</exception>
    public static JsonRecord Parse(byte[] line, IReadOnlyList<string> fieldNames)
    {
        if (line.AsSpan().Trim(" \t\r"u8).IsEmpty)
        {
            throw new SummarizerException(ErrorCodes.InvalidJson, "The line is empty, not a JSON object.");
        }

        var fields = new (int Start, int Length, JsonTokenType Type)[fieldNames.Count];
        try
        {
            var reader = new Utf8JsonReader(line);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new SummarizerException(ErrorCodes.InvalidJson, "The line is JSON but not an object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var field = IndexOf(ref reader, fieldNames);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var type = reader.TokenType;
                reader.Skip();
                if (field >= 0)
                {
                    // Later duplicates win, as they do when System.Text.Json deserialises.
                    fields[field] = (start, (int)reader.BytesConsumed - start, type);
                }
            }

            // Reading past the object makes the reader reject anything after it on the line.
            reader.Read();
        }
        catch (JsonException ex)
        {
            throw new SummarizerException(ErrorCodes.InvalidJson, $"The line is not valid JSON: {ex.Message}", innerException: ex);
        }

        return new JsonRecord(line, fields);
    }

    /// <summary>True when the field is present (a JSON null counts as present).</summary>
    public bool Has(int field) => _fields[field].Length > 0;

    public JsonTokenType TypeOf(int field) => _fields[field].Type;

    /// <summary>The field's JSON value exactly as written on the line.</summary>
    public ReadOnlyMemory<byte> Raw(int field) => _line.AsMemory(_fields[field].Start, _fields[field].Length);

    /// <summary>The field's value when it is a JSON string, otherwise null.</summary>
    public string? GetString(int field)
    {
        if (TypeOf(field) != JsonTokenType.String || !Has(field))
        {
            return null;
        }

        var reader = ReaderAt(field);
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw InvalidText(ex);
        }
    }

    /// <summary>The UTF-8 bytes of a string field, unescaped; without escapes this is a slice of the line, not a copy.</summary>
    public ReadOnlyMemory<byte> GetUtf8String(int field)
    {
        if (TypeOf(field) != JsonTokenType.String || !Has(field))
        {
            return ReadOnlyMemory<byte>.Empty;
        }

        var reader = ReaderAt(field);
        if (!reader.ValueIsEscaped)
        {
            return _line.AsMemory(_fields[field].Start + 1, _fields[field].Length - 2);
        }

        var unescaped = new byte[reader.ValueSpan.Length];
        try
        {
            return unescaped.AsMemory(0, reader.CopyString(unescaped));
        }
        catch (InvalidOperationException ex)
        {
            throw InvalidText(ex);
        }
    }

    /// <summary>A string field's value or a number field's literal, for identifiers; otherwise null.</summary>
    public string? GetIdentifier(int field) => TypeOf(field) switch
    {
        JsonTokenType.String => GetString(field),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(Raw(field).Span),
        _ => null,
    };

    private Utf8JsonReader ReaderAt(int field)
    {
        var reader = new Utf8JsonReader(Raw(field).Span);
        reader.Read();
        return reader;
    }

    private static int IndexOf(ref Utf8JsonReader reader, IReadOnlyList<string> fieldNames)
    {
        for (var i = 0; i < fieldNames.Count; i++)
        {
            if (reader.ValueTextEquals(fieldNames[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static SummarizerException InvalidText(InvalidOperationException ex) =>
        new(ErrorCodes.InvalidEncoding, "A text field holds an escape that is not valid Unicode (a lone surrogate).", innerException: ex);
}
