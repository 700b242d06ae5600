using Summarizer.Core.Ingestion;
using Summarizer.Core.Links;

namespace Summarizer.Links;

/// <summary>
/// Turns links into article inputs for every entry point: a URL given directly (the CLI's arguments, a batch record's
/// <c>url</c>) or an input that holds only a link (<see cref="LinkDocument"/>: a posted <c>{"url"}</c>, a <c>.url</c>
/// file or blob). The fetched page is decoded like any file, by the one <see cref="ArticleDecoder"/>.
/// </summary>
public sealed class LinkInputs(LinkFetcher fetcher)
{
    private static readonly System.Buffers.SearchValues<char> SchemeCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.");

    public LinkPolicy Policy => fetcher.Policy;

    /// <summary>True when a command-line argument is a URL (<c>scheme://…</c>) rather than a path.</summary>
    public static bool IsUrl(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        var separator = argument.IndexOf("://", StringComparison.Ordinal);
        return separator > 1 && argument.AsSpan(0, separator).IndexOfAnyExcept(SchemeCharacters) < 0;
    }

    /// <summary>The page at <paramref name="url"/> as an article input, with its link recorded.</summary>
    public async Task<ArticleInput> FetchAsync(string url, CancellationToken cancellationToken = default)
    {
        var page = await fetcher.FetchAsync(fetcher.Policy.CheckUrl(url), cancellationToken: cancellationToken).ConfigureAwait(false);
        return page.ToArticleInput();
    }

    /// <summary>The page an input links to when it holds only a link; otherwise the input itself.</summary>
    public async Task<ArticleInput> ResolveAsync(ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return LinkDocument.TryRead(input.Content.Span, input.ContentType, input.SourceName) is { } url
            ? await FetchAsync(url, cancellationToken).ConfigureAwait(false)
            : input;
    }
}
