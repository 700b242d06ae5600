using AngleSharp.Dom;

namespace Summarizer.Core.Ingestion;

/// <summary>The parts of a page that hold the article, in document order, and the elements inside them to leave out.</summary>
internal sealed record MainContent(IReadOnlyList<IElement> Roots, IReadOnlySet<IElement> Excluded);
