using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Summarizer.Storage.Blobs;
using Summarizer.Storage.Queueing;

namespace Summarizer.Storage.Configuration;

/// <summary>
/// Start-up check of <see cref="SummarizerOptions"/>, in the style of the other sections' validators: every bad value
/// is named by its configuration key and its environment variable, since the reader is usually fixing an app setting.
/// </summary>
public sealed partial class SummarizerOptionsValidator : IValidateOptions<SummarizerOptions>
{
    // 63, the longest container or queue name, less the seven characters of "-claims" or "-poison".
    private const int MaxNameLengthBeforeSuffix = 56;

    public ValidateOptionsResult Validate(string? name, SummarizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxInputBytes < 1)
        {
            failures.Add($"{Key(nameof(options.MaxInputBytes))} must be at least 1.");
        }

        CheckName(failures, nameof(options.ArticlesContainer), options.ArticlesContainer, "container", null);
        CheckName(failures, nameof(options.SummariesContainer), options.SummariesContainer, "container", BlobSummaryStore.ClaimsContainerSuffix);
        CheckName(failures, nameof(options.RequestsQueue), options.RequestsQueue, "queue", SummarizeRequests.PoisonSuffix);
        if (string.Equals(options.ArticlesContainer, options.SummariesContainer, StringComparison.Ordinal))
        {
            // A summary written into the articles container would trigger another summary of itself.
            failures.Add($"{Key(nameof(options.ArticlesContainer))} and {Key(nameof(options.SummariesContainer))} must differ.");
        }

        if (string.Equals(options.ArticlesContainer, BlobSummaryStore.ClaimsContainerName(options.SummariesContainer), StringComparison.Ordinal))
        {
            // Claim blobs written into the articles container would trigger summaries of themselves.
            failures.Add($"{Key(nameof(options.ArticlesContainer))} must not be {Key(nameof(options.SummariesContainer))}'s claims container (its name plus '-claims').");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckName(List<string> failures, string property, string? value, string kind, string? suffix)
    {
        if (string.IsNullOrEmpty(value) || !StorageName().IsMatch(value))
        {
            failures.Add($"{Key(property)} must be a valid {kind} name: 3-63 lower-case letters, digits and single hyphens, "
                + "starting and ending with a letter or digit.");
        }
        else if (suffix is not null && value.Length > MaxNameLengthBeforeSuffix)
        {
            failures.Add($"{Key(property)} has more than {MaxNameLengthBeforeSuffix} characters; with '{suffix}' appended it would not be a valid {kind} name.");
        }
    }

    private static string Key(string property) =>
        $"{SummarizerOptions.SectionName}:{property} (environment variable {SummarizerOptions.SectionName}__{property})";

    // Azure container and queue names alike.
    [GeneratedRegex("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StorageName();
}
