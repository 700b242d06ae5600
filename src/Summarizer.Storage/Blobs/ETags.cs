using Azure;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// One spelling for ETags. Response headers carry them quoted (<c>"0x8D…"</c>); blob listings may not. Provenance is
/// compared as text, so every ETag is brought to the quoted header form before it is stored or compared.
/// </summary>
internal static class ETags
{
    public static ETag Normalize(ETag? etag)
    {
        var value = etag?.ToString() ?? "";
        return value.Length >= 2 && value.StartsWith('"') && value.EndsWith('"') ? new ETag(value) : new ETag($"\"{value}\"");
    }
}
