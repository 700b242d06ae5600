using Microsoft.Extensions.Time.Testing;
using Summarizer.Core.Documents;
using Summarizer.Core.Engines;
using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Budgets;

/// <summary>
/// Runs articles through the whole path a host runs (decode, the engine's stages, the stored document's JSON) on the
/// calling thread and charges every byte that thread allocates to the stage that allocated it
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>: exact, unlike time). The first run fills the caches (the
/// per-thread ones, and each language's word cache, shared by the process, whose bound of 100,000 forms no test comes
/// near) and the static tables, so callers measure a second run: the steady state a batch or a function app is in.
/// </summary>
internal sealed class StageAllocations
{
    /// <summary>Stage names, in the order they run: decode, the engine's stages, the engine's result record, serialise.</summary>
    public static IReadOnlyList<string> Stages { get; } = ["Decode", .. Enum.GetNames<ExtractiveStage>(), "Result", "Serialize"];

    private const int Decode = 0;
    private static readonly int Result = Stages.Count - 2;
    private static readonly int Serialize = Stages.Count - 1;

    private readonly ArticleDecoder _decoder = new();
    private readonly ExtractiveSummarizer _engine = new();
    private readonly SummaryDocumentFactory _documents = new(new FakeTimeProvider(DateTimeOffset.UnixEpoch));
    private readonly long[] _bytes = new long[Stages.Count];
    private long _mark;

    /// <summary>Mean bytes allocated per article by each stage over <paramref name="articles"/>, by stage name.</summary>
    public IReadOnlyDictionary<string, long> MeanPerArticle(IReadOnlyList<BudgetArticle> articles)
    {
        Array.Clear(_bytes);
        // Engine stages follow Decode in the list, in their enum order.
        var stageEnded = (Action<ExtractiveStage>)(stage => Charge(1 + (int)stage));
        foreach (var (input, title) in articles)
        {
            _mark = GC.GetAllocatedBytesForCurrentThread();
            var article = _decoder.Decode(input);
            article = title is null ? article : article with { Title = title };
            Charge(Decode);
            var summary = _engine.Summarize(article, SummaryOptions.Default, stageEnded);
            Charge(Result);
            GC.KeepAlive(SummaryDocumentSerializer.ToUtf8Bytes(_documents.Create(input, article, summary)));
            Charge(Serialize);
        }

        return Stages.Select((name, i) => (name, i)).ToDictionary(s => s.name, s => _bytes[s.i] / articles.Count, StringComparer.Ordinal);
    }

    private void Charge(int stage)
    {
        var now = GC.GetAllocatedBytesForCurrentThread();
        _bytes[stage] += now - _mark;
        _mark = now;
    }
}
