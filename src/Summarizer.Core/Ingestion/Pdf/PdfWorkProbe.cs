using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// A page factory that runs a page's drawing operations the way PdfPig does (fonts, form XObjects, Type 3 glyphs)
/// but keeps nothing: it counts glyphs and operations against the article's budget and stops the moment one is over.
/// <see cref="PdfDecoder"/> asks it for each page before reading the page for real, so a page whose letters would take
/// gigabytes (a form drawn a million times, a megabyte of text in 1-point type, a million unmatched <c>q</c>) is
/// refused before one letter of it is kept.
/// </summary>
/// <remarks>PdfPig creates the factory and passes it the document's parsing options, which carry the budget.</remarks>
internal sealed class PdfWorkProbe(
    IPdfTokenScanner pdfScanner,
    IResourceStore resourceStore,
    ILookupFilterProvider filterProvider,
    IPageContentParser pageContentParser,
    ParsingOptions parsingOptions)
    : BasePageFactory<PdfPageWork>(pdfScanner, resourceStore, filterProvider, pageContentParser, parsingOptions)
{
    protected override PdfPageWork ProcessPage(int pageNumber, DictionaryToken dictionary, NamedDestinations namedDestinations,
        MediaBox mediaBox, CropBox cropBox, UserSpaceUnit userSpaceUnit, PageRotationDegrees rotation,
        TransformationMatrix initialMatrix, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        var budget = ((PdfBudgetOptions)ParsingOptions).Budget;
        var counter = new PdfWorkCounter(budget, pageNumber, ResourceStore, PdfScanner, PageContentParser, FilterProvider,
            cropBox, userSpaceUnit, rotation, initialMatrix, ParsingOptions);
        return counter.Process(pageNumber, operations);
    }
}
