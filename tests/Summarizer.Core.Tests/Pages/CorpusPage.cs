namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// One page of the page corpus (<c>Fixtures/Pages/pages.json</c>): where its bytes are, what kind of page it is, where it
/// came from, and what a reader expects of it. The expectations were written by reading the page, not from our output.
/// </summary>
/// <param name="Id">Stable name, used in the known-gaps list.</param>
/// <param name="File">The page's bytes, relative to the corpus folder, exactly as a server would send them.</param>
/// <param name="Kind">wikipedia, government, blog, shop, forum, news, news-non-english, magazine, docs or legacy-encoding.</param>
/// <param name="Language">ISO 639-1 code of the page's main text.</param>
/// <param name="Charset">The charset the page declares (meta tag), or null when it declares none.</param>
/// <param name="Must">Lines that must appear in the extracted main text.</param>
/// <param name="Never">Lines that must never appear in the extracted text (navigation, banners, comments, footers).</param>
/// <param name="NeverInSummary">Lines that must never appear in a summary sentence or key point (captions, credits, references).</param>
public sealed record CorpusPage(
    string Id,
    string File,
    string Kind,
    string Language,
    string? Charset,
    PageSource Source,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> Never,
    IReadOnlyList<string> NeverInSummary);
