namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Scores every sentence from several signals: position-aware centrality in the similarity graph (PacSum: what later
/// sentences build on counts, what merely repeats earlier ones counts against), a lead prior, overlap with the title,
/// and length. Returns the scores and the similarity matrix the selector reuses for redundancy.
/// </summary>
internal static class SentenceRanker
{
    public static (double[] Scores, double[,] Similarity) Rank(AnalyzedDocument document, string? title, bool english, ExtractiveWeights weights)
    {
        var n = document.Sentences.Count;
        var similarity = new double[n, n];
        var min = double.MaxValue;
        var max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var sim = document.Vectors[i].Cosine(document.Vectors[j]);
                similarity[i, j] = sim;
                similarity[j, i] = sim;
                min = Math.Min(min, sim);
                max = Math.Max(max, sim);
            }
        }

        var centrality = new double[n];
        if (n > 1)
        {
            var threshold = min + weights.EdgeThreshold * (max - min);
            for (var i = 0; i < n; i++)
            {
                double forward = 0, backward = 0;
                for (var j = 0; j < n; j++)
                {
                    var edge = similarity[i, j] - threshold;
                    if (j == i || edge <= 0)
                    {
                        continue;
                    }

                    if (j > i)
                    {
                        forward += edge;
                    }
                    else
                    {
                        backward += edge;
                    }
                }

                centrality[i] = forward + weights.BackwardEdges * backward;
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
                - (QuotedSpeech.Fraction(document.Sentences[i].Text) > 0.5 ? weights.Quote : 0)
                - (english && DependentOpening.Applies(document.Sentences[i].Text) ? weights.DependentOpening : 0)
                - weights.LengthPenalty * excess;
        }

        return (scores, similarity);
    }

    private static double[]? TitleOverlap(AnalyzedDocument document, string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var spans = new List<(int Start, int Length)>();
        WordSpans.Collect(title, spans);
        var titleTerms = new HashSet<int>();
        foreach (var (start, length) in spans)
        {
            var term = document.Lexicon.Lookup(title.AsSpan(start, length));
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
