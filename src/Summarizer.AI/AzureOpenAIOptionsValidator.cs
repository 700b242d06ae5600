using Microsoft.Extensions.Options;

namespace Summarizer.AI;

/// <summary>
/// Start-up check of <see cref="AzureOpenAIOptions"/>. Messages name both the configuration key and the environment
/// variable, since the person reading them is usually fixing an app setting. Never echoes the key.
/// </summary>
public sealed class AzureOpenAIOptionsValidator : IValidateOptions<AzureOpenAIOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureOpenAIOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add(Missing(nameof(options.Endpoint), "the resource endpoint, e.g. https://NAME.openai.azure.com/"));
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("https" or "http"))
        {
            failures.Add($"{Key(nameof(options.Endpoint))} must be an absolute http(s) URL, e.g. https://NAME.openai.azure.com/.");
        }

        if (string.IsNullOrWhiteSpace(options.Deployment))
        {
            failures.Add(Missing(nameof(options.Deployment), "the name of the model deployment to call"));
        }
        else if (options.Deployment.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            failures.Add($"{Key(nameof(options.Deployment))} may hold only letters, digits, '-', '_' and '.'.");
        }

        if (options.ApiKey is { } key && string.IsNullOrWhiteSpace(key))
        {
            failures.Add($"{Key(nameof(options.ApiKey))} is set but blank; remove it to use a managed identity.");
        }

        if (options.MaxOutputTokens < 256)
        {
            failures.Add($"{Key(nameof(options.MaxOutputTokens))} must be at least 256 so the JSON summary fits.");
        }

        if (options.ContextWindowTokens < options.MaxOutputTokens + 2 * ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(options.ContextWindowTokens))} must leave room for the prompt and article text after "
                + $"{Key(nameof(options.MaxOutputTokens))} ({options.MaxOutputTokens}).");
        }

        if (options.MaxInputTokens < ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(options.MaxInputTokens))} must be at least {ChatClientSummarizer.MinimumInputTokens}.");
        }

        if (options.MaxArticleTokens is { } maxArticle && maxArticle < ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(options.MaxArticleTokens))} must be at least {ChatClientSummarizer.MinimumInputTokens}.");
        }

        if (options.TimeBudget <= TimeSpan.Zero || options.RequestTimeout <= TimeSpan.Zero || options.RequestTimeout > options.TimeBudget)
        {
            failures.Add($"{Key(nameof(options.RequestTimeout))} must be positive and no longer than {Key(nameof(options.TimeBudget))}.");
        }

        if (options.InitialBackoff < TimeSpan.Zero || options.MaxBackoff < options.InitialBackoff)
        {
            failures.Add($"{Key(nameof(options.InitialBackoff))} must be at least zero and no longer than {Key(nameof(options.MaxBackoff))}.");
        }

        if (options.MaxReduceRounds is < 1 or > 10)
        {
            failures.Add($"{Key(nameof(options.MaxReduceRounds))} must be between 1 and 10.");
        }

        if (options.MaxConcurrentRequests is < 1 or > 16)
        {
            failures.Add($"{Key(nameof(options.MaxConcurrentRequests))} must be between 1 and 16.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Key(string property) => $"{AzureOpenAIOptions.SectionName}:{property}";

    private static string Missing(string property, string what) =>
        $"{Key(property)} (environment variable {AzureOpenAIOptions.SectionName}__{property}) is required for the azure-openai engine: {what}.";
}
