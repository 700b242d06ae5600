using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Core;
using Summarizer.Core.Ingestion;
using Summarizer.Core.Links;
using Summarizer.Links;

namespace Summarizer.Cli;

/// <summary>
/// Links on the command line: URL arguments, <c>.url</c> and <c>{"url"}</c> files, and batch records' <c>url</c>. The
/// fetch settings are the app's (<c>Fetch__*</c> environment variables) and the body cap is the command's input cap.
/// The fetcher is made when the first link appears, so runs over files pay nothing for it and a bad <c>Fetch</c>
/// setting fails only the links (<c>invalid_options</c>).
/// </summary>
internal sealed class CliLinks(long maxBytes) : IDisposable
{
    private readonly Lock _creating = new();
    private LinkFetcher? _fetcher;
    private LinkInputs? _inputs;

    /// <summary>The page at a URL argument, or the file at a path (the page it links to when it holds only a link).</summary>
    public async Task<ArticleInput> ReadAsync(string path, string? contentType, CancellationToken cancellationToken)
    {
        if (LinkInputs.IsUrl(path))
        {
            return await FetchAsync(path, cancellationToken);
        }

        var input = await InputFiles.ReadAsync(path, contentType, cancellationToken);
        return LinkDocument.TryRead(input.Content.Span, input.ContentType, input.SourceName) is { } url
            ? await FetchAsync(url, cancellationToken)
            : input;
    }

    public Task<ArticleInput> FetchAsync(string url, CancellationToken cancellationToken) => Inputs().FetchAsync(url, cancellationToken);

    public void Dispose() => _fetcher?.Dispose();

    // Batch workers may meet their first link at the same moment: one fetcher for all of them.
    private LinkInputs Inputs()
    {
        lock (_creating)
        {
            if (_inputs is not null)
            {
                return _inputs;
            }

            var options = new FetchOptions();
            new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection(FetchOptions.SectionName).Bind(options);
            if (options.Validate() is { Count: > 0 } problems)
            {
                throw new SummarizerException(ErrorCodes.InvalidOptions, string.Join(" ", problems));
            }

            _fetcher = new LinkFetcher(options.ToPolicy(maxBytes), TimeProvider.System, NullLogger<LinkFetcher>.Instance);
            return _inputs = new LinkInputs(_fetcher);
        }
    }
}
