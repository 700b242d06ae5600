using System.Collections.Frozen;
using Summarizer.Core.Ingestion.Charsets;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Entry point of ingestion, bytes in and clean article text out: checks the size, hands PDF and Word files to their
/// document decoders, refuses other binary files, decodes text as a browser does (<see cref="BrowserTextDecoder"/>), picks the
/// format decoder from the content type, the file extension or the text itself, and returns what that decoder
/// extracts, all within one <see cref="DecodeBudget"/> for the article. Every refusal is a
/// <see cref="SummarizerException"/> with a stable code from <see cref="ErrorCodes"/>.
/// </summary>
/// <remarks>Stateless after construction and safe to share between threads.</remarks>
public sealed class ArticleDecoder
{
    private readonly IngestionOptions _options;
    private readonly FrozenDictionary<ArticleFormat, IFormatDecoder> _decoders;

    public ArticleDecoder(IngestionOptions? options = null)
    {
        _options = options ?? IngestionOptions.Default;
        _decoders = ArticleFormats.All.ToFrozenDictionary(f => f, f => f.CreateDecoder(_options));
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

        var budget = new DecodeBudget(_options, content.Length);
        var named = ArticleFormats.FromName(input.ContentType, input.SourceName);
        if (BinaryFormatDetector.Detect(content) is { } binary)
        {
            // The leading bytes of a PDF or Word file are unmistakable, so they win over a name or type that says otherwise;
            // a bare ZIP is read as Word only when the caller said it is one (the decoder then explains what is missing).
            var document = (ArticleFormats.FromMediaType(binary.MediaType) is { IsBinary: true } detected ? detected : null)
                ?? (binary == BinaryFormatDetector.Zip && named is { IsBinary: true } ? named : null)
                ?? throw new SummarizerException(ErrorCodes.UnsupportedContent,
                    $"{binary.Description} are not supported; send the article as {ArticleFormats.SupportedList}.");
            return _decoders[document].Decode(new DecoderInput(input.Content, string.Empty), budget);
        }

        if (named is { IsBinary: true } expected)
        {
            throw new SummarizerException(ErrorCodes.MalformedDocument,
                $"The content was sent as {expected.MediaType} but is not a file of that format: its first bytes do not match.");
        }

        var (text, encoding) = BrowserTextDecoder.Decode(content, input.ContentType, input.SourceName);
        if (TextCharacters.IsBlank(text))
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty: it holds only whitespace or invisible characters.");
        }

        var format = ArticleFormats.FromText(named, input.ContentType, text);
        return _decoders[format].Decode(new DecoderInput(input.Content, text), budget) with { Encoding = encoding };
    }
}
