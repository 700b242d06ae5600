using System.CommandLine;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli;

/// <summary>
/// <c>--content-type TYPE</c>: what the inputs hold when their names do not say, one option for every command. A media
/// type (<c>text/html</c>, <c>application/pdf</c>), the extension of a format (<c>html</c>, <c>md</c>, <c>pdf</c>,
/// <c>docx</c>), or <c>auto</c> (the default: the content decides). The names come from <see cref="ArticleFormats"/>.
/// </summary>
internal sealed class ContentTypeOption
{
    private const string Auto = "auto";

    private ContentTypeOption(Option<string?> option) => Option = option;

    public Option<string?> Option { get; }

    /// <summary>For <c>summarize</c> and <c>extract</c>: standard input, or a file whose extension names no format.</summary>
    public static ContentTypeOption ForFiles() => new(new Option<string?>("--content-type")
    {
        Description = "What standard input (or a file with no known extension) is: a media type such as text/html or application/pdf, or an extension such as md, html, rss, pdf, docx. A charset (\"text/html; charset=windows-1250\") declares the encoding of every input.",
    });

    /// <summary>
    /// For <c>batch</c>: how a record's text field is read. <c>--text-format</c> is its older name, kept so that scripts
    /// written for it (<c>--text-format text|html|markdown|auto</c>) still run: each of those values is a format's extension.
    /// </summary>
    public static ContentTypeOption ForTextFields() => new(new Option<string?>("--content-type", "--text-format")
    {
        Description = "How to read the text field: auto (HTML or Markdown when it looks like it, else plain text), or a text format such as text, html, markdown, rss (or text/html).",
    });

    public void AddTo(Command command) => command.Options.Add(Option);

    /// <summary>The media type the option names, or null when it is not given or <c>auto</c>; a usage error when it names no format.</summary>
    public string? Read(ParseResult parseResult)
    {
        var value = parseResult.GetValue(Option)?.Trim();
        if (string.IsNullOrEmpty(value) || value.Equals(Auto, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!value.Contains('/', StringComparison.Ordinal))
        {
            return ArticleFormats.FromFileName("input." + value.TrimStart('.'))?.MediaType
                ?? throw new UsageException($"{Option.Name} '{value}' names no format; use a media type or one of: {Extensions(f => true)}.");
        }

        return ArticleFormats.Accepts(value)
            ? value
            : throw new UsageException($"{Option.Name} '{value}' is not supported; use {ArticleFormats.SupportedList}.");
    }

    /// <summary>
    /// The Content-Type of text that arrived as a JSON string, or null for <c>auto</c>: the named text format, declared
    /// UTF-8 (a JSON string is Unicode whatever a <c>&lt;meta&gt;</c> inside it says). A binary format is a usage error.
    /// </summary>
    public string? ReadForText(ParseResult parseResult)
    {
        if (Read(parseResult) is not { } contentType)
        {
            return null;
        }

        var mediaType = ArticleFormats.MediaTypeOf(contentType).ToString();
        return ArticleFormats.FromMediaType(mediaType) is { IsBinary: true }
            ? throw new UsageException($"{Option.Name} '{parseResult.GetValue(Option)}' is a binary format; a text field holds one of: {Extensions(f => !f.IsBinary)}.")
            : mediaType + "; charset=utf-8";
    }

    private static string Extensions(Func<ArticleFormat, bool> which) =>
        string.Join(", ", ArticleFormats.All.Where(which).SelectMany(f => f.Extensions).Select(e => e.TrimStart('.')));
}
