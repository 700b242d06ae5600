using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using Summarizer.Core.Telemetry;

namespace Summarizer.AI;

/// <summary>
/// Builds the <see cref="IChatClient"/> for a deployment from <see cref="AzureOpenAIOptions"/>: an
/// <see cref="AzureOpenAIClient"/> with an API key when one is configured, otherwise a <see cref="TokenCredential"/>.
/// </summary>
public static class AzureOpenAIChatClientFactory
{
    /// <param name="options">Validated settings.</param>
    /// <param name="credential">
    /// Credential to use when no API key is set; null means <see cref="DefaultAzureCredential"/>, which finds the managed
    /// identity (user-assigned when <see cref="AzureOpenAIOptions.ClientId"/> is set) in Azure and a developer sign-in
    /// on a workstation.
    /// </param>
    /// <param name="timeProvider">Clock for a <c>Retry-After</c> given as a date; null means the system clock.</param>
    /// <remarks>
    /// The client writes no log of its own: the engine logs each failed request from the checked fields of a
    /// <see cref="ModelServiceException"/>. Its OpenTelemetry decorator is always there, on the
    /// <see cref="SummarizerTelemetry.ModelSourceName"/> source and meter, costs nothing while nobody listens, and never
    /// puts message contents on a span.
    /// </remarks>
    public static IChatClient Create(AzureOpenAIOptions options, TokenCredential? credential = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = new Uri(options.Endpoint ?? throw new InvalidOperationException("AzureOpenAI:Endpoint is not set."));
        var clientOptions = new AzureOpenAIClientOptions
        {
            // The engine retries itself within one time budget (honouring retry-after-ms); the SDK's own three retries
            // with their own waits would multiply requests and could overrun that budget.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),

            // The engine also cancels each try at its own per-request timeout; this keeps the SDK from cutting it at
            // its 100 s default first.
            NetworkTimeout = options.Limits.RequestTimeout + TimeSpan.FromSeconds(5),

            // The SDK's request log (to the System.ClientModel event source) would carry headers as the service sent
            // them; the engine's own log says what failed.
            ClientLoggingOptions = new ClientLoggingOptions { EnableLogging = false },
        };
        // A blank key (an empty app setting, as in local.settings.sample.json) means no key: sign in with an identity.
        var apiKey = string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey;
        var client = apiKey is not null
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(apiKey), clientOptions)
            : new AzureOpenAIClient(endpoint, credential ?? DefaultCredential(options.ClientId), clientOptions);
        return client.GetChatClient(options.Deployment).AsIChatClient()
            .AsBuilder()
            .ConfigureOptions(UseStrictJsonSchema)
            // One span per request to the service (a retry is a second span). Message contents stay off even when
            // OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT asks for them: they are the article and the model's
            // summary of it, which no log or trace of this app holds.
            .UseOpenTelemetry(sourceName: SummarizerTelemetry.ModelSourceName, configure: telemetry => telemetry.EnableSensitiveData = false)
            // Innermost, so no layer above ever sees the service's raw error body.
            .Use(inner => new ErrorSanitizingChatClient(inner, timeProvider ?? TimeProvider.System, apiKey))
            .Build();
    }

    /// <summary>
    /// Sends a JSON-schema response format in strict mode, so the service constrains decoding to the schema rather than
    /// treating it as a hint. The provider-neutral <see cref="ChatResponseFormatJson"/> has no strict flag, so this is
    /// done here, on the OpenAI side of the seam.
    /// </summary>
    private static void UseStrictJsonSchema(ChatOptions options)
    {
        if (options.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } format)
        {
            options.RawRepresentationFactory = _ => new ChatCompletionOptions
            {
                ResponseFormat = OpenAI.Chat.ChatResponseFormat.CreateJsonSchemaFormat(
                    format.SchemaName ?? "response", BinaryData.FromString(schema.GetRawText()), format.SchemaDescription, jsonSchemaIsStrict: true),
            };
        }
    }

    private static DefaultAzureCredential DefaultCredential(string? clientId) =>
        new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(clientId) ? null : clientId });
}
