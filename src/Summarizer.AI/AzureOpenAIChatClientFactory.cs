using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
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
    /// <param name="loggerFactory">
    /// Where the chat client's own logs go (Microsoft.Extensions.AI's logging decorator: requests at Debug, contents
    /// only at Trace); null leaves them out. Its OpenTelemetry decorator is always there, on the
    /// <see cref="SummarizerTelemetry.ModelSourceName"/> source and meter, and costs nothing while nobody listens.
    /// </param>
    public static IChatClient Create(AzureOpenAIOptions options, TokenCredential? credential = null, ILoggerFactory? loggerFactory = null)
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
        };
        // A blank key (an empty app setting, as in local.settings.sample.json) means no key: sign in with an identity.
        var client = !string.IsNullOrWhiteSpace(options.ApiKey) && options.ApiKey is { } key
            ? new AzureOpenAIClient(endpoint, new ApiKeyCredential(key), clientOptions)
            : new AzureOpenAIClient(endpoint, credential ?? DefaultCredential(options.ClientId), clientOptions);
        var builder = client.GetChatClient(options.Deployment).AsIChatClient()
            .AsBuilder()
            .ConfigureOptions(UseStrictJsonSchema);
        if (loggerFactory is not null)
        {
            builder.UseLogging(loggerFactory);
        }

        // Innermost, so each span covers exactly one request to the service (a retry is a second span).
        return builder.UseOpenTelemetry(loggerFactory, SummarizerTelemetry.ModelSourceName).Build();
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
