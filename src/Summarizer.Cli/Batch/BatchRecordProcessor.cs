using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Summarizer.Cli.JsonLines;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;

namespace Summarizer.Cli.Batch;

/// <summary>
/// Turns one input line into one output line: a summary record, or an error record with a stable code when the line
/// is not a usable record or the engine refuses it. Never throws for bad input, so one bad line cannot stop a run.
/// The text field is read as <paramref name="textMediaType"/>, or, when that is null, as what it looks like
/// (<see cref="TextFormatSniffer"/>: HTML, Markdown or plain text), always as UTF-8: it is a JSON string. A record
/// with no text field but a <c>url</c> string is the page at that URL, fetched and decoded like any page.
/// </summary>
internal sealed class BatchRecordProcessor(ArticleDecoder decoder, ISummarizer engine, SummaryOptions options, BatchFields fields, CliLinks links, string? textMediaType = null)
{
    // Keep non-ASCII text readable; the output is data, never embedded in HTML.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private const int InitialLineBytes = 4096;
    private const int MaxRetainedLineBytes = 1 << 20;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    private readonly IReadOnlyList<string> _fieldNames = fields.Names;

    public async ValueTask<BatchOutcome> ProcessAsync(JsonLine line, CancellationToken cancellationToken)
    {
        JsonRecord? record = null;
        try
        {
            if (line.IsTooLong)
            {
                throw new SummarizerException(ErrorCodes.InputTooLarge, $"The line is {line.Length:N0} bytes, more than the batch command reads in one record.");
            }

            record = JsonRecord.Parse(line.Bytes!, _fieldNames);
            var article = await DecodeAsync(record, cancellationToken).ConfigureAwait(false);
            var summary = await EngineTelemetry.SummarizeAsync(engine, article, options, cancellationToken).ConfigureAwait(false);
            SummarizerMetrics.RecordArticle(ArticleOutcomes.Summarized, engine.Name);
            return new BatchOutcome(Write(record, summary), Failed: false, line.Length);
        }
        catch (SummarizerException ex)
        {
            SummarizerMetrics.RecordArticle(ArticleOutcomes.Failed, engine.Name, ex.Code);
            return new BatchOutcome(WriteError(record, ex.Code, ex.Message), Failed: true, line.Length);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            SummarizerMetrics.RecordArticle(ArticleOutcomes.Failed, engine.Name, BatchErrorCodes.InternalError);
            return new BatchOutcome(WriteError(record, BatchErrorCodes.InternalError, $"The engine failed: {ex.Message}"), Failed: true, line.Length);
        }
    }

    private async Task<Article> DecodeAsync(JsonRecord record, CancellationToken cancellationToken)
    {
        Article article;
        if (!record.Has(BatchFields.TextIndex) && record.Has(BatchFields.UrlIndex))
        {
            var url = record.GetString(BatchFields.UrlIndex)
                ?? throw new SummarizerException(ErrorCodes.InvalidJson, $"The field '{fields.Url}' is not a string.");
            article = decoder.Decode(await links.FetchAsync(url, cancellationToken).ConfigureAwait(false));
        }
        else if (record.TypeOf(BatchFields.TextIndex) != JsonTokenType.String || !record.Has(BatchFields.TextIndex))
        {
            throw new SummarizerException(
                record.Has(BatchFields.TextIndex) ? ErrorCodes.InvalidJson : ErrorCodes.EmptyInput,
                record.Has(BatchFields.TextIndex) ? $"The field '{fields.Text}' is not a string." : $"The record has no '{fields.Text}' or '{fields.Url}' field.");
        }
        else
        {
            var text = record.GetUtf8String(BatchFields.TextIndex);
            article = decoder.Decode(new ArticleInput(text, ContentType: textMediaType ?? TextFormatSniffer.Utf8ContentTypeOf(text.Span)));
        }

        var title = record.GetString(BatchFields.TitleIndex);
        return string.IsNullOrWhiteSpace(title) ? article : article with { Title = title.Trim() };
    }

    private static byte[] Write(JsonRecord record, Summary summary)
    {
        var json = StartLine();
        json.WriteStartObject();
        WriteId(json, record);
        json.WriteString("summary", string.Join('\n', summary.Sentences));
        json.WriteStartArray("keyPoints");
        foreach (var point in summary.KeyPoints)
        {
            json.WriteStringValue(point);
        }

        json.WriteEndArray();
        // Written field by field: the serializer's metadata for these two small records costs each run more to set up
        // than writing them does.
        json.WriteStartArray("keyPhrases");
        foreach (var phrase in summary.KeyPhrases)
        {
            json.WriteStartObject();
            json.WriteString("text", phrase.Text);
            json.WriteNumber("score", phrase.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("keySentences");
        foreach (var sentence in summary.KeySentences)
        {
            json.WriteStartObject();
            json.WriteString("text", sentence.Text);
            json.WriteNumber("offset", sentence.Offset);
            json.WriteNumber("length", sentence.Length);
            json.WriteNumber("score", sentence.Score);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("language", summary.Language);
        json.WriteEndObject();
        return EndLine(json);
    }

    private static byte[] WriteError(JsonRecord? record, string code, string message)
    {
        var json = StartLine();
        json.WriteStartObject();
        WriteId(json, record);
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
        return EndLine(json);
    }

    // A line is written in one synchronous call, so each thread reuses one buffer and one writer for all its lines.
    private static Utf8JsonWriter StartLine()
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(InitialLineBytes);
        buffer.ResetWrittenCount();
        if (t_json is null)
        {
            t_json = new Utf8JsonWriter(buffer, WriterOptions);
        }
        else
        {
            t_json.Reset(buffer);
        }

        return t_json;
    }

    private static byte[] EndLine(Utf8JsonWriter json)
    {
        json.Flush();
        var buffer = t_buffer!;
        buffer.Write("\n"u8);
        var line = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > MaxRetainedLineBytes)
        {
            t_buffer = null;
            t_json = null;
        }

        return line;
    }

    /// <summary>Echoes the input's id value exactly (string, number or anything else), or null when there is none.</summary>
    private static void WriteId(Utf8JsonWriter json, JsonRecord? record)
    {
        json.WritePropertyName("id");
        if (record is not null && record.Has(BatchFields.IdIndex))
        {
            json.WriteRawValue(record.Raw(BatchFields.IdIndex).Span, skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

}
