namespace Summarizer.Core.Engines.Extractive;

/// <summary>The extractive engine's stages, in the order they run for one article.</summary>
internal enum ExtractiveStage
{
    /// <summary>Language detection and sentence splitting, with captions cut apart and furniture left out.</summary>
    Segment,

    /// <summary>Words to term ids and sentences to tf-isf vectors.</summary>
    Analyze,

    /// <summary>The similarity graph, sentence scores, the summary's sentences and the key sentences.</summary>
    Rank,

    /// <summary>Compression of the chosen sentences (English).</summary>
    Shorten,

    /// <summary>The bullets that add to the summary.</summary>
    KeyPoints,

    /// <summary>Salient names and topics.</summary>
    KeyPhrases,
}
