using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Scores every sentence from several signals: position-aware centrality in the similarity graph (PacSum: what later
/// sentences build on counts, what merely repeats earlier ones counts against), a lead prior, overlap with the title,
/// and length. Returns the scores and the similarity graph the selector reuses for redundancy.
/// </summary>
internal static class SentenceRanker
{
    public static (double[] Scores, SentenceGraph Graph) Rank(AnalyzedDocument document, string? title, bool english, ExtractiveWeights weights)
    {
        var n = document.Sentences.Count;
        var graph = new SentenceGraph(document.Vectors, document.TermCounts.Length);
        var centrality = new double[n];
        if (n > 1)
        {
            var threshold = graph.Min + (weights.EdgeThreshold * (graph.Max - graph.Min));
            var forward = new double[n];
            var backward = new double[n];
            for (var i = 0; i < n; i++)
            {
                var following = graph.Following(i);
                for (var d = 0; d < following.Length; d++)
                {
                    var edge = following[d] - threshold;
                    if (edge > 0)
                    {
                        forward[i] += edge;
                        backward[i + d + 1] += edge;
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                centrality[i] = forward[i] + (weights.BackwardEdges * backward[i]);
            }

            NormalizeByMaxAbs(centrality);
        }

        var titleOverlap = TitleOverlap(document, title);
        var scores = new double[n];
        for (var i = 0; i < n; i++)
        {
            var words = document.WordCount(i);
            var excess = Math.Max(0, words - weights.PreferredWords) / (double)weights.PreferredWords;
            scores[i] = weights.Centrality * centrality[i]
                + weights.Position * Math.Exp(-i / weights.PositionDecay)
                + weights.Title * (titleOverlap?[i] ?? 0)
                - (document.QuotedFractions[i] > 0.5 ? weights.Quote : 0)
                - (english && DependentOpening.Applies(document.Sentences[i].Text) ? weights.DependentOpening : 0)
                - weights.LengthPenalty * excess;
        }

        return (scores, graph);
    }

    private static double[]? TitleOverlap(AnalyzedDocument document, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var titleTerms = new HashSet<int>();
        foreach (var word in WordTokenizer.EnumerateWords(title))
        {
            var term = document.Lexicon.Lookup(word.Original);
            if (term >= 0)
            {
                titleTerms.Add(term);
            }
        }

        if (titleTerms.Count == 0)
        {
            return null;
        }

        var overlap = new double[document.Sentences.Count];
        for (var i = 0; i < overlap.Length; i++)
        {
            var hits = 0;
            foreach (var t in document.Vectors[i].Terms)
            {
                if (titleTerms.Contains(t))
                {
                    hits++;
                }
            }

            overlap[i] = (double)hits / titleTerms.Count;
        }

        return overlap;
    }

    private static void NormalizeByMaxAbs(double[] values)
    {
        var maxAbs = 0.0;
        foreach (var v in values)
        {
            maxAbs = Math.Max(maxAbs, Math.Abs(v));
        }

        if (maxAbs > 0)
        {
            for (var i = 0; i < values.Length; i++)
            {
                values[i] /= maxAbs;
            }
        }
    }
}
