namespace Summarizer.Core.Text;

/// <summary>Where a sentence lies in the text, without its string: what the allocation-free enumeration yields.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Paragraph">Zero-based index of the block (paragraph, heading, list item) the sentence belongs to.</param>
public readonly record struct SentenceBounds(int Start, int Length, int Paragraph)
{
    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;
}
