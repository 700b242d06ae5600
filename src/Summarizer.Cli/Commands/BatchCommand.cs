using System.CommandLine;
using System.Globalization;
using System.Text;
using Summarizer.Cli.Batch;
using Summarizer.Cli.JsonLines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer batch --input IN.jsonl --output OUT.jsonl|-</c>: summarise every record of a JSON Lines file (its
/// text, or the page at its <c>url</c>) on every core, writing one output line per input line in input order. Bad
/// records become error records and the run goes on.
/// </summary>
internal static class BatchCommand
{
    /// <summary>Records read but not yet written, per core: enough to keep every core busy, small enough to stay lean.</summary>
    private const int InFlightPerWorker = 64;

    /// <summary>
    /// Bytes of input lines read but not yet written: news-length records never come near it, and long ones (up to
    /// the line limit each) are held back here instead of the window filling with a gigabyte of them. A record longer
    /// than this still goes through, alone. See docs/benchmarks.md for everything that bounds a batch run's memory.
    /// </summary>
    private const long MaxInFlightBytes = 32L * 1024 * 1024;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input") { Description = "JSON Lines file of articles to summarise ('-' reads standard input).", Required = true };
        var output = new Option<string>("--output") { Description = "JSON Lines file to write, one line per input line ('-' writes standard output).", Required = true };
        var contentType = ContentTypeOption.ForTextFields();
        var idField = new Option<string>("--id-field") { Description = "Field holding the record id, echoed in the output.", DefaultValueFactory = _ => "id" };
        var textField = new Option<string>("--text-field") { Description = "Field holding the article text.", DefaultValueFactory = _ => "text" };
        var titleField = new Option<string>("--title-field") { Description = "Field holding the article title (optional in each record).", DefaultValueFactory = _ => "title" };
        var length = new LengthOptions();

        var command = new Command("batch", "Summarise a JSON Lines file of articles in parallel; one output line (summary or error) per input line, in order.");
        command.Options.Add(input);
        command.Options.Add(output);
        length.AddTo(command);
        command.Options.Add(idField);
        command.Options.Add(textField);
        command.Options.Add(titleField);
        contentType.AddTo(command);
        var engineOption = EngineOption.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = length.Read(parseResult);
            var fields = new BatchFields(parseResult.GetValue(idField)!, parseResult.GetValue(textField)!, parseResult.GetValue(titleField)!);
            var inputPath = parseResult.GetValue(input)!;
            var outputPath = parseResult.GetValue(output)!;
            CheckPaths(inputPath, outputPath);

            var ingestion = IngestionOptions.Default;
            var textMediaType = contentType.ReadForText(parseResult);
            using var links = new CliLinks(ingestion.MaxInputBytes);
            var processor = new BatchRecordProcessor(new ArticleDecoder(ingestion), engineOption.CreateSummarizer(parseResult), options, fields, links, textMediaType);
            long records;
            long failed;
            try
            {
                (records, failed) = await RunAsync(inputPath, outputPath, processor, JsonLinesReader.LineLimitFor(ingestion), stdout, stderr, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"summarizer: batch stopped: {ex.Message}");
                return ExitCodes.SomeInputsFailed;
            }

            if (failed > 0)
            {
                await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"summarizer: batch: {failed:N0} of {records:N0} records failed; see the error records in {(outputPath == InputFiles.StandardInput ? "the output" : outputPath)}."));
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static async Task<(long Records, long Failed)> RunAsync(
        string inputPath, string outputPath, BatchRecordProcessor processor, long lineLimit, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        long records = 0;
        long failed = 0;
        await using var source = OpenInput(inputPath);
        var toStdout = outputPath == InputFiles.StandardInput;
        await using var destination = toStdout ? null : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 20, useAsync: true);

        // A progress bar would mix with the records when they go to the same terminal, so none is drawn then.
        var progress = !toStdout && BatchProgress.IsWanted(stderr) ? new BatchProgress(stderr, source.CanSeek ? source.Length : 0) : null;
        try
        {
            await OrderedParallelPipeline.RunAsync(
                JsonLinesReader.ReadAsync(source, lineLimit, cancellationToken),
                processor.ProcessAsync,
                async (outcome, token) =>
                {
                    if (destination is not null)
                    {
                        await destination.WriteAsync(outcome.Line, token);
                    }
                    else
                    {
                        await stdout.WriteAsync(Encoding.UTF8.GetString(outcome.Line));
                    }

                    records++;
                    failed += outcome.Failed ? 1 : 0;
                    progress?.Record(outcome.Failed, outcome.InputBytes);
                },
                OrderedParallelPipeline.DefaultDegreeOfParallelism,
                OrderedParallelPipeline.DefaultDegreeOfParallelism * InFlightPerWorker,
                weigh: line => line.Bytes?.Length ?? 0,
                maxInFlightWeight: MaxInFlightBytes,
                cancellationToken: cancellationToken);
        }
        finally
        {
            if (progress is not null)
            {
                await progress.DisposeAsync();
            }
        }

        return (records, failed);
    }

    private static void CheckPaths(string inputPath, string outputPath)
    {
        if (string.IsNullOrWhiteSpace(inputPath) || string.IsNullOrWhiteSpace(outputPath))
        {
            throw new UsageException("--input and --output need a path.");
        }

        if (inputPath != InputFiles.StandardInput && !File.Exists(inputPath))
        {
            throw new UsageException($"no such file: {inputPath}");
        }

        if (outputPath == InputFiles.StandardInput)
        {
            return;
        }

        var outputFolder = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (outputFolder is not null && !Directory.Exists(outputFolder))
        {
            throw new UsageException($"the output folder does not exist: {outputFolder}");
        }

        if (inputPath != InputFiles.StandardInput && Path.GetFullPath(inputPath) == Path.GetFullPath(outputPath))
        {
            throw new UsageException("--output must not be the --input file.");
        }
    }

    private static Stream OpenInput(string path) => path == InputFiles.StandardInput
        ? Console.OpenStandardInput()
        : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
}
