namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// Where a corpus page was taken from: a public repository's file at a commit, under that repository's licence. A page
/// whose copy was found without its repository (see the corpus README) has a null <see cref="Repo"/> and
/// <see cref="Commit"/>, and <see cref="Path"/> is the page's own address.
/// </summary>
/// <param name="Reduced">True when parts of the page were cut to keep the corpus small; each cut is marked in the page (see the corpus README).</param>
public sealed record PageSource(string? Repo, string Path, string? Commit, string Licence, bool Reduced);
