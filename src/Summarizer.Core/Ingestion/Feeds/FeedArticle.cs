using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Html.Parsing;
using Summarizer.Core.Ingestion.Html.Scoring;

namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// Writes a <see cref="FeedDocument"/> as article text: the channel's title is the title, and each item is its title
/// as a block of its own, then its text in blocks. A field that is HTML is read by the HTML decoder's own text
/// extraction over the whole fragment (no furniture finding: an item's text is all content), so tags, entities,
/// scripts and hidden elements never reach the text.
/// </summary>
internal static class FeedArticle
{
    private static readonly IReadOnlySet<HtmlElement> NothingExcluded = new HashSet<HtmlElement>();

    public static Article Build(FeedDocument feed, string mediaType, int capacityHint, DecodeBudget budget)
    {
        using var builder = new BlockTextBuilder(capacityHint);
        foreach (var entry in feed.Entries)
        {
            Append(entry.Title, builder, budget);
            Append(entry.Body, builder, budget);
        }

        var text = builder.ToString();
        if (text.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, "The feed has no item with a title or text to summarise.");
        }

        return new Article(TitleOf(feed.Title, budget), text, mediaType);
    }

    private static string? TitleOf(FeedText? title, DecodeBudget budget)
    {
        if (title is null)
        {
            return null;
        }

        using var builder = new BlockTextBuilder(title.Value.Length);
        foreach (var block in Blocks(title, budget))
        {
            builder.Append(block);
            builder.AppendSpace();
        }

        var line = builder.ToString();
        return line.Length == 0 ? null : line;
    }

    /// <summary>Appends a field as blocks, each ended.</summary>
    private static void Append(FeedText? field, BlockTextBuilder builder, DecodeBudget budget)
    {
        if (field is null)
        {
            return;
        }

        foreach (var block in Blocks(field, budget))
        {
            builder.EndBlock();
            builder.Append(block);
        }

        builder.EndBlock();
    }

    /// <summary>The field's blocks of text: plain text as one block, HTML through the HTML decoder's text extraction.</summary>
    private static string[] Blocks(FeedText field, DecodeBudget budget)
    {
        var value = field.Value;
        if (!field.IsMarkup || value.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return [value];
        }

        var fragment = HtmlTreeBuilder.Parse(value, HtmlDecoder.ReadAttributes, budget);
        var page = HtmlDecoder.ExtractText(new MainContent([fragment.Body], NothingExcluded), title: null, value.Length);
        return page.Text.Split("\n\n");
    }
}
