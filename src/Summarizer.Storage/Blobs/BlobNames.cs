using Summarizer.Core;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Which article names are accepted, and the output names derived from one in the summaries container:
/// <c>{name}.json</c> (the result: a summary or an error record), <c>{name}.md</c> (its rendering) and
/// <c>{name}.error.json</c>, where versions before schema 2.0 kept error records (read and migrated, never written).
/// Names keep their folders, spaces and Unicode, so a summary sits at the same path as its article.
/// </summary>
public sealed record BlobNames(string Article, string Json, string Markdown, string LegacyError)
{
    /// <summary>Azure's limit for a blob name, in characters.</summary>
    public const int MaxBlobNameLength = 1024;

    public const string JsonSuffix = ".json";
    public const string MarkdownSuffix = ".md";
    public const string ErrorSuffix = ".error.json";

    /// <summary>Suffix of the claim blob a run holds a lease on while it pays the engine for an article (never an output name).</summary>
    public const string ClaimSuffix = ".claim";

    /// <summary>
    /// The longest article name whose outputs still fit Azure's limit. Bounded by the legacy ".error.json", the
    /// longest suffix, so that a name valid before 2.0 stays valid and its old error record stays reachable.
    /// </summary>
    public const int MaxArticleNameLength = MaxBlobNameLength - 11;

    /// <summary>The prefix every output of this article starts with: one listing on it reads them all.</summary>
    public string OutputPrefix => Article + ".";

    /// <summary>The claim blob in the summaries container: held (leased) by the one run that calls the engine for this article.</summary>
    public string Claim => Article + ClaimSuffix;

    /// <summary>Derives the output names; throws <see cref="SummarizerException"/> (<c>invalid_name</c>) when it cannot.</summary>
    public static BlobNames For(string articleName)
    {
        if (!TryValidate(articleName, out var problem))
        {
            throw new SummarizerException(ErrorCodes.InvalidName, problem);
        }

        return new BlobNames(articleName, articleName + JsonSuffix, articleName + MarkdownSuffix, articleName + ErrorSuffix);
    }

    /// <summary>True when <paramref name="articleName"/> is a blob name whose summary names are valid blob names too.</summary>
    public static bool TryValidate(string? articleName, out string problem)
    {
        problem = Check(articleName) ?? "";
        return problem.Length == 0;
    }

    private static string? Check(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "The article name is empty.";
        }

        if (name.Length > MaxArticleNameLength)
        {
            return $"The article name has {name.Length} characters; summary names must fit in {MaxBlobNameLength}, so at most {MaxArticleNameLength} are allowed.";
        }

        // Names ending in '.' or '/', and '.'/'..'/empty path segments, are rewritten by URL normalisation on the way
        // to storage, so the blob written would not be the blob named.
        if (name.EndsWith('.') || name.EndsWith('/'))
        {
            return "The article name must not end with '.' or '/'.";
        }

        // "x.error" would summarise to "x.error.json", the (legacy) error record of article "x": never collide.
        if (name.EndsWith(".error", StringComparison.Ordinal))
        {
            return "The article name must not end with '.error' (that name is kept for error records).";
        }

        foreach (var segment in name.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..")
            {
                return "The article name must not contain empty, '.' or '..' path segments.";
            }
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsControl(c) || c == '\\')
            {
                return "The article name must not contain control characters or '\\'.";
            }

            if (char.IsHighSurrogate(c) && i + 1 < name.Length && char.IsLowSurrogate(name[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return "The article name is not valid Unicode.";
            }
        }

        return null;
    }
}
