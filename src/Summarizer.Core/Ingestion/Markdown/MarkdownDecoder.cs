using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Summarizer.Core.Ingestion.Markdown;

/// <summary>
/// Markdown, parsed with Markdig: the first heading becomes the title, other headings, paragraphs, list items, quotes
/// and table cells become blocks, links keep their text, inline code keeps its text, and code blocks, raw HTML,
/// images and YAML front matter are dropped (front matter only lends its <c>title:</c> when there is no heading).
/// Hostile input is stopped before and during Markdig's parse: <see cref="MarkdownNestingGuard"/> refuses runaway
/// nesting, <see cref="MarkdownInlineGuard"/> escapes runaway inline markup, and <see cref="MarkdownBudgetParsers"/>
/// checks the article's time from inside Markdig's loops.
/// </summary>
public sealed class MarkdownDecoder : TextDecoder
{
    // A built pipeline is immutable and safe to share between threads; the budget travels in each parse's context.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseYamlFrontMatter()
        .UseDecodeBudget()
        .Build();

    public override ArticleFormat Format => ArticleFormats.Markdown;

    public override Article Decode(string text, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(budget);
        MarkdownNestingGuard.Check(text);
        var document = Parse(MarkdownInlineGuard.Defuse(text), budget);
        using var body = new BlockTextBuilder(text.Length);
        string? title = null;
        string? frontMatterTitle = null;

        // An explicit stack rather than recursion: deeply nested quotes or lists must not overflow the call stack.
        var pending = new Stack<Block>();
        PushChildren(document, pending);
        while (pending.TryPop(out var block))
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    frontMatterTitle ??= FrontMatterTitle(frontMatter);
                    break;
                case CodeBlock or HtmlBlock or ThematicBreakBlock or LinkReferenceDefinitionGroup:
                    break;
                case HeadingBlock heading when title is null:
                    title = InlineText(heading.Inline);
                    break;
                case LeafBlock leaf:
                    body.EndBlock();
                    AppendInlines(leaf.Inline, body);
                    body.EndBlock();
                    break;
                case ContainerBlock container:
                    PushChildren(container, pending);
                    break;
            }
        }

        var cleaned = body.ToString();
        if (cleaned.Length == 0)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText,
                "The Markdown document has no prose to summarise: it holds only headings, code blocks, images or raw HTML.");
        }

        return new Article(title ?? frontMatterTitle, cleaned, Format.MediaType);
    }

    private static MarkdownDocument Parse(string text, DecodeBudget budget)
    {
        try
        {
            return Markdig.Markdown.Parse(text, Pipeline, MarkdownBudgetParsers.ContextFor(budget));
        }
        catch (ArgumentException ex)
        {
            // Markdig's own guard against nesting it cannot handle (emphasis, mostly: MarkdownNestingGuard takes lists and quotes).
            throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                "The Markdown is nested too deeply to be read as an article.", innerException: ex);
        }
    }

    private static void PushChildren(ContainerBlock container, Stack<Block> pending)
    {
        for (var i = container.Count - 1; i >= 0; i--)
        {
            pending.Push(container[i]);
        }
    }

    private static string? InlineText(ContainerInline? inlines)
    {
        using var builder = new BlockTextBuilder();
        AppendInlines(inlines, builder);
        var text = builder.ToString();
        return text.Length == 0 ? null : text;
    }

    private static void AppendInlines(ContainerInline? root, BlockTextBuilder builder)
    {
        if (root is null)
        {
            return;
        }

        var pending = new Stack<Inline>();
        PushChildren(root, pending);
        while (pending.TryPop(out var inline))
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.ContentSpan);
                    break;
                case HtmlEntityInline entity:
                    builder.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    builder.Append(autolink.Url);
                    break;
                case LineBreakInline:
                    builder.AppendSpace();
                    break;
                case LinkInline { IsImage: true }:
                case HtmlInline:
                    break;
                case ContainerInline container:
                    PushChildren(container, pending);
                    break;
            }
        }
    }

    private static void PushChildren(ContainerInline container, Stack<Inline> pending)
    {
        // Inlines form a linked list; collect it first so the stack pops them in document order.
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (var i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }

    /// <summary>The value of a top-level <c>title:</c> key, with optional quotes removed.</summary>
    private static string? FrontMatterTitle(YamlFrontMatterBlock frontMatter)
    {
        var lines = frontMatter.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines.Lines[i].Slice.AsSpan();
            if (!span.StartsWith("title:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = span["title:".Length..].Trim();
            if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
            {
                value = value[1..^1];
            }

            using var builder = new BlockTextBuilder(value.Length);
            builder.Append(value);
            var title = builder.ToString();
            return title.Length == 0 ? null : title;
        }

        return null;
    }
}
