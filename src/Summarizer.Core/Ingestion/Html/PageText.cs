namespace Summarizer.Core.Ingestion.Html;

/// <summary>The text of a page's main content and the stretches of it that are asides (see <see cref="Article.Asides"/>).</summary>
internal sealed record PageText(string Text, IReadOnlyList<Range> Asides);
