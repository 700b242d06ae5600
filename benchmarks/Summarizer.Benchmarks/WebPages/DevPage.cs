namespace Summarizer.Benchmarks.WebPages;

/// <summary>One page of the web-page extraction dev set: its id and the page source.</summary>
internal sealed record DevPage(string Id, string Html);
