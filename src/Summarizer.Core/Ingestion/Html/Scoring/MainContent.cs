using Summarizer.Core.Ingestion.Html.Parsing;


namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>The parts of a page that hold the article, in document order, and the elements inside them to leave out.</summary>
internal sealed record MainContent(IReadOnlyList<HtmlElement> Roots, IReadOnlySet<HtmlElement> Excluded);
