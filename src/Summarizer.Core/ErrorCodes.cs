namespace Summarizer.Core;

/// <summary>Stable error codes. They appear in error records, HTTP problem details and CLI output, so never rename one.</summary>
public static class ErrorCodes
{
    public const string EmptyInput = "empty_input";
    public const string InvalidEncoding = "invalid_encoding";
    public const string UnsupportedContent = "unsupported_content";
    public const string InputTooLarge = "input_too_large";
    public const string NoExtractableText = "no_extractable_text";
    public const string InvalidJson = "invalid_json";
    public const string EncryptedDocument = "encrypted_document";
    public const string NoTextLayer = "no_text_layer";
    public const string MalformedDocument = "malformed_document";
    public const string TooManyPages = "too_many_pages";
    public const string DocumentTooComplex = "document_too_complex";
    public const string DecompressionLimit = "decompression_limit";
    public const string InvalidOptions = "invalid_options";
    public const string InvalidName = "invalid_name";
    public const string EngineUnavailable = "engine_unavailable";
    public const string EngineRefused = "engine_refused";
    public const string ContentFiltered = "content_filtered";
    public const string InvalidEngineOutput = "invalid_engine_output";
    public const string StorageUnavailable = "storage_unavailable";

    /// <summary>Storage answered, but with something that cannot be read (a malformed listing); asking again gets the same.</summary>
    public const string StorageUnreadable = "storage_unreadable";

    /// <summary>A link that may not be fetched: not http(s), credentials in it, a port not allowed, or a host that is not public.</summary>
    public const string UrlNotAllowed = "url_not_allowed";

    /// <summary>A link's server could not be reached, answered with an error status, or redirected too often.</summary>
    public const string FetchFailed = "fetch_failed";

    /// <summary>A link's server did not send the whole page within the fetch time cap.</summary>
    public const string FetchTimeout = "fetch_timeout";

    /// <summary>A link's server answered with a type that is not an article format (an image, a video).</summary>
    public const string UnsupportedMediaType = "unsupported_media_type";

    /// <summary>An article failed in an earlier run and its error record cannot be read back.</summary>
    public const string Failed = "failed";

    /// <summary>The article changed while a request worked on it; asking again gets the newer result.</summary>
    public const string ArticleChanging = "article_changing";

    /// <summary>Neither an article nor a result exists under the name asked for.</summary>
    public const string NotFound = "not_found";

    /// <summary>An unexpected failure in the app itself (a bug); the details are logged, not returned.</summary>
    public const string InternalError = "internal_error";
}
