using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure.Storage.Blobs;
using Summarizer.Storage.Blobs;

namespace Summarizer.Cli.Storage;

/// <summary>
/// Posts the Event Grid <c>Microsoft.Storage.BlobCreated</c> notification a storage account would send, to the local
/// Functions host's blob webhook. Azurite raises no events, so without this <c>func start</c> never sees an upload.
/// </summary>
internal sealed class BlobCreatedNotifier(HttpClient http, Uri webhook)
{
    /// <summary>The webhook it posts to.</summary>
    public Uri Webhook => webhook;

    public const string FunctionName = "SummarizeArticle";

    /// <summary>The webhook for <paramref name="hostUrl"/> (e.g. <c>http://localhost:7071</c>); a full webhook URL is kept as given.</summary>
    public static Uri WebhookFor(string hostUrl)
    {
        if (!Uri.TryCreate(hostUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new UsageException($"--notify needs an http(s) URL such as http://localhost:7071, not '{hostUrl}'.");
        }

        return uri.AbsolutePath.Contains("/runtime/webhooks/", StringComparison.Ordinal)
            ? uri
            : new Uri(uri, $"/runtime/webhooks/blobs?functionName=Host.Functions.{FunctionName}");
    }

    public async Task NotifyAsync(Uri blobUri, ArticleSnapshot article, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(EventFor(blobUri, article));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = content };
        request.Headers.Add("aeg-event-type", "Notification");
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException(
                $"the webhook answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        }
    }

    /// <summary>The event in Event Grid schema: an array holding one event whose <c>data.url</c> names the blob.</summary>
    internal static byte[] EventFor(Uri blobUri, ArticleSnapshot article)
    {
        var blob = new BlobUriBuilder(blobUri);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStartObject();
            w.WriteString("topic", $"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/local/providers/Microsoft.Storage/storageAccounts/{blob.AccountName}");
            w.WriteString("subject", $"/blobServices/default/containers/{blob.BlobContainerName}/blobs/{blob.BlobName}");
            w.WriteString("eventType", "Microsoft.Storage.BlobCreated");
            w.WriteString("id", Guid.NewGuid().ToString());
            w.WriteString("eventTime", article.LastModified.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            w.WriteStartObject("data");
            w.WriteString("api", "PutBlob");
            w.WriteString("eTag", article.ETag.ToString());
            w.WriteString("contentType", article.ContentType);
            w.WriteNumber("contentLength", article.Length);
            w.WriteString("blobType", "BlockBlob");
            w.WriteString("url", blobUri.AbsoluteUri);
            w.WriteString("sequencer", article.LastModified.UtcTicks.ToString("x32", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteString("dataVersion", "");
            w.WriteString("metadataVersion", "1");
            w.WriteEndObject();
            w.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
