namespace Summarizer.Core.Telemetry;

/// <summary>Attribute names on the app's spans and metrics (OpenTelemetry registry names where one exists).</summary>
public static class TelemetryAttributes
{
    /// <summary>What became of an article: <see cref="ArticleOutcomes"/>.</summary>
    public const string Outcome = "summarizer.outcome";

    /// <summary>The configured engine's name (<c>extractive</c>, <c>azure-openai</c>).</summary>
    public const string Engine = "summarizer.engine";

    /// <summary>The engine that wrote a degraded summary instead of the configured one.</summary>
    public const string FallbackEngine = "summarizer.fallback.engine";

    /// <summary>The article's blob or file name (spans only: one value per article).</summary>
    public const string Article = "summarizer.article";

    /// <summary>Input or output tokens (GenAI semantic conventions).</summary>
    public const string TokenType = "gen_ai.token.type";

    /// <summary>The model deployment a request named (GenAI semantic conventions).</summary>
    public const string RequestModel = "gen_ai.request.model";

    /// <summary>The error code of a failure (OpenTelemetry registry).</summary>
    public const string ErrorType = "error.type";
}
