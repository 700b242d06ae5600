using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Geometry;
using UglyToad.PdfPig.Graphics;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.PdfFonts;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace Summarizer.Core.Ingestion.Pdf;

/// <summary>
/// PdfPig's content stream processor with every drawing call a no-op: it follows the graphics state, fonts and form
/// XObjects exactly as the real reader does and counts, inside its loops, each glyph (<see cref="RenderGlyph"/>),
/// each operation (<see cref="ProcessOperations"/>, which forms run through too) and the depth of saved graphics
/// states (<see cref="PushState"/>). Any count over its bound, or the article's time running out, ends the page with
/// <see cref="ErrorCodes.DocumentTooComplex"/>.
/// </summary>
internal sealed class PdfWorkCounter(
    DecodeBudget budget,
    int pageNumber,
    IResourceStore resourceStore,
    IPdfTokenScanner pdfScanner,
    IPageContentParser pageContentParser,
    ILookupFilterProvider filterProvider,
    CropBox cropBox,
    UserSpaceUnit userSpaceUnit,
    PageRotationDegrees rotation,
    TransformationMatrix initialMatrix,
    ParsingOptions parsingOptions)
    : BaseStreamProcessor<PdfPageWork>(pageNumber, resourceStore, pdfScanner, pageContentParser, filterProvider, cropBox,
        userSpaceUnit, rotation, initialMatrix, parsingOptions)
{
    /// <summary>Glyphs one page may draw. A page of 4-point type holds about 40,000; the letters of 100,000 take about 50 MB.</summary>
    public const int MaxPageCharacters = 100_000;

    /// <summary>Operations one page may run, forms included. Detailed maps and charts run a few hundred thousand.</summary>
    public const int MaxPageOperations = 1_000_000;

    /// <summary>Graphics states one page may save without restoring. Each is a full copy of the state.</summary>
    public const int MaxStateDepth = 1_000;

    /// <summary>How often, in operations or glyphs, the clock is read.</summary>
    private const int TimeCheckInterval = 4096;

    private readonly long _charactersBefore = budget.Characters;
    private int _characters;
    private int _operations;

    public override PdfPageWork Process(int pageNumberCurrent, IReadOnlyList<IGraphicsStateOperation> operations)
    {
        ProcessOperations(operations);
        return new PdfPageWork(_characters, _operations);
    }

    protected override void ProcessOperations(IReadOnlyList<IGraphicsStateOperation> operations)
    {
        foreach (var operation in operations)
        {
            if (++_operations > MaxPageOperations)
            {
                throw TooComplex($"runs more than {MaxPageOperations:N0} drawing operations");
            }

            if (_operations % TimeCheckInterval == 0)
            {
                budget.ThrowIfOverTime("the PDF");
            }

            operation.Run(this);
        }
    }

    public override void PushState()
    {
        if (StackSize >= MaxStateDepth)
        {
            throw TooComplex($"saves its graphics state more than {MaxStateDepth:N0} times without restoring it");
        }

        base.PushState();
    }

    public override void RenderGlyph(IFont font, CurrentGraphicsState currentState, double fontSize, double pointSize, int code,
        string unicode, long currentOffset, in TransformationMatrix renderingMatrix, in TransformationMatrix textMatrix,
        in TransformationMatrix transformationMatrix, CharacterBoundingBox characterBoundingBox)
    {
        if (++_characters > MaxPageCharacters)
        {
            throw TooComplex($"draws more than {MaxPageCharacters:N0} characters, more than any real page holds");
        }

        if (_charactersBefore + _characters > budget.MaxPdfCharacters)
        {
            throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                $"The PDF draws more than {budget.MaxPdfCharacters:N0} characters of text by page {PageNumber}: more than a summary "
                + "can use, or far more than a file of its size holds (its pages repeat or overlay the same content); it is too complex to summarise.");
        }

        if (_characters % TimeCheckInterval == 0)
        {
            budget.ThrowIfOverTime("the PDF");
        }
    }

    private SummarizerException TooComplex(string what) =>
        new(ErrorCodes.DocumentTooComplex, $"Page {PageNumber} of the PDF {what}; it is too complex to summarise.");

    // Nothing is drawn: paths, clips, images, shading and marked content only matter to a renderer.
    protected override void RenderXObjectImage(XObjectContentRecord xObjectContentRecord)
    {
    }

    public override void BeginSubpath()
    {
    }

    public override PdfPoint? CloseSubpath() => null;

    public override void StrokePath(bool close)
    {
    }

    public override void FillPath(FillingRule fillingRule, bool close)
    {
    }

    public override void FillStrokePath(FillingRule fillingRule, bool close)
    {
    }

    public override void MoveTo(double x, double y)
    {
    }

    public override void BezierCurveTo(double x2, double y2, double x3, double y3)
    {
    }

    public override void BezierCurveTo(double x1, double y1, double x2, double y2, double x3, double y3)
    {
    }

    public override void LineTo(double x, double y)
    {
    }

    public override void Rectangle(double x, double y, double width, double height)
    {
    }

    public override void EndPath()
    {
    }

    public override void ClosePath()
    {
    }

    public override void ModifyClippingIntersect(FillingRule clippingRule)
    {
    }

    protected override void ClipToRectangle(PdfRectangle rectangle, FillingRule clippingRule)
    {
    }

    protected override void RenderInlineImage(InlineImage inlineImage)
    {
    }

    public override void BeginMarkedContent(NameToken name, NameToken? propertyDictionaryName, DictionaryToken? properties)
    {
    }

    public override void EndMarkedContent()
    {
    }

    public override void PaintShading(NameToken shadingName)
    {
    }
}
