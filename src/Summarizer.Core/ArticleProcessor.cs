using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Telemetry;

namespace Summarizer.Core;

/// <summary>
/// Bytes in, summary document out: decode, summarise, add provenance. Every host (CLI, HTTP, blob pipeline) goes
/// through here, so a document means the same thing wherever it was made.
/// </summary>
public sealed class ArticleProcessor(ArticleDecoder decoder, ISummarizer engine, TimeProvider timeProvider)
{
    private readonly SummaryDocumentFactory _documents = new(timeProvider);

    public ISummarizer Engine => engine;

    public async Task<SummaryDocument> ProcessAsync(ArticleInput input, SummaryOptions options, CancellationToken cancellationToken = default)
    {
        var article = decoder.Decode(input);
        var summary = await EngineTelemetry.SummarizeAsync(engine, article, options, cancellationToken).ConfigureAwait(false);
        return _documents.Create(input, article, summary);
    }
}
