using System.CommandLine;
using System.Text.Json;
using Summarizer.Cli.Output;
using Summarizer.Core;
using Summarizer.Core.Documents;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarizer summarize PATH|URL… | -</c>: summarise files, folders, web pages or standard input and print the result.</summary>
internal static class SummarizeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or http(s) URLs to summarise; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text, json or markdown. json with several inputs prints JSON Lines: one object per input, failures as {source, error}.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var maxBytes = new MaxBytesOption("article");
        var length = new LengthOptions();
        var contentType = ContentTypeOption.ForFiles();

        var command = new Command("summarize", "Summarise articles (text, Markdown, HTML, JSON, PDF or Word files) and print the summaries.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        maxBytes.AddTo(command);
        contentType.AddTo(command);
        length.AddTo(command);
        var engine = EngineOption.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = length.Read(parseResult);
            var limit = maxBytes.Read(parseResult);
            var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = limit });
            var summarizer = engine.CreateSummarizer(parseResult);
            var processor = new ArticleProcessor(decoder, summarizer, TimeProvider.System);
            var inputs = InputFiles.Expand(parseResult.GetValue(paths) ?? []);
            var outputFormat = parseResult.GetValue(format)!;
            var jsonLines = outputFormat == "json" && inputs.Count > 1;
            using var links = new CliLinks(limit);
            var loop = new InputLoop(stdout, stderr, jsonLines, links);
            return await loop.RunAsync(inputs, contentType.Read(parseResult), async (input, path, token) =>
            {
                SummaryDocument document;
                try
                {
                    document = await processor.ProcessAsync(input, options, token);
                }
                catch (SummarizerException ex)
                {
                    SummarizerMetrics.RecordArticle(ArticleOutcomes.Failed, summarizer.Name, ex.Code);
                    throw;
                }

                SummarizerMetrics.RecordArticle(ArticleOutcomes.Summarized, summarizer.Name);
                return Render(document, outputFormat, jsonLines, inputs.Count > 1 ? path : null);
            }, cancellationToken);
        });
        return command;
    }

    private static string Render(SummaryDocument document, string format, bool jsonLines, string? heading) => format switch
    {
        "json" => (jsonLines ? JsonSerializer.Serialize(document, CliJsonContext.Lines.SummaryDocument) : SummaryDocumentSerializer.ToJson(document)) + "\n",
        "markdown" => MarkdownRenderer.Render(document),
        _ => (heading is null ? "" : $"== {heading} ==\n") + string.Join('\n', document.SummarySentences) + "\n",
    };
}
