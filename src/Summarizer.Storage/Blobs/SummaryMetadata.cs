using System.Globalization;
using System.Text;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Provenance stored as blob metadata on a result and on its Markdown: the article version it was made from (ETag and
/// last-modified), the SHA-256 of the article's bytes and the engine fingerprint; on a failure its
/// <see cref="ErrorCode"/>; on the Markdown the <see cref="ResultETag"/> it was rendered from. Listings carry metadata,
/// so deciding whether a result is current costs no download. <see cref="Degraded"/> marks a summary the fallback
/// engine wrote (its fingerprint is the fallback's, so it never matches the configured engine's and is retried).
/// <see cref="Link"/> marks a result made from the page a link article names, so a refresh knows to fetch that page
/// again without reading the article.
/// </summary>
public sealed record SummaryMetadata(string SourceETag, DateTimeOffset SourceLastModified, string ContentSha256, string Fingerprint)
{
    public const string SourceETagKey = "sourceetag";
    public const string SourceLastModifiedKey = "sourcelastmodified";
    public const string ContentSha256Key = "contentsha256";
    public const string FingerprintKey = "fingerprint";
    public const string DegradedKey = "degraded";
    public const string ErrorCodeKey = "errorcode";
    public const string ResultETagKey = "resultetag";
    public const string LinkKey = "link";

    /// <summary>True when the configured engine failed and its fallback wrote this output.</summary>
    public bool Degraded { get; init; }

    /// <summary>True when the article holds only a link and the result is of the page it names (or of fetching it).</summary>
    public bool Link { get; init; }

    /// <summary>Set on a result that is an error record: the failure's code.</summary>
    public string? ErrorCode { get; init; }

    /// <summary>Set on a Markdown rendering: the ETag of the result blob it was rendered from.</summary>
    public string? ResultETag { get; init; }

    public bool IsFailure => ErrorCode is not null;

    public static SummaryMetadata For(ArticleSnapshot article, string contentSha256, string fingerprint) =>
        new(article.ETag.ToString(), article.LastModified, contentSha256, fingerprint);

    public Dictionary<string, string> ToDictionary()
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [SourceETagKey] = ToAscii(SourceETag),
            [SourceLastModifiedKey] = SourceLastModified.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            [ContentSha256Key] = ContentSha256,
            [FingerprintKey] = ToAscii(Fingerprint),
        };
        if (Degraded)
        {
            values[DegradedKey] = "true";
        }

        if (Link)
        {
            values[LinkKey] = "true";
        }

        if (ErrorCode is not null)
        {
            values[ErrorCodeKey] = ToAscii(ErrorCode);
        }

        if (ResultETag is not null)
        {
            values[ResultETagKey] = ToAscii(ResultETag);
        }

        return values;
    }

    /// <summary>Reads metadata written by <see cref="ToDictionary"/>; blobs without it (written by hand) read as an empty record that matches nothing.</summary>
    public static SummaryMetadata From(IDictionary<string, string>? metadata)
    {
        string? Find(string key) => metadata is not null && metadata.TryGetValue(key, out var value) ? value : null;
        var lastModified = DateTimeOffset.TryParse(Find(SourceLastModifiedKey), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : DateTimeOffset.MinValue;
        return new SummaryMetadata(Find(SourceETagKey) ?? "", lastModified, Find(ContentSha256Key) ?? "", FromAscii(Find(FingerprintKey) ?? ""))
        {
            Degraded = string.Equals(Find(DegradedKey), "true", StringComparison.OrdinalIgnoreCase),
            Link = string.Equals(Find(LinkKey), "true", StringComparison.OrdinalIgnoreCase),
            ErrorCode = Find(ErrorCodeKey) is { Length: > 0 } code ? FromAscii(code) : null,
            ResultETag = Find(ResultETagKey) is { Length: > 0 } etag ? FromAscii(etag) : null,
        };
    }

    // Metadata values travel as HTTP headers and must be ASCII; a fingerprint can carry a language name that is not.
    private static string ToAscii(string value)
    {
        if (value.All(c => c is >= ' ' and <= '~' && c != '%'))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length * 2);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is >= (byte)' ' and <= (byte)'~' && b != (byte)'%')
            {
                sb.Append((char)b);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string FromAscii(string value) => value.Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(value) : value;
}
