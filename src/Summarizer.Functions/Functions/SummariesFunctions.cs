using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Functions;

/// <summary>
/// <c>GET /api/summaries/{name}</c> reads the stored result for an article; <c>POST /api/refresh/{name}</c> runs the
/// pipeline for it now (a catch-all name must end the route, so refresh cannot be a suffix of the summary URL).
/// </summary>
public sealed class SummariesFunctions(SummaryPipeline pipeline)
{
    [Function(nameof(GetSummary))]
    public async Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!BlobNames.TryValidate(name, out var problem))
        {
            return ApiResults.Problem(400, ErrorCodes.InvalidName, problem, request.Path);
        }

        try
        {
            var names = BlobNames.For(name);
            var asMarkdown = WantsMarkdown(request);
            var stored = await pipeline.Summaries.ReadAsync(asMarkdown ? names.Markdown : names.Json, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                return ApiResults.Stored(stored, asMarkdown);
            }

            if (await ReadFailureAsync(names, request.Path, cancellationToken).ConfigureAwait(false) is { } failed)
            {
                return failed;
            }

            return await pipeline.Articles.GetSnapshotAsync(name, cancellationToken).ConfigureAwait(false) is not null
                ? ApiResults.Pending(name)
                : ApiResults.NotFound($"There is no article named '{name}'.", request.Path);
        }
        catch (RequestFailedException ex)
        {
            return ApiResults.Problem(ArticlesFunctions.StorageProblem(ex), request.Path);
        }
    }

    [Function(nameof(RefreshSummary))]
    public async Task<IActionResult> RefreshSummary(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "refresh/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!BlobNames.TryValidate(name, out var problem))
        {
            return ApiResults.Problem(400, ErrorCodes.InvalidName, problem, request.Path);
        }

        try
        {
            var result = await pipeline.ProcessAsync(name, cancellationToken).ConfigureAwait(false);
            var names = BlobNames.For(name);
            switch (result.Outcome)
            {
                case PipelineOutcome.ArticleMissing:
                    return ApiResults.NotFound($"There is no article named '{name}'.", request.Path);
                case PipelineOutcome.Superseded:
                    return ApiResults.Problem(409, "article_changing", "The article changed while it was being summarised; try again.", request.Path);
                case var _ when result.IsFailure:
                    return await ReadFailureAsync(names, request.Path, cancellationToken).ConfigureAwait(false)
                        ?? ApiResults.Problem(422, result.ErrorCode!, result.ErrorMessage ?? "The article could not be summarised.", request.Path);
            }

            var asMarkdown = WantsMarkdown(request);
            var stored = await pipeline.Summaries.ReadAsync(asMarkdown ? names.Markdown : names.Json, cancellationToken).ConfigureAwait(false);
            return stored is not null
                ? ApiResults.Stored(stored, asMarkdown)
                : ApiResults.Problem(409, "article_changing", "The summary was replaced while it was being read; try again.", request.Path);
        }
        catch (SummarizerException ex)
        {
            return ApiResults.Problem(ex, request.Path);
        }
        catch (RequestFailedException ex)
        {
            return ApiResults.Problem(ArticlesFunctions.StorageProblem(ex), request.Path);
        }
    }

    private async Task<IActionResult?> ReadFailureAsync(BlobNames names, string instance, CancellationToken cancellationToken)
    {
        var error = await pipeline.Summaries.ReadAsync(names.Error, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            return null;
        }

        return ErrorRecordSerializer.TryFromJson(error.ToMemory().Span) is { } record
            ? ApiResults.Failed(record, instance)
            : ApiResults.Problem(422, "failed", "The article could not be summarised; its error record is unreadable.", instance);
    }

    private static bool WantsMarkdown(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals("text/markdown", StringComparison.OrdinalIgnoreCase)
            && (a.Quality ?? 1) > 0
            && !accepted.Any(b => b.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) && (b.Quality ?? 1) > (a.Quality ?? 1)));
}
