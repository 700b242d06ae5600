using System.Globalization;
using Summarizer.Storage.Blobs;
using Summarizer.Core;

namespace Summarizer.Storage.Pipeline;

/// <summary>
/// The pipeline's one rule, with no storage in it: from the article version a run holds, the outputs stored for it and
/// the engine's fingerprint, what to do next. Which version is newer needs no request: an article read after its
/// outputs is at least as new as any result among them, and otherwise the last-modified times the result carries
/// tell; only when those are equal and the ETags differ is the article asked (<see cref="NextStep.CheckArticle"/>).
/// </summary>
public static class ResultDecision
{
    public static Decision Decide(DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stored = input.Stored;
        var result = ResultOf(stored, input.Article);
        if (result is not null)
        {
            switch (AgeOf(result.Metadata, input))
            {
                case Age.Unknown:
                    return new Decision(NextStep.CheckArticle);
                case Age.Newer:
                    return new Decision(NextStep.NewerVersionExists);
                case Age.Same when !input.StoredResultUnreadable && input.Page != PageCheck.Changed && Standing(result, input) is { } standing:
                    return standing;
            }
        }

        // This version needs a new result.
        if (input.Article.Length > input.MaxInputBytes)
        {
            // Known from the article's length alone: no byte is read.
            return new Decision(NextStep.RecordFailure)
            {
                ErrorCode = ErrorCodes.InputTooLarge,
                ErrorMessage = string.Create(CultureInfo.InvariantCulture,
                    $"The article is {input.Article.Length:N0} bytes; the limit is {input.MaxInputBytes:N0} bytes."),
            };
        }

        return input.ContentSha256 is { } sha256 && result is not null && ReferenceEquals(result, stored.Json)
            && !input.StoredResultUnreadable && !result.Metadata.IsFailure && input.Page is not (PageCheck.Due or PageCheck.Changed)
            && string.Equals(result.Metadata.ContentSha256, sha256, StringComparison.Ordinal)
            && string.Equals(result.Metadata.Fingerprint, input.Fingerprint, StringComparison.Ordinal)
            ? new Decision(NextStep.Reuse) { RemoveLegacyError = stored.LegacyError is not null }
            : new Decision(NextStep.Summarize);
    }

    /// <summary>
    /// True when <paramref name="markdown"/> was rendered from <paramref name="result"/> as it is stored now: it names
    /// the result's ETag, or (written before 2.0, when it carried no such name) the same provenance.
    /// </summary>
    public static bool IsRenderingOf(StoredBlob? markdown, StoredBlob result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (markdown is null)
        {
            return false;
        }

        var md = markdown.Metadata;
        return md.ResultETag is { } rendered
            ? string.Equals(rendered, result.ETag.ToString(), StringComparison.Ordinal)
            : md.SourceETag.Length > 0 && md == result.Metadata;
    }

    // The result of this version and engine stands: up to date, or its Markdown needs rendering. Null when a new
    // result is needed (another engine's, or a degraded summary nobody waited for).
    private static Decision? Standing(StoredBlob result, DecisionInput input)
    {
        var stored = input.Stored;
        var metadata = result.Metadata;
        var sameEngine = string.Equals(metadata.Fingerprint, input.Fingerprint, StringComparison.Ordinal);
        var pageDue = metadata.Link && input.Page == PageCheck.Due;
        if (ReferenceEquals(result, stored.LegacyError) || metadata.IsFailure)
        {
            if (!sameEngine || pageDue)
            {
                // A link article's failure is looked at again from the start: read the link, fetch the page.
                return null;
            }

            return ReferenceEquals(result, stored.LegacyError)
                ? new Decision(NextStep.MigrateLegacyFailure) { RemoveMarkdown = stored.Markdown is not null }
                : new Decision(NextStep.UpToDate)
                {
                    ErrorCode = metadata.ErrorCode,
                    RemoveLegacyError = stored.LegacyError is not null,
                    RemoveMarkdown = stored.Markdown is not null,
                };
        }

        var degraded = !sameEngine && input.AcceptDegraded && metadata.Degraded;
        if (!sameEngine && !degraded)
        {
            return null;
        }

        if (pageDue)
        {
            return new Decision(NextStep.FetchPageAgain);
        }

        return new Decision(IsRenderingOf(stored.Markdown, result) ? NextStep.UpToDate : NextStep.RenderMarkdown)
        {
            Degraded = degraded,
            RemoveLegacyError = stored.LegacyError is not null,
        };
    }

    // The result blob, or a pre-2.0 error record where that is the article's result: the one for this version (the
    // result blob first), else the newer of the two.
    private static StoredBlob? ResultOf(SummarySnapshot stored, ArticleSnapshot article)
    {
        if (stored.LegacyError is not { } legacy || (stored.Json is { } current && IsOf(current, article)))
        {
            return stored.Json;
        }

        if (stored.Json is not { } json || IsOf(legacy, article))
        {
            return legacy;
        }

        return legacy.Metadata.SourceLastModified > json.Metadata.SourceLastModified ? legacy : json;
    }

    private static Age AgeOf(SummaryMetadata result, DecisionInput input)
    {
        if (string.Equals(result.SourceETag, input.Article.ETag.ToString(), StringComparison.Ordinal))
        {
            return Age.Same;
        }

        if (input.ArticleReadAfterOutputs)
        {
            return Age.Older;
        }

        var order = result.SourceLastModified.CompareTo(input.Article.LastModified);
        return order < 0 ? Age.Older
            : order > 0 ? Age.Newer
            : input.ArticleIsCurrent switch { null => Age.Unknown, true => Age.Older, false => Age.Newer };
    }

    private static bool IsOf(StoredBlob blob, ArticleSnapshot article) =>
        string.Equals(blob.Metadata.SourceETag, article.ETag.ToString(), StringComparison.Ordinal);

    private enum Age
    {
        Same,
        Older,
        Newer,
        Unknown,
    }
}
