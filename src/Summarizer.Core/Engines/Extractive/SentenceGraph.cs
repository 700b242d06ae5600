using System.Buffers;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Cosine similarities between sentences. Each sentence is compared with the <see cref="Band"/> sentences after it,
/// which for news-length articles is every pair; for book-length input the band keeps time and memory linear, and
/// pairs farther apart are computed on demand (only the selector asks for those, a few times).
/// </summary>
internal sealed class SentenceGraph
{
    public const int MaxBand = 256;

    // Past this many stored similarities (8 MB) the band narrows, so book-length input stays linear in memory.
    private const int MaxCells = 1 << 21;
    private const int MinBand = 16;

    private readonly SparseVector[] _vectors;
    private readonly float[] _band;

    /// <param name="vectors">One per sentence.</param>
    /// <param name="termCount">One more than the highest term id in <paramref name="vectors"/>.</param>
    public SentenceGraph(SparseVector[] vectors, int termCount)
    {
        _vectors = vectors;
        Count = vectors.Length;
        Band = Math.Min(Math.Clamp(MaxCells / Math.Max(1, Count), MinBand, MaxBand), Math.Max(0, Count - 1));
        _band = new float[Count * Band];
        Min = double.MaxValue;
        Max = double.MinValue;
        // Each sentence's weights are spread over an array indexed by term while the sentences after it are compared
        // with it, which is cheaper than merging the two vectors pair by pair.
        var dense = ArrayPool<double>.Shared.Rent(termCount);
        Array.Clear(dense, 0, termCount);
        for (var i = 0; i < Count; i++)
        {
            var last = Math.Min(Count - 1, i + Band);
            vectors[i].Scatter(dense);
            for (var j = i + 1; j <= last; j++)
            {
                var sim = vectors[i].Cosine(vectors[j], dense);
                _band[(i * Band) + (j - i - 1)] = (float)sim;
                Min = Math.Min(Min, sim);
                Max = Math.Max(Max, sim);
            }

            vectors[i].Clear(dense);
        }

        ArrayPool<double>.Shared.Return(dense);
        if (Min > Max)
        {
            Min = Max = 0;
        }
    }

    public int Count { get; }

    /// <summary>How many following sentences each sentence was compared with.</summary>
    public int Band { get; }

    /// <summary>Smallest similarity among the compared pairs.</summary>
    public double Min { get; }

    /// <summary>Largest similarity among the compared pairs.</summary>
    public double Max { get; }

    public double Similarity(int a, int b)
    {
        if (a == b)
        {
            return 1;
        }

        var (i, j) = a < b ? (a, b) : (b, a);
        return j - i <= Band ? _band[(i * Band) + (j - i - 1)] : _vectors[i].Cosine(_vectors[j]);
    }

    /// <summary>Similarities of sentence <paramref name="i"/> to the sentences after it, within the band.</summary>
    public ReadOnlySpan<float> Following(int i) =>
        _band.AsSpan(i * Band, Math.Min(Band, Count - 1 - i));
}
