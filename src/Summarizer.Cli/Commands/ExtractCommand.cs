using System.CommandLine;
using System.Text.Json;
using Summarizer.Cli.Output;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Languages;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer extract PATH|URL… | - [--format text|json] [--content-type TYPE]</c>: prints what the summariser reads from
/// each input (the cleaned text, or a JSON object with the source and the encoding it was read in, title, text and
/// language) without summarising.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files, folders or http(s) URLs to read; '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (the cleaned text) or json ({source, title, text, language}; JSON Lines with several inputs).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var maxBytes = new MaxBytesOption("input");
        var contentType = ContentTypeOption.ForFiles();

        var command = new Command("extract", "Print the text the summariser reads from articles (text, Markdown, HTML, JSON, PDF or Word), without summarising.");
        command.Arguments.Add(paths);
        command.Options.Add(format);
        maxBytes.AddTo(command);
        contentType.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var limit = maxBytes.Read(parseResult);
            var decoder = new ArticleDecoder(new IngestionOptions { MaxInputBytes = limit });
            var inputs = InputFiles.Expand(parseResult.GetValue(paths) ?? []);
            var asJson = parseResult.GetValue(format) == "json";
            var jsonLines = asJson && inputs.Count > 1;
            using var links = new CliLinks(limit);
            var loop = new InputLoop(stdout, stderr, jsonLines, links);
            return await loop.RunAsync(inputs, contentType.Read(parseResult), (input, path, _) =>
            {
                var article = decoder.Decode(input);
                if (!asJson)
                {
                    var heading = inputs.Count > 1 ? $"== {path} ==\n" : "";
                    return Task.FromResult(heading + article.Text + "\n");
                }

                var extracted = new ExtractedArticle(InputSources.Of(input, article), article.Title, article.Text, LanguageDetector.Detect(article.Text));
                var context = jsonLines ? CliJsonContext.Lines : CliJsonContext.Indented;
                return Task.FromResult(JsonSerializer.Serialize(extracted, context.ExtractedArticle) + "\n");
            }, cancellationToken);
        });
        return command;
    }
}
