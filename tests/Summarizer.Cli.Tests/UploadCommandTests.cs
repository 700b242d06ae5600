using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Summarizer.Testing;
using Summarizer.Testing.Documents;

namespace Summarizer.Cli.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class UploadCommandTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-upload-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Upload_FileAndFolder_StoresUnderFileNamesWithContentTypes()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient($"up-{Guid.NewGuid():N}");
        var single = Write("single.md", "# Title\n\n" + TestArticles.Harbour);
        var folder = Path.Combine(_folder, "batch");
        Write("batch/one.txt", TestArticles.Library);
        Write("batch/nested/two.html", "<p>" + TestArticles.Harbour + "</p>");
        Write("batch/.hidden", "skip me");
        File.WriteAllBytes(Path.Combine(folder, "report.pdf"), new PdfArticleWriter().Write("Harbour", [TestArticles.Harbour]));
        File.WriteAllBytes(Path.Combine(folder, "report.docx"), DocxArticleWriter.Article("Harbour", [TestArticles.Harbour]));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("upload", single, folder, "--connection", azurite.ConnectionString, "--articles-container", container.Name);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Contains("uploaded single.md (", stdout, StringComparison.Ordinal);
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (BlobItem item in container.GetBlobsAsync())
        {
            stored[item.Name] = item.Properties.ContentType;
        }

        Assert.Equal(new Dictionary<string, string>
        {
            // No charset: the name says nothing of the encoding; the summariser finds it in the bytes.
            ["single.md"] = "text/markdown",
            ["one.txt"] = "text/plain",
            ["nested/two.html"] = "text/html",
            ["report.pdf"] = "application/pdf",
            ["report.docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }, stored);
    }

    [Fact]
    public async Task Upload_Notify_PostsBlobCreatedEventToTheBlobWebhook()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient($"up-{Guid.NewGuid():N}");
        var path = Write("news item.txt", TestArticles.Harbour);
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = ReceiveOneAsync(listener);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("upload", path, "--connection", azurite.ConnectionString,
            "--articles-container", container.Name, "--notify", $"http://127.0.0.1:{port}");
        var (url, eventType, body) = await received.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal("/runtime/webhooks/blobs?functionName=Host.Functions.SummarizeArticle", url);
        Assert.Equal("Notification", eventType);
        var notification = JsonDocument.Parse(body).RootElement[0];
        Assert.Equal("Microsoft.Storage.BlobCreated", notification.GetProperty("eventType").GetString());
        Assert.Equal($"/blobServices/default/containers/{container.Name}/blobs/news item.txt", notification.GetProperty("subject").GetString());
        Assert.Equal(container.GetBlobClient("news item.txt").Uri.AbsoluteUri, notification.GetProperty("data").GetProperty("url").GetString());
        Assert.Equal((await container.GetBlobClient("news item.txt").GetPropertiesAsync()).Value.ETag.ToString(),
            notification.GetProperty("data").GetProperty("eTag").GetString());
    }

    [Fact]
    public async Task Upload_NotifyHostDown_UploadsButReportsFailure()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient($"up-{Guid.NewGuid():N}");
        var path = Write("a.txt", TestArticles.Harbour);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("upload", path, "--connection", azurite.ConnectionString,
            "--articles-container", container.Name, "--notify", $"http://127.0.0.1:{FreePort()}");

        Assert.Equal(1, exitCode);
        Assert.Contains("uploaded a.txt", stdout, StringComparison.Ordinal);
        Assert.Contains("notifying", stderr, StringComparison.Ordinal);
        Assert.True((await container.GetBlobClient("a.txt").ExistsAsync()).Value);
    }

    [Theory]
    [InlineData("--notify", "localhost:7071")]
    [InlineData("--notify", "ftp://example.org")]
    public async Task Upload_BadNotifyUrl_IsUsageError(string option, string value)
    {
        var path = Write("a.txt", TestArticles.Harbour);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("upload", path, option, value, "--connection", azurite.ConnectionString);

        Assert.Equal(2, exitCode);
        Assert.Contains("--notify", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_StandardInput_IsUsageError()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("upload", "-", "--connection", azurite.ConnectionString);

        Assert.Equal(2, exitCode);
        Assert.Contains("standard input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_MissingFile_ReportsItAndUploadsTheRest()
    {
        var container = azurite.CreateServiceClient().GetBlobContainerClient($"up-{Guid.NewGuid():N}");
        var good = Write("good.txt", TestArticles.Library);

        var (exitCode, _, stderr) = await CliRunner.RunAsync("upload", Path.Combine(_folder, "missing.txt"), good,
            "--connection", azurite.ConnectionString, "--articles-container", container.Name);

        Assert.Equal(1, exitCode);
        Assert.Contains("missing.txt: cannot read", stderr, StringComparison.Ordinal);
        Assert.True((await container.GetBlobClient("good.txt").ExistsAsync()).Value);
    }

    private static async Task<(string Url, string? EventType, string Body)> ReceiveOneAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var result = (context.Request.RawUrl ?? "", context.Request.Headers["aeg-event-type"], body);
        context.Response.StatusCode = 202;
        context.Response.Close();
        return result;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }
}
