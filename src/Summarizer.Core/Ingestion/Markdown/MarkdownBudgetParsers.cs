using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Summarizer.Core.Ingestion.Markdown;

/// <summary>
/// Two parsers that never match anything and sit first in the Markdig pipeline, so Markdig calls them inside its own
/// loops: once per line while it builds blocks, once per markup character while it reads inlines. Each call counts
/// against the article's <see cref="DecodeBudget"/> (carried in the parse's <see cref="MarkdownParserContext"/>) and
/// reads the clock every so often. They are the backstop for the parts of Markdig whose work grows faster than the
/// text (thousands of setext headings or tables among many siblings, tables thousands of columns wide): such a file is
/// refused with <see cref="ErrorCodes.DocumentTooComplex"/> when the article's time is up, not minutes later.
/// </summary>
internal static class MarkdownBudgetParsers
{
    /// <summary>Calls between two looks at the clock.</summary>
    private const int TimeCheckInterval = 1024;

    /// <summary>The characters whose inline parsers can do more than linear work between them.</summary>
    private static readonly char[] InlineMarkup = ['[', ']', '!', '*', '_', '|', '`', '<', '\\', '&', '~'];

    /// <summary>The key of the budget's meter in a parse's context properties.</summary>
    private static readonly object MeterKey = new();

    public static MarkdownPipelineBuilder UseDecodeBudget(this MarkdownPipelineBuilder builder)
    {
        builder.BlockParsers.Insert(0, new BudgetBlockParser());
        builder.InlineParsers.Insert(0, new BudgetInlineParser());
        return builder;
    }

    /// <summary>A parser context that carries <paramref name="budget"/> to the parsers.</summary>
    public static MarkdownParserContext ContextFor(DecodeBudget budget)
    {
        var context = new MarkdownParserContext();
        context.Properties[MeterKey] = new Meter(budget);
        return context;
    }

    private static void Tick(MarkdownParserContext? context)
    {
        if (context?.Properties.GetValueOrDefault(MeterKey) is Meter meter && ++meter.Calls % TimeCheckInterval == 0)
        {
            meter.Budget.ThrowIfOverTime("the Markdown");
        }
    }

    private sealed class Meter(DecodeBudget budget)
    {
        public DecodeBudget Budget { get; } = budget;

        public long Calls { get; set; }
    }

    /// <summary>A global block parser (no opening characters), so Markdig tries it on every line it opens blocks on.</summary>
    private sealed class BudgetBlockParser : BlockParser
    {
        public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

        public override BlockState TryOpen(BlockProcessor processor)
        {
            Tick(processor.Context);
            return BlockState.None;
        }
    }

    private sealed class BudgetInlineParser : InlineParser
    {
        public BudgetInlineParser() => OpeningCharacters = InlineMarkup;

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            Tick(processor.Context);
            return false;
        }
    }
}
