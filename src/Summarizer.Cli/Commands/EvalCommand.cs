using System.CommandLine;
using System.Globalization;
using Summarizer.Cli.Eval;
using Summarizer.Cli.JsonLines;
using Summarizer.Core.Engines;
using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer eval --input DATA.jsonl</c>: summarise each record's text with the engine and score it with ROUGE
/// against the record's reference, next to the Lead-N baseline on the same records.
/// </summary>
internal static class EvalCommand
{
    private const int InFlightPerWorker = 16;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input") { Description = "JSON Lines dataset: one record per line with text and reference fields.", Required = true };
        var referenceField = new Option<string>("--reference-field") { Description = "Field holding the reference summary (one sentence per line).", DefaultValueFactory = _ => "reference" };
        var textField = new Option<string>("--text-field") { Description = "Field holding the article text.", DefaultValueFactory = _ => "text" };
        var idField = new Option<string>("--id-field") { Description = "Field holding the record id (the line number when absent).", DefaultValueFactory = _ => "id" };
        var languageField = new Option<string>("--language-field") { Description = "Field holding the ISO 639-1 language; English when absent.", DefaultValueFactory = _ => "lang" };
        var sentences = new Option<int>("--sentences") { Description = "Summary sentences for the engine and for the Lead-N baseline.", DefaultValueFactory = _ => LeadBaseline.DefaultSentenceCount };
        var noShorten = new Option<bool>("--no-shorten") { Description = "Score the extractive engine with its sentence shortener turned off (summary sentences exactly as in the article)." };
        var predictions = new Option<string?>("--predictions") { Description = "Also write the engine's summaries as {\"id\",\"summary\"} lines, for rouge.py score." };

        var command = new Command("eval", "Score the engine's summaries with ROUGE-1/2/L/Lsum against reference summaries, next to the Lead-N baseline.");
        command.Options.Add(input);
        command.Options.Add(referenceField);
        command.Options.Add(textField);
        command.Options.Add(idField);
        command.Options.Add(languageField);
        command.Options.Add(sentences);
        command.Options.Add(predictions);
        command.Options.Add(noShorten);
        var engineOption = EngineOption.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var inputPath = parseResult.GetValue(input)!;
            var sentenceCount = parseResult.GetValue(sentences);
            if (sentenceCount is < 1 or > SummaryOptions.MaxSentences)
            {
                throw new UsageException($"--sentences must be between 1 and {SummaryOptions.MaxSentences}.");
            }

            if (!File.Exists(inputPath))
            {
                throw new UsageException($"no such file: {inputPath}");
            }

            var predictionsPath = parseResult.GetValue(predictions);
            if (predictionsPath is not null && Path.GetDirectoryName(Path.GetFullPath(predictionsPath)) is { } folder && !Directory.Exists(folder))
            {
                throw new UsageException($"the --predictions folder does not exist: {folder}");
            }

            var fields = new EvalFields(parseResult.GetValue(idField)!, parseResult.GetValue(textField)!, parseResult.GetValue(referenceField)!, parseResult.GetValue(languageField)!);
            var ingestion = IngestionOptions.Default;
            var engine = engineOption.CreateSummarizer(parseResult);
            if (parseResult.GetValue(noShorten))
            {
                engine = engine.Name == ExtractiveSummarizer.EngineName
                    ? new ExtractiveSummarizer(ExtractiveWeights.Default with { Compress = false })
                    : throw new UsageException("--no-shorten applies to the extractive engine only.");
            }

            var baseline = new LeadBaseline(sentenceCount);
            var scorer = new EvalRecordScorer(new ArticleDecoder(ingestion), engine, new SummaryOptions { Sentences = sentenceCount }, baseline, new RougeScorer(), fields);
            var engineStatistics = new RougeSummaryStatistics();
            var baselineStatistics = new RougeSummaryStatistics();
            var engineOpenings = new PronounOpeningTally();
            var baselineOpenings = new PronounOpeningTally();
            long failed = 0;

            try
            {
                await using var source = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
                await using var writer = predictionsPath is null ? null : new PredictionsWriter(predictionsPath);
                await OrderedParallelPipeline.RunAsync(
                    JsonLinesReader.ReadAsync(source, JsonLinesReader.LineLimitFor(ingestion), cancellationToken),
                    scorer.ScoreAsync,
                    async (outcome, token) =>
                    {
                        if (outcome.Failed)
                        {
                            failed++;
                            await stderr.WriteLineAsync($"summarizer: {inputPath}:{outcome.LineNumber}: {outcome.ErrorCode}: {outcome.ErrorMessage}");
                            return;
                        }

                        engineStatistics.Add(outcome.Engine!);
                        baselineStatistics.Add(outcome.Baseline!);
                        engineOpenings.Add(outcome.Summary!);
                        baselineOpenings.Add(outcome.BaselineSummary!);
                        if (writer is not null)
                        {
                            await writer.WriteAsync(outcome.Id, outcome.Summary!, token);
                        }
                    },
                    OrderedParallelPipeline.DefaultDegreeOfParallelism,
                    OrderedParallelPipeline.DefaultDegreeOfParallelism * InFlightPerWorker,
                    cancellationToken: cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"summarizer: eval stopped: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            await stdout.WriteAsync(EvalReport.Render(
                Path.GetFileName(inputPath),
                [(engine.Name, engineStatistics, engineOpenings), (baseline.Name, baselineStatistics, baselineOpenings)],
                failed));
            if (engineStatistics.Count == 0)
            {
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"summarizer: {inputPath}: no record could be scored."));
            }

            return failed == 0 && engineStatistics.Count > 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
