using System.Text.RegularExpressions;
using Summarizer.Core;
using Summarizer.Core.Text;

namespace Summarizer.AI;

/// <summary>
/// Checks a model answer before it can become a summary: a schema only shapes the JSON, so the content rules the prompt
/// states (limits, no invented links or images) are enforced here. Any breach is a permanent
/// <see cref="ErrorCodes.InvalidEngineOutput"/>: asking again would cost time and likely give the same answer.
/// </summary>
internal static partial class ModelOutputValidator
{
    public const int MaxTitleLength = 300;
    public const int MaxItemLength = 1_000;

    public static ValidatedSummary Validate(ModelSummary answer, ModelLengthLimit length, string source)
    {
        var sentences = Clean(answer.Summary);
        if (sentences.Count == 0)
        {
            throw Invalid("The model returned an empty summary.");
        }

        if (sentences.Count > length.MaxSentences)
        {
            throw Invalid($"The model wrote {sentences.Count} summary sentences; at most {length.MaxSentences} were asked for.");
        }

        var words = sentences.Sum(s => WordTokenizer.Tokenize(s).Count);
        if (words > length.MaxWords && sentences.Count > 1)
        {
            throw Invalid($"The model wrote {words} summary words; at most {length.MaxWords} were asked for.");
        }

        var keyPoints = Clean(answer.KeyPoints);
        var keyPhrases = Clean(answer.KeyPhrases);
        if (keyPoints.Count > SummaryPrompt.MaxKeyPoints || keyPhrases.Count > SummaryPrompt.MaxKeyPhrases)
        {
            throw Invalid($"The model wrote {keyPoints.Count} key points and {keyPhrases.Count} key phrases; "
                + $"at most {SummaryPrompt.MaxKeyPoints} and {SummaryPrompt.MaxKeyPhrases} were asked for.");
        }

        var title = string.IsNullOrWhiteSpace(answer.Title) ? null : answer.Title.Trim();
        IEnumerable<string> all = [.. sentences, .. keyPoints, .. keyPhrases, .. title is null ? Array.Empty<string>() : [title]];
        if (title?.Length > MaxTitleLength || all.Any(item => item.Length > MaxItemLength))
        {
            throw Invalid("The model wrote an item longer than the limit.");
        }

        foreach (var item in all)
        {
            RejectForeign(item, ImageMarkup(), source, "an image");
            RejectForeign(item, Link(), source, "a link");
        }

        return new ValidatedSummary(title, sentences, keyPoints, keyPhrases, NormalizeLanguage(answer.Language));
    }

    /// <summary>A lower-case ISO 639 code, or <c>und</c> for anything that does not look like one.</summary>
    internal static string NormalizeLanguage(string? language)
    {
        var code = language?.Trim().ToLowerInvariant() ?? "";
        return LanguageCode().IsMatch(code) ? code : "und";
    }

    private static List<string> Clean(IReadOnlyList<string>? items) =>
        items?.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList() ?? [];

    private static void RejectForeign(string item, Regex pattern, string source, string what)
    {
        foreach (Match match in pattern.Matches(item))
        {
            var found = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '"', '\'');
            if (!source.Contains(found, StringComparison.OrdinalIgnoreCase))
            {
                // The offending text is not quoted: it may be whatever an injected instruction asked for.
                throw Invalid($"The model wrote {what} that is not in the article.");
            }
        }
    }

    private static SummarizerException Invalid(string message) => new(ErrorCodes.InvalidEngineOutput, message);

    /// <summary>Markdown images and HTML image or media tags.</summary>
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)|<\s*(img|image|svg|iframe|object|embed)\b[^>]*>?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ImageMarkup();

    /// <summary>Absolute URLs of any scheme a reader could follow, bare <c>www.</c> hosts, and e-mail addresses.</summary>
    [GeneratedRegex(@"\b(?:[a-z][a-z0-9+.\-]*://|www\.|mailto:|data:)[^\s<>""'`)\]]+|[\w.+\-]+@[\w\-]+\.[\w.\-]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    [GeneratedRegex("^(?:[a-z]{2,3}|und)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LanguageCode();
}
