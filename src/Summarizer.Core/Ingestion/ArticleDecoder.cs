namespace Summarizer.Core.Ingestion;

/// <summary>
/// Entry point of ingestion, bytes in and clean article text out: checks the size, refuses binary files, decodes the
/// bytes strictly (<see cref="StrictTextDecoder"/>), picks the format decoder from the content type, the file
/// extension or the text itself, and returns what that decoder extracts. Every refusal is a
/// <see cref="SummarizerException"/> with a stable code from <see cref="ErrorCodes"/>.
/// </summary>
/// <remarks>Stateless after construction and safe to share between threads.</remarks>
public sealed class ArticleDecoder
{
    private readonly IngestionOptions _options;
    private readonly ContentDecoderSelector _selector;

    public ArticleDecoder(IngestionOptions? options = null)
    {
        _options = options ?? IngestionOptions.Default;
        _selector = new ContentDecoderSelector(new PlainTextDecoder(), new MarkdownDecoder(), new HtmlDecoder(), new JsonArticleDecoder());
    }

    public Article Decode(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var content = input.Content.Span;
        if (content.Length > _options.MaxInputBytes)
        {
            throw new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {content.Length:N0} bytes; the limit is {_options.MaxInputBytes:N0} bytes.");
        }

        if (content.IsEmpty)
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty (0 bytes).");
        }

        if (BinaryFormatDetector.Detect(content) is { } binary)
        {
            throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"{binary.Description} are not supported yet; send the article as plain text, Markdown, HTML or JSON.");
        }

        var decoder = _selector.SelectByName(input.ContentType, input.SourceName);
        var text = StrictTextDecoder.Decode(content);
        if (TextCharacters.IsBlank(text))
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty: it holds only whitespace or invisible characters.");
        }

        return (decoder ?? _selector.SelectByContent(text)).Decode(text);
    }
}
