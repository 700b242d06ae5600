namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The few numbers that shape the extractive engine's ranking. The defaults were fitted on English news dev sets
/// (CNN/DailyMail and XSum) and checked to hold on disjoint data; change them only with a quality run to back it.
/// </summary>
public sealed record ExtractiveWeights
{
    /// <summary>Weight of position-aware graph centrality (PacSum-style) in the final score.</summary>
    public double Centrality { get; init; } = 1.0;

    /// <summary>Weight of the lead prior: earlier sentences score higher.</summary>
    public double Position { get; init; } = 2.5;

    /// <summary>How quickly the lead prior decays, in sentences.</summary>
    public double PositionDecay { get; init; } = 9.0;

    /// <summary>Penalty for a sentence that is mostly direct quotation.</summary>
    public double Quote { get; init; } = 1.0;

    /// <summary>Penalty for an English sentence that opens with a pronoun or connective, or asks a question.</summary>
    public double DependentOpening { get; init; } = 0.5;

    /// <summary>Weight of word overlap with the title, when the article has one.</summary>
    public double Title { get; init; } = 0.3;

    /// <summary>
    /// Weight of edges to earlier sentences relative to edges to later ones (PacSum's λ1/λ2): negative, because a
    /// sentence that later sentences elaborate on is a better summary sentence than one that repeats what came before.
    /// </summary>
    public double BackwardEdges { get; init; } = -0.5;

    /// <summary>Edges weaker than this fraction of the way from the weakest to the strongest similarity are dropped.</summary>
    public double EdgeThreshold { get; init; } = 0.3;

    /// <summary>Sentences shorter than this many words are not chosen while longer ones remain.</summary>
    public int MinWords { get; init; } = 7;

    /// <summary>Sentences longer than this many words (run-on captions, lists) are not chosen while shorter ones remain.</summary>
    public int MaxWords { get; init; } = 80;

    /// <summary>Penalty per word beyond <see cref="PreferredWords"/>: shorter sentences carry less off-topic detail.</summary>
    public double LengthPenalty { get; init; } = 0.5;

    public int PreferredWords { get; init; } = 25;

    /// <summary>A candidate more similar than this (cosine) to a chosen sentence is redundant.</summary>
    public double Redundancy { get; init; } = 0.6;

    /// <summary>Whether English summary sentences are shortened (tags, connectives, asides, attributions dropped).</summary>
    public bool Compress { get; init; } = true;

    public static ExtractiveWeights Default { get; } = new();
}
