using Summarizer.Core.Ingestion.Docx;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Json;
using Summarizer.Core.Ingestion.Markdown;
using Summarizer.Core.Ingestion.Pdf;
using Summarizer.Core.Ingestion.Text;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// The decoders, one per format, and the lookups by media type and extension built from what each declares. This is
/// the only place a format is registered: add a decoder here and every host reads the new format.
/// </summary>
internal sealed class DecoderCatalog
{
    private readonly Dictionary<string, IFormatDecoder> _byMediaType = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IFormatDecoder> _byExtension = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<IFormatDecoder, ArticleFormat> _formats;

    public DecoderCatalog(IngestionOptions options)
    {
        PlainText = new PlainTextDecoder();
        Html = new HtmlDecoder();
        Json = new JsonArticleDecoder();
        Decoders = [PlainText, new MarkdownDecoder(), Html, Json, new PdfDecoder(options), new DocxDecoder(options)];
        foreach (var decoder in Decoders)
        {
            _byMediaType[decoder.MediaType] = decoder;
            foreach (var other in decoder.OtherMediaTypes)
            {
                _byMediaType[other] = decoder;
            }

            foreach (var extension in decoder.Extensions)
            {
                _byExtension[extension] = decoder;
            }
        }

        // XHTML belongs on HtmlDecoder's own list (OtherMediaTypes); it is registered here until that file is free to change.
        _byMediaType["application/xhtml+xml"] = Html;
        _byExtension[".xhtml"] = Html;
        Formats = [.. Decoders.Select(d => new ArticleFormat(d.MediaType, MediaTypesOf(d), ExtensionsOf(d), d is IDocumentDecoder))];
        _formats = Decoders.Zip(Formats).ToDictionary(p => p.First, p => p.Second);
    }

    public IReadOnlyList<IFormatDecoder> Decoders { get; }

    public IReadOnlyList<ArticleFormat> Formats { get; }

    public IContentDecoder PlainText { get; }

    public IContentDecoder Html { get; }

    public IContentDecoder Json { get; }

    /// <summary>The decoder registered for a bare media type (no parameters), or null.</summary>
    public IFormatDecoder? ByMediaType(ReadOnlySpan<char> mediaType) =>
        _byMediaType.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(mediaType, out var decoder) ? decoder : null;

    /// <summary>The decoder registered for an extension (with the dot), or null.</summary>
    public IFormatDecoder? ByExtension(ReadOnlySpan<char> extension) =>
        extension.Length > 0 && _byExtension.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(extension, out var decoder) ? decoder : null;

    public ArticleFormat FormatOf(IFormatDecoder decoder) => _formats[decoder];

    private IReadOnlyList<string> MediaTypesOf(IFormatDecoder decoder) =>
        [.. _byMediaType.Where(p => p.Value == decoder && !p.Key.Equals(decoder.MediaType, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).Order(StringComparer.Ordinal)];

    private IReadOnlyList<string> ExtensionsOf(IFormatDecoder decoder) =>
        [.. decoder.Extensions, .. _byExtension.Where(p => p.Value == decoder && !decoder.Extensions.Contains(p.Key, StringComparer.OrdinalIgnoreCase)).Select(p => p.Key).Order(StringComparer.Ordinal)];
}
