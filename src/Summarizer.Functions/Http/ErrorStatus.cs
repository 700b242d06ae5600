using Summarizer.Core;

namespace Summarizer.Functions.Http;

/// <summary>The HTTP status for each error code: the client's fault is 4xx, ours or a dependency's is 5xx.</summary>
public static class ErrorStatus
{
    public static int For(SummarizerException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            ErrorCodes.EmptyInput or ErrorCodes.InvalidEncoding or ErrorCodes.InvalidJson
                or ErrorCodes.InvalidOptions or ErrorCodes.InvalidName or ErrorCodes.UrlNotAllowed => 400,
            ErrorCodes.NotFound => 404,
            ErrorCodes.ArticleChanging => 409,
            ErrorCodes.InputTooLarge => 413,
            ErrorCodes.UnsupportedContent or ErrorCodes.UnsupportedMediaType => 415,
            ErrorCodes.NoExtractableText or ErrorCodes.EngineRefused or ErrorCodes.ContentFiltered or ErrorCodes.Failed => 422,
            ErrorCodes.InternalError => 500,
            ErrorCodes.InvalidEngineOutput or ErrorCodes.FetchFailed => 502,
            ErrorCodes.EngineUnavailable or ErrorCodes.StorageUnavailable => 503,
            ErrorCodes.FetchTimeout => 504,
            _ => error.IsTransient ? 503 : 422,
        };
    }
}
