using System.Globalization;
using System.Text.Json;
using Summarizer.Cli.JsonLines;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Eval;

/// <summary>
/// Summarises one dataset record with the engine and the Lead-N baseline and scores both against the reference. A
/// record that cannot be scored for both comes back failed and is left out of both means, so the two rows always
/// cover the same records.
/// </summary>
internal sealed class EvalRecordScorer(
    ArticleDecoder decoder, ISummarizer engine, SummaryOptions options, LeadBaseline baseline, RougeScorer scorer, EvalFields fields)
{
    private readonly IReadOnlyList<string> _fieldNames = fields.Names;

    public async ValueTask<EvalOutcome> ScoreAsync(JsonLine line, CancellationToken cancellationToken)
    {
        var id = line.Number.ToString(CultureInfo.InvariantCulture);
        try
        {
            if (line.IsTooLong)
            {
                throw new SummarizerException(ErrorCodes.InputTooLarge, $"The line is {line.Length:N0} bytes, too long for one record.");
            }

            var record = JsonRecord.Parse(line.Bytes!, _fieldNames);
            id = record.GetIdentifier(EvalFields.IdIndex) ?? id;
            var reference = RequireString(record, EvalFields.ReferenceIndex, fields.Reference);
            RequireString(record, EvalFields.TextIndex, fields.Text);
            var language = record.GetString(EvalFields.LanguageIndex) ?? "en";

            var article = decoder.Decode(new ArticleInput(record.GetUtf8String(EvalFields.TextIndex), ContentType: "text/plain"));
            var summary = await engine.SummarizeAsync(article, options, cancellationToken).ConfigureAwait(false);
            var hypothesis = string.Join('\n', summary.Sentences);
            var lead = string.Join('\n', baseline.Summarize(article.Text));
            return new EvalOutcome
            {
                LineNumber = line.Number,
                Id = id,
                Summary = hypothesis,
                Engine = scorer.Score(reference, hypothesis, language),
                Baseline = scorer.Score(reference, lead, language),
                BaselineSummary = lead,
            };
        }
        catch (SummarizerException ex)
        {
            return new EvalOutcome { LineNumber = line.Number, Id = id, ErrorCode = ex.Code, ErrorMessage = ex.Message };
        }
    }

    private static string RequireString(JsonRecord record, int field, string name)
    {
        if (!record.Has(field))
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, $"The record has no '{name}' field.");
        }

        if (record.TypeOf(field) != JsonTokenType.String)
        {
            throw new SummarizerException(ErrorCodes.InvalidJson, $"The field '{name}' is not a string.");
        }

        var value = record.GetString(field)!;
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, $"The field '{name}' is empty.");
        }

        return value;
    }
}
