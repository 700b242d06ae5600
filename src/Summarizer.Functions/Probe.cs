using Azure.Storage.Blobs;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Summarizer.Functions;

public sealed class Probe
{
    [Function(nameof(Health))]
    public IActionResult Health([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request) => new OkResult();

    [Function(nameof(SummarizeArticle))]
    public Task SummarizeArticle([BlobTrigger("articles/{name}", Source = BlobTriggerSource.EventGrid, Connection = "ArticlesStorage")] BlobClient blob, string name) => Task.CompletedTask;
}
