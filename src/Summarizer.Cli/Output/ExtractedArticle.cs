namespace Summarizer.Cli.Output;

/// <summary>One line of <c>summarizer extract --format json</c>: what the summariser reads from an input.</summary>
internal sealed record ExtractedArticle(InputSource Source, string? Title, string Text, string Language);
