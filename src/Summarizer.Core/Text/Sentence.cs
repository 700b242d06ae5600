namespace Summarizer.Core.Text;

/// <summary>A sentence as a span of the cleaned article text.</summary>
/// <param name="Start">Offset of the first character in the article text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Text">The sentence text, exactly <c>articleText.Substring(Start, Length)</c>.</param>
/// <param name="Paragraph">Zero-based index of the block (paragraph, heading, list item) the sentence belongs to.</param>
public readonly record struct Sentence(int Start, int Length, string Text, int Paragraph);
