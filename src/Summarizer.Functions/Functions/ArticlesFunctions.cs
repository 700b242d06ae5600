using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Functions;

/// <summary><c>PUT /api/articles/{name}</c>: stores an article; its blob-created event then starts the summary.</summary>
public sealed class ArticlesFunctions(BlobArticleStore articles, IOptions<SummarizerOptions> options)
{
    [Function(nameof(PutArticle))]
    public async Task<IActionResult> PutArticle(
        [HttpTrigger(AuthorizationLevel.Function, "put", Route = "articles/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            BlobNames.For(name);
            var body = await CappedBody.ReadAsync(request, options.Value.MaxInputBytes, cancellationToken).ConfigureAwait(false);
            if (body.Length == 0)
            {
                throw new SummarizerException(ErrorCodes.EmptyInput, "The request body is empty.");
            }

            await articles.UploadAsync(name, BinaryData.FromBytes(body), request.ContentType, cancellationToken).ConfigureAwait(false);
            return ApiResults.Accepted(SummaryPaths.Summary(name));
        }
        catch (SummarizerException ex)
        {
            return ApiResults.Problem(ex, request.Path);
        }
        catch (RequestFailedException ex)
        {
            return ApiResults.Problem(StorageProblem(ex), request.Path);
        }
    }

    internal static SummarizerException StorageProblem(RequestFailedException ex) =>
        new(ErrorCodes.StorageUnavailable, "Storage is unavailable; try again shortly.", isTransient: true, innerException: ex);
}
