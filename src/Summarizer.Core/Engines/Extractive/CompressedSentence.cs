namespace Summarizer.Core.Engines.Extractive;

/// <summary>A sentence as <see cref="SentenceCompressor"/> left it.</summary>
/// <param name="Text">The shortened sentence, or the sentence as written when nothing could safely go.</param>
/// <param name="OpeningDropped">Whether a dateline, agency tag or connective was removed from the start.</param>
internal readonly record struct CompressedSentence(string Text, bool OpeningDropped);
