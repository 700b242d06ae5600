namespace Summarizer.Core.Engines.Extractive;

/// <summary>A sentence as weighted terms, sorted by term id so two vectors meet in one merge pass.</summary>
internal sealed class SparseVector
{
    private static readonly SparseVector Empty = new([], []);
    private readonly int[] _terms;
    private readonly double[] _weights;

    private SparseVector(int[] terms, double[] weights)
    {
        _terms = terms;
        _weights = weights;
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w * w;
        }

        Norm = Math.Sqrt(sum);
    }

    public double Norm { get; }

    public ReadOnlySpan<int> Terms => _terms;

    /// <summary>
    /// The weight of one occurrence of a term found in <c>sf</c> of <paramref name="sentenceCount"/> sentences, at index
    /// <c>sf</c> (1 to <paramref name="sentenceCount"/>): log(1 + n / sf). A document has few distinct frequencies, so
    /// it takes each logarithm once instead of once per term of every sentence.
    /// </summary>
    public static double[] InverseSentenceFrequencies(int sentenceCount)
    {
        var weights = new double[sentenceCount + 1];
        for (var frequency = 1; frequency <= sentenceCount; frequency++)
        {
            weights[frequency] = Math.Log(1.0 + (double)sentenceCount / frequency);
        }

        return weights;
    }

    /// <summary>Term frequency times inverse sentence frequency, so words found in every sentence weigh little.</summary>
    /// <param name="words">The sentence's term ids, stop words (negative) included.</param>
    /// <param name="sentenceFrequency">In how many sentences each term occurs.</param>
    /// <param name="inverseSentenceFrequencies">From <see cref="InverseSentenceFrequencies"/> for the document.</param>
    public static SparseVector TfIsf(ReadOnlySpan<int> words, int[] sentenceFrequency, ReadOnlySpan<double> inverseSentenceFrequencies)
    {
        Span<int> sorted = words.Length <= 256 ? stackalloc int[words.Length] : new int[words.Length];
        var n = 0;
        foreach (var t in words)
        {
            if (t >= 0)
            {
                sorted[n++] = t;
            }
        }

        if (n == 0)
        {
            return Empty;
        }

        sorted = sorted[..n];
        sorted.Sort();
        var distinct = 1;
        for (var i = 1; i < n; i++)
        {
            if (sorted[i] != sorted[i - 1])
            {
                distinct++;
            }
        }

        var terms = new int[distinct];
        var weights = new double[distinct];
        var k = -1;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                k++;
                terms[k] = sorted[i];
            }

            weights[k]++;
        }

        for (var i = 0; i < distinct; i++)
        {
            weights[i] *= inverseSentenceFrequencies[sentenceFrequency[terms[i]]];
        }

        return new SparseVector(terms, weights);
    }

    /// <summary>Writes this vector's weights into <paramref name="dense"/> at their terms (see <see cref="Cosine(SparseVector, ReadOnlySpan{double})"/>).</summary>
    public void Scatter(Span<double> dense)
    {
        for (var i = 0; i < _terms.Length; i++)
        {
            dense[_terms[i]] = _weights[i];
        }
    }

    /// <summary>Sets this vector's terms in <paramref name="dense"/> back to 0.</summary>
    public void Clear(Span<double> dense)
    {
        foreach (var t in _terms)
        {
            dense[t] = 0;
        }
    }

    /// <summary>
    /// The same value as <see cref="Cosine(SparseVector)"/>, with this vector already scattered into
    /// <paramref name="dense"/>: one pass over the other vector's terms instead of a merge of both, the products summed in
    /// the same order (increasing term id), so the result is identical to the last bit.
    /// </summary>
    public double Cosine(SparseVector other, ReadOnlySpan<double> dense)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        var terms = other._terms;
        var weights = other._weights;
        for (var j = 0; j < terms.Length; j++)
        {
            var weight = dense[terms[j]];
            if (weight != 0)
            {
                dot += weight * weights[j];
            }
        }

        return dot / (Norm * other.Norm);
    }

    public double Cosine(SparseVector other)
    {
        if (Norm == 0 || other.Norm == 0)
        {
            return 0;
        }

        double dot = 0;
        int i = 0, j = 0;
        var a = _terms;
        var b = other._terms;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                dot += _weights[i++] * other._weights[j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return dot / (Norm * other.Norm);
    }

    /// <summary>Share of this vector's distinct terms that <paramref name="terms"/> contains.</summary>
    public double Coverage(HashSet<int> terms)
    {
        if (_terms.Length == 0)
        {
            return 0;
        }

        var hits = 0;
        foreach (var t in _terms)
        {
            if (terms.Contains(t))
            {
                hits++;
            }
        }

        return (double)hits / _terms.Length;
    }
}
