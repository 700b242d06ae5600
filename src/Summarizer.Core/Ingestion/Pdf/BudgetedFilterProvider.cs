using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// PdfPig's stream filters with the article's inflation budget inside them. A filter that can expand its input many
/// times over (Flate, LZW, run-length) is first measured up to what the budget has left (<see cref="InflatedLength"/>)
/// and refused with <see cref="ErrorCodes.DecompressionLimit"/> before the real decoder allocates anything; the
/// others (ASCII85, hex, the image codecs) shrink or are never run for text, and are charged what they produce.
/// </summary>
/// <remarks>
/// <see cref="PdfDecoder"/> counts while <see cref="PdfWorkProbe"/> runs every page, then turns counting off: reading
/// the pages for real decodes the same streams again, which the probe has shown fit, and counting them twice would
/// halve the budget of a real document.
/// </remarks>
internal sealed class BudgetedFilterProvider : BaseFilterProvider
{
    private static readonly string[] Names =
    [
        "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "FlateDecode", "Fl",
        "JBIG2Decode", "JPXDecode", "LZWDecode", "LZW", "RunLengthDecode", "RL",
    ];

    private readonly Switch _counting;

    public BudgetedFilterProvider(DecodeBudget budget)
        : this(new Switch(), budget)
    {
    }

    private BudgetedFilterProvider(Switch counting, DecodeBudget budget)
        : base(Filters(counting, budget)) =>
        _counting = counting;

    /// <summary>Whether decodes are measured and charged to the budget; on until the probe has run.</summary>
    public bool Counting
    {
        get => _counting.On;
        set => _counting.On = value;
    }

    private static Dictionary<string, IFilter> Filters(Switch counting, DecodeBudget budget)
    {
        var filters = new Dictionary<string, IFilter>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var inner = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)])[0];
            filters[name] = new BudgetedFilter(inner, counting, budget);
        }

        return filters;
    }

    /// <summary>Shared by the provider and its filters, which the base class needs before the provider exists.</summary>
    private sealed class Switch
    {
        public bool On { get; set; } = true;
    }

    private sealed class BudgetedFilter(IFilter inner, Switch counting, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (!counting.On)
            {
                return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            var cap = budget.InflatedRemaining;
            var measured = inner switch
            {
                FlateFilter => InflatedLength.Flate(input, cap),
                LzwFilter => InflatedLength.Lzw(input.Span, EarlyChange(streamDictionary, filterIndex), cap),
                RunLengthFilter => InflatedLength.RunLength(input.Span, cap),
                _ => -1,
            };
            if (measured >= 0)
            {
                budget.ChargeInflated(measured, "A stream of the PDF");
                return inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.ChargeInflated(output.Length, "A stream of the PDF");
            return output;
        }

        private static bool EarlyChange(DictionaryToken streamDictionary, int filterIndex) =>
            !DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex).TryGet(NameToken.EarlyChange, out var value)
            || value is not NumericToken { Int: 0 };
    }
}
