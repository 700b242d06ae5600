using Summarizer.Core;
using Summarizer.Functions.Http;

namespace Summarizer.Functions.Tests;

public sealed class ErrorStatusTests
{
    [Theory]
    [InlineData(ErrorCodes.EmptyInput, false, 400)]
    [InlineData(ErrorCodes.InvalidEncoding, false, 400)]
    [InlineData(ErrorCodes.InvalidJson, false, 400)]
    [InlineData(ErrorCodes.InvalidOptions, false, 400)]
    [InlineData(ErrorCodes.InvalidName, false, 400)]
    [InlineData(ErrorCodes.InputTooLarge, false, 413)]
    [InlineData(ErrorCodes.UnsupportedContent, false, 415)]
    [InlineData(ErrorCodes.NoExtractableText, false, 422)]
    [InlineData(ErrorCodes.EngineRefused, false, 422)]
    [InlineData(ErrorCodes.ContentFiltered, false, 422)]
    [InlineData(ErrorCodes.InvalidEngineOutput, false, 502)]
    [InlineData(ErrorCodes.UrlNotAllowed, false, 400)]
    [InlineData(ErrorCodes.FetchFailed, false, 502)]
    [InlineData(ErrorCodes.FetchTimeout, false, 504)]
    [InlineData(ErrorCodes.UnsupportedMediaType, false, 415)]
    [InlineData(ErrorCodes.EngineUnavailable, true, 503)]
    [InlineData(ErrorCodes.StorageUnavailable, true, 503)]
    [InlineData("some_future_code", true, 503)]
    [InlineData("some_future_code", false, 422)]
    public void For_EveryErrorCode_MapsToTheStatusTheApiDocuments(string code, bool transient, int status)
    {
        Assert.Equal(status, ErrorStatus.For(new SummarizerException(code, "message", transient)));
    }

    [Fact]
    public async Task Problem_FetchFailed_CarriesTheUpstreamStatus()
    {
        var error = new SummarizerException(ErrorCodes.FetchFailed, "news.example answered 404 Not Found.") { UpstreamStatus = 404 };

        var response = await Support.HttpExchange.RunAsync(ApiResults.Problem(error, "/api/summarize"));

        var problem = response.AssertProblem(502, ErrorCodes.FetchFailed);
        Assert.Equal(404, problem.GetProperty("upstreamStatus").GetInt32());
        Assert.Equal("news.example answered 404 Not Found.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Problem_TransientError_CarriesRetryAfterAndProblemBody()
    {
        var result = ApiResults.Problem(new SummarizerException(ErrorCodes.StorageUnavailable, "down", isTransient: true), "/api/x");

        var response = await Support.HttpExchange.RunAsync(result);

        var problem = response.AssertProblem(503, ErrorCodes.StorageUnavailable);
        Assert.Equal("/api/x", problem.GetProperty("instance").GetString());
        Assert.Equal("5", response.Headers["Retry-After"]);
    }
}
