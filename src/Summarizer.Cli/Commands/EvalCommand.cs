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
        command.SetAction((parseResult, cancellationToken) =>
        {
            // Checked in this order, so that a run with several mistakes names the same one first as before.
            var sentenceCount = CheckedSentences(parseResult.GetValue(sentences));
            var inputPath = CheckedInput(parseResult.GetValue(input)!);
            var run = new EvalRun(
                inputPath,
                sentenceCount,
                CheckedPredictions(parseResult.GetValue(predictions)),
                new EvalFields(parseResult.GetValue(idField)!, parseResult.GetValue(textField)!, parseResult.GetValue(referenceField)!, parseResult.GetValue(languageField)!),
                Engine(engineOption.CreateSummarizer(parseResult), parseResult.GetValue(noShorten)));
            return RunAsync(run, stdout, stderr, cancellationToken);
        });
        return command;
    }

    private sealed record EvalRun(string InputPath, int Sentences, string? PredictionsPath, EvalFields Fields, ISummarizer Engine);

    private static string CheckedInput(string inputPath) =>
        File.Exists(inputPath) ? inputPath : throw new UsageException($"no such file: {inputPath}");

    private static int CheckedSentences(int sentenceCount) =>
        sentenceCount is >= 1 and <= SummaryOptions.MaxSentences
            ? sentenceCount
            : throw new UsageException($"--sentences must be between 1 and {SummaryOptions.MaxSentences}.");

    private static string? CheckedPredictions(string? predictionsPath) =>
        predictionsPath is not null && Path.GetDirectoryName(Path.GetFullPath(predictionsPath)) is { } folder && !Directory.Exists(folder)
            ? throw new UsageException($"the --predictions folder does not exist: {folder}")
            : predictionsPath;

    /// <summary>The engine to score: the chosen one, or the extractive engine with its shortener off (<c>--no-shorten</c>).</summary>
    private static ISummarizer Engine(ISummarizer engine, bool noShorten) => !noShorten ? engine
        : engine.Name == ExtractiveSummarizer.EngineName ? new ExtractiveSummarizer(ExtractiveWeights.Default with { Compress = false })
        : throw new UsageException("--no-shorten applies to the extractive engine only.");

    private static async Task<int> RunAsync(EvalRun run, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var ingestion = IngestionOptions.Default;
        var baseline = new LeadBaseline(run.Sentences);
        var scorer = new EvalRecordScorer(new ArticleDecoder(ingestion), run.Engine, new SummaryOptions { Sentences = run.Sentences }, baseline, new RougeScorer(), run.Fields);
        var engineTally = new EvalTally();
        var baselineTally = new EvalTally();
        long failed = 0;

        try
        {
            await using var source = new FileStream(run.InputPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
            await using var writer = run.PredictionsPath is null ? null : new PredictionsWriter(run.PredictionsPath);
            await OrderedParallelPipeline.RunAsync(
                JsonLinesReader.ReadAsync(source, JsonLinesReader.LineLimitFor(ingestion), cancellationToken),
                scorer.ScoreAsync,
                async (outcome, token) =>
                {
                    if (outcome.Failed)
                    {
                        failed++;
                        await stderr.WriteLineAsync($"summarizer: {run.InputPath}:{outcome.LineNumber}: {outcome.ErrorCode}: {outcome.ErrorMessage}");
                        return;
                    }

                    engineTally.Add(outcome.Engine!, outcome.Summary!);
                    baselineTally.Add(outcome.Baseline!, outcome.BaselineSummary!);
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
            Path.GetFileName(run.InputPath),
            [(run.Engine.Name, engineTally.Statistics, engineTally.Openings), (baseline.Name, baselineTally.Statistics, baselineTally.Openings)],
            failed));
        if (engineTally.Statistics.Count == 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"summarizer: {run.InputPath}: no record could be scored."));
        }

        return failed == 0 && engineTally.Statistics.Count > 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    /// <summary>ROUGE statistics and pronoun openings of one system's summaries.</summary>
    private sealed class EvalTally
    {
        public RougeSummaryStatistics Statistics { get; } = new();

        public PronounOpeningTally Openings { get; } = new();

        public void Add(RougeScores scores, string summary)
        {
            Statistics.Add(scores);
            Openings.Add(summary);
        }
    }
}
