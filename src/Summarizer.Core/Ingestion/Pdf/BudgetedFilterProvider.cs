using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// PdfPig's stream filters with the article's inflation budget inside them. A filter that can expand its input many
/// times over (Flate, LZW, run-length) is first measured up to what the budget has left (<see cref="InflatedLength"/>)
/// and refused with <see cref="ErrorCodes.DecompressionLimit"/> before the real decoder allocates anything; the
/// others (ASCII85, hex, the image codecs) shrink or are never run for text, and are charged what they produce.
/// </summary>
internal sealed class BudgetedFilterProvider(DecodeBudget budget) : BaseFilterProvider(Filters(budget))
{
    private static readonly string[] Names =
    [
        "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "FlateDecode", "Fl",
        "JBIG2Decode", "JPXDecode", "LZWDecode", "LZW", "RunLengthDecode", "RL",
    ];

    private static Dictionary<string, IFilter> Filters(DecodeBudget budget)
    {
        var filters = new Dictionary<string, IFilter>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            var inner = DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)])[0];
            filters[name] = new BudgetedFilter(inner, budget);
        }

        return filters;
    }

    private sealed class BudgetedFilter(IFilter inner, DecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
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
