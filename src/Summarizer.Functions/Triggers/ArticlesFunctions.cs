using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Blobs;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// <c>PUT /api/articles/{name}</c>: stores an article; its blob-created event then starts the summary. Errors are
/// answered by <see cref="HttpResponseMiddleware"/>.
/// </summary>
public sealed class ArticlesFunctions(InteractiveStorage storage, IOptions<SummarizerOptions> options)
{
    [Function(nameof(PutArticle))]
    public async Task<IActionResult> PutArticle(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "articles/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        BlobNames.For(name); // a bad name is refused before the body is read
        var body = await CappedBody.ReadAsync(request, options.Value.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        await storage.UploadArticleAsync(name, BinaryData.FromBytes(body), request.ContentType, cancellationToken).ConfigureAwait(false);
        return ApiResults.Accepted(SummaryPaths.Summary(name));
    }
}
