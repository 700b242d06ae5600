using System.CommandLine;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli;

/// <summary>
/// <c>--content-type TYPE</c>: what standard input, or a file whose extension names no format, holds. A media type
/// (<c>text/html</c>, <c>application/pdf</c>) or the extension of a format (<c>html</c>, <c>md</c>, <c>pdf</c>, <c>docx</c>).
/// A charset in it (<c>text/html; charset=windows-1250</c>) declares the encoding of every input, as a server's header does.
/// </summary>
internal sealed class ContentTypeOption
{
    public Option<string?> Option { get; } = new("--content-type")
    {
        Description = "What standard input (or a file with no known extension) is: a media type such as text/html or application/pdf, or an extension such as md, html, pdf, docx. A charset (\"text/html; charset=windows-1250\") declares the encoding of every input.",
    };

    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>The media type the option names, or null when it is not given; a usage error when it names no format.</summary>
    public string? Read(ParseResult parseResult)
    {
        var value = parseResult.GetValue(Option)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (!value.Contains('/', StringComparison.Ordinal))
        {
            return ArticleFormats.FromFileName("input." + value.TrimStart('.'))?.MediaType
                ?? throw new UsageException($"--content-type '{value}' names no format; use a media type or one of: {Extensions()}.");
        }

        return ArticleFormats.Accepts(value)
            ? value
            : throw new UsageException($"--content-type '{value}' is not supported; use {ArticleFormats.SupportedList}.");
    }

    private static string Extensions() =>
        string.Join(", ", ArticleFormats.All.SelectMany(f => f.Extensions).Select(e => e.TrimStart('.')));
}
