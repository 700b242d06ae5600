namespace Summarizer.AI;

/// <summary>Which system prompt a request uses.</summary>
internal enum PromptKind
{
    /// <summary>The whole article fits one request.</summary>
    Summarize,

    /// <summary>Map step: notes on one part of a long article.</summary>
    Chunk,

    /// <summary>Reduce step: the summary of a long article from the notes on its parts.</summary>
    Combine,
}
