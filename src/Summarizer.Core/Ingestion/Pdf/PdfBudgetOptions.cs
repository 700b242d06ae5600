using UglyToad.PdfPig;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// PdfPig's parsing options for one article: lenient parsing, missing fonts skipped, the article's budget inside every
/// stream filter, and the budget itself for <see cref="PdfWorkProbe"/>, which PdfPig creates and hands these options.
/// </summary>
internal sealed class PdfBudgetOptions : ParsingOptions
{
    public PdfBudgetOptions(DecodeBudget budget)
    {
        Budget = budget;
        UseLenientParsing = true;
        SkipMissingFonts = true;
        Filters = new BudgetedFilterProvider(budget);
        FilterProvider = Filters;
    }

    public DecodeBudget Budget { get; }

    public BudgetedFilterProvider Filters { get; }
}
