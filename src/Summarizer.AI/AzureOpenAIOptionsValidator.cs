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
        CheckResource(options, failures);
        CheckLimits(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // Which resource and deployment to call.
    private static void CheckResource(AzureOpenAIOptions options, List<string> failures)
    {
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
    }

    // Token, time, retry and concurrency limits that must fit together.
    private static void CheckLimits(AzureOpenAIOptions options, List<string> failures)
    {
        var limits = options.Limits;
        if (limits.MaxOutputTokens < 256)
        {
            failures.Add($"{Key(nameof(limits.MaxOutputTokens))} must be at least 256 so the JSON summary fits.");
        }

        if (limits.ContextWindowTokens < limits.MaxOutputTokens + 2 * ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(limits.ContextWindowTokens))} must leave room for the prompt and article text after "
                + $"{Key(nameof(limits.MaxOutputTokens))} ({limits.MaxOutputTokens}).");
        }

        if (limits.MaxInputTokens < ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(limits.MaxInputTokens))} must be at least {ChatClientSummarizer.MinimumInputTokens}.");
        }

        if (limits.TimeBudget <= TimeSpan.Zero || limits.RequestTimeout <= TimeSpan.Zero || limits.RequestTimeout > limits.TimeBudget)
        {
            failures.Add($"{Key(nameof(limits.RequestTimeout))} must be positive and no longer than {Key(nameof(limits.TimeBudget))}.");
        }

        if (options.MaxArticleTokens is { } maxArticle && maxArticle < ChatClientSummarizer.MinimumInputTokens)
        {
            failures.Add($"{Key(nameof(options.MaxArticleTokens))} must be at least {ChatClientSummarizer.MinimumInputTokens}.");
        }

        if (limits.InitialBackoff < TimeSpan.Zero || limits.MaxBackoff < limits.InitialBackoff)
        {
            failures.Add($"{Key(nameof(limits.InitialBackoff))} must be at least zero and no longer than {Key(nameof(limits.MaxBackoff))}.");
        }

        if (limits.MaxAttempts is < 1 or > 20)
        {
            failures.Add($"{Key(nameof(limits.MaxAttempts))} must be between 1 and 20.");
        }

        if (limits.MaxReduceRounds is < 1 or > 10)
        {
            failures.Add($"{Key(nameof(limits.MaxReduceRounds))} must be between 1 and 10.");
        }

        if (limits.MaxConcurrentRequests is < 1 or > 16)
        {
            failures.Add($"{Key(nameof(limits.MaxConcurrentRequests))} must be between 1 and 16.");
        }
    }

    private static string Key(string property) => $"{AzureOpenAIOptions.SectionName}:{property}";

    private static string Missing(string property, string what) =>
        $"{Key(property)} (environment variable {AzureOpenAIOptions.SectionName}__{property}) is required for the azure-openai engine: {what}.";
}
