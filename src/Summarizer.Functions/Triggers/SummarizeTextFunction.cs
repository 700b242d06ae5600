using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Storage.Configuration;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Functions.Http;
using Summarizer.Links;

namespace Summarizer.Functions.Triggers;

/// <summary>
/// <c>POST /api/summarize</c>: summarises the posted text, or the page a posted <c>{"url": …}</c> links to, and answers
/// with the summary document; nothing is stored. Errors are answered by <see cref="HttpResponseMiddleware"/>.
/// </summary>
public sealed class SummarizeTextFunction(ArticleProcessor processor, IOptions<SummarizerOptions> options, ArticleTokenBudget budget, LinkInputs links)
{
    [Function(nameof(SummarizeText))]
    public async Task<IActionResult> SummarizeText(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "summarize")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var summaryRequest = SummaryRequest.Read(request);
        var body = await CappedBody.ReadAsync(request, options.Value.MaxInputBytes, cancellationToken).ConfigureAwait(false);
        if (body.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.EmptyInput, "The request body is empty.");
        }

        var input = await links.ResolveAsync(new ArticleInput(body, null, summaryRequest.MediaType), cancellationToken).ConfigureAwait(false);
        budget.EnsureFits(input); // 413 before any model call when the article cannot fit the model's quota
        var document = await processor.ProcessAsync(input, summaryRequest.Options, cancellationToken).ConfigureAwait(false);
        return ApiResults.Document(document, summaryRequest.AsMarkdown);
    }
}
