using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using Summarizer.Core;
using Summarizer.Storage.Interactive;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// <c>GET /api/summaries/{name}</c> reads the stored result for an article; <c>POST /api/refresh/{name}</c> runs the
/// pipeline for it now (a catch-all name must end the route, so refresh cannot be a suffix of the summary URL).
/// Errors are answered by <see cref="HttpResponseMiddleware"/>.
/// </summary>
public sealed class SummariesFunctions(InteractiveStorage storage)
{
    [Function(nameof(GetSummary))]
    public async Task<IActionResult> GetSummary(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "summaries/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        return await AnswerAsync(request, name, storage.FindAsync, cancellationToken).ConfigureAwait(false);
    }

    [Function(nameof(RefreshSummary))]
    public async Task<IActionResult> RefreshSummary(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "refresh/{*name}")] HttpRequest request,
        string name,
        CancellationToken cancellationToken)
    {
        return await AnswerAsync(request, name, storage.RefreshAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads or refreshes the stored result in the form the request asks for (JSON, or Markdown by <c>Accept</c>).</summary>
    private static async Task<IActionResult> AnswerAsync(
        HttpRequest request, string name, Func<string, bool, CancellationToken, Task<StoredResult>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var asMarkdown = WantsMarkdown(request);
        var result = await read(name, asMarkdown, cancellationToken).ConfigureAwait(false);
        return ApiResults.Stored(result, asMarkdown, request.Path);
    }

    private static bool WantsMarkdown(HttpRequest request) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Any(a => a.MediaType.Equals(MediaTypes.Markdown, StringComparison.OrdinalIgnoreCase)
            && (a.Quality ?? 1) > 0
            && !accepted.Any(b => b.MediaType.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase) && (b.Quality ?? 1) > (a.Quality ?? 1)));
}
