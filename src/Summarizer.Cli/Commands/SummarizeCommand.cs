using System.CommandLine;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer summarize PATH… | -</c>: summarise files, folders or standard input and print the result.</summary>
internal static class SummarizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or folders to summarise; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json or markdown.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "Largest article accepted, in bytes; larger ones fail with input_too_large.",
            DefaultValueFactory = _ => IngestionOptions.DefaultMaxInputBytes,
        };
        var length = new LengthOptions();

        var command = new Command("summarize", "Summarise articles (text, Markdown, HTML or JSON files) and print the summaries.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        command.Options.Add(maxBytes);
        length.AddTo(command);
        var engine = EngineOption.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = length.Read(parseResult);
            var limit = parseResult.GetValue(maxBytes);
            if (limit < 1)
            {
                throw new UsageException("--max-bytes must be at least 1.");
            }

            var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = limit });
            var processor = new ArticleProcessor(decoder, engine.CreateSummarizer(parseResult), TimeProvider.System);
            var inputs = InputFiles.Expand(parseResult.GetValue(paths) ?? []);
            var outputFormat = parseResult.GetValue(format)!;
            var failed = 0;
            var first = true;
            foreach (var path in inputs)
            {
                try
                {
                    var input = await InputFiles.ReadAsync(path, cancellationToken);
                    var document = await processor.ProcessAsync(input, options, cancellationToken);
                    if (!first && outputFormat != "json")
                    {
                        await stdout.WriteLineAsync();
                    }

                    first = false;
                    await stdout.WriteAsync(Render(document, outputFormat, inputs.Count > 1 ? path : null));
                }
                catch (SummarizerException ex)
                {
                    failed++;
                    await stderr.WriteLineAsync($"summarizer: {path}: {ex.Code}: {ex.Message}");
                }
                catch (IOException ex)
                {
                    failed++;
                    await stderr.WriteLineAsync($"summarizer: {path}: cannot read: {ex.Message}");
                }
                catch (UnauthorizedAccessException ex)
                {
                    failed++;
                    await stderr.WriteLineAsync($"summarizer: {path}: cannot read: {ex.Message}");
                }
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static string Render(SummaryDocument document, string format, string? heading) => format switch
    {
        "json" => SummaryDocumentSerializer.ToJson(document) + "\n",
        "markdown" => MarkdownRenderer.Render(document),
        _ => (heading is null ? "" : $"== {heading} ==\n") + string.Join('\n', document.SummarySentences) + "\n",
    };
}
