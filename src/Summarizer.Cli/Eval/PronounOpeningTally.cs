using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Eval;

/// <summary>Counts, over every scored summary, the sentences that open with a pronoun. Add from one thread.</summary>
internal sealed class PronounOpeningTally
{
    public int Openings { get; private set; }

    public int Sentences { get; private set; }

    /// <summary>Share of sentences opening with a pronoun, in per cent.</summary>
    public double Percent => Sentences == 0 ? 0 : 100.0 * Openings / Sentences;

    public void Add(string summary)
    {
        var (openings, sentences) = PronounOpening.Count(summary);
        Openings += openings;
        Sentences += sentences;
    }
}
