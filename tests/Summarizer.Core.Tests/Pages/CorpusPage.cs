namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// One page of the page corpus (<c>Fixtures/Pages/pages.json</c>): where its bytes are, what kind of page it is, where it
/// came from, and what a reader expects of it. The expectations were written by reading the page, not from our output.
/// </summary>
/// <param name="Id">Stable name, used in the known-gaps list.</param>
/// <param name="File">The page's bytes, relative to the corpus folder, exactly as a server would send them.</param>
/// <param name="Kind">wikipedia, government, blog, shop, forum, news, news-non-english, magazine, docs, organisation or legacy-encoding.</param>
/// <param name="Language">BCP 47 tag of the page's main text (a language, and a script where it matters: zh-Hant).</param>
/// <param name="Charset">The charset the page declares, and what its bytes really are where that differs (for reading only).</param>
/// <param name="Must">Lines that must appear in the extracted main text.</param>
/// <param name="Never">Lines that must never appear in the extracted text (navigation, banners, comments, footers).</param>
/// <param name="NeverInSummary">Lines that must never appear in a summary sentence or key point (captions, credits, references).</param>
public sealed record CorpusPage(
    string Id,
    string File,
    string Kind,
    string Language,
    string Charset,
    PageSource Source,
    IReadOnlyList<string> Must,
    IReadOnlyList<string> Never,
    IReadOnlyList<string> NeverInSummary);
