using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Summarizer.Cli.JsonLines;
using Summarizer.Cli.Output;
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
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            WriteId(json, record);
            json.WriteString("summary", string.Join('\n', summary.Sentences));
            json.WriteStartArray("keyPoints");
            foreach (var point in summary.KeyPoints)
            {
                json.WriteStringValue(point);
            }

            json.WriteEndArray();
            json.WritePropertyName("keyPhrases");
            JsonSerializer.Serialize(json, summary.KeyPhrases, CliJsonContext.Lines.IReadOnlyListKeyPhrase);
            json.WritePropertyName("keySentences");
            JsonSerializer.Serialize(json, summary.KeySentences, CliJsonContext.Lines.IReadOnlyListKeySentence);
            json.WriteString("language", summary.Language);
            json.WriteEndObject();
        }

        return WithNewline(buffer);
    }

    private static byte[] WriteError(JsonRecord? record, string code, string message)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            WriteId(json, record);
            json.WriteStartObject("error");
            json.WriteString("code", code);
            json.WriteString("message", message);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return WithNewline(buffer);
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

    private static byte[] WithNewline(ArrayBufferWriter<byte> buffer)
    {
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
