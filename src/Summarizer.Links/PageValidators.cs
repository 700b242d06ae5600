namespace Summarizer.Links;

/// <summary>
/// What a page answered last time (its <c>ETag</c> and <c>Last-Modified</c>) and the URL it was read from. A fetch
/// sends them as <c>If-None-Match</c> and <c>If-Modified-Since</c> to that URL only, so an unchanged page costs a 304.
/// </summary>
public sealed record PageValidators(Uri Url, string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
