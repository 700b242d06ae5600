namespace Summarizer.Core.Engines;

/// <summary>
/// Named summary lengths. Short: 2 sentences. Medium (the default): 3 sentences, the length of a news highlight block.
/// Long: 5 sentences, or a tenth of the article's sentences when that is more, at most 12.
/// </summary>
public enum LengthPreset
{
    Short,
    Medium,
    Long,
}
