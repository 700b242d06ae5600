namespace Summarizer.Core.Engines;

/// <summary>A sentence the engine judged central, located in the cleaned article text.</summary>
/// <param name="Text">The sentence as it stands in the article.</param>
/// <param name="Offset">Character offset in <see cref="Ingestion.Article.Text"/>.</param>
/// <param name="Length">Length in characters.</param>
/// <param name="Score">The engine's score for it (higher is more central).</param>
public sealed record KeySentence(string Text, int Offset, int Length, double Score);
