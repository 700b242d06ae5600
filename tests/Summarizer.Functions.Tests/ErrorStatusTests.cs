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
    [InlineData(ErrorCodes.EngineUnavailable, true, 503)]
    [InlineData(ErrorCodes.StorageUnavailable, true, 503)]
    [InlineData("some_future_code", true, 503)]
    [InlineData("some_future_code", false, 422)]
    public void For_EveryErrorCode_MapsToTheStatusTheApiDocuments(string code, bool transient, int status)
    {
        Assert.Equal(status, ErrorStatus.For(new SummarizerException(code, "message", transient)));
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
