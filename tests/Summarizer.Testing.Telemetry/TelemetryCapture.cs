using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Summarizer.Core.Telemetry;

namespace Summarizer.Testing.Telemetry;

/// <summary>
/// Listens to the app's sources and meters (as a host does) with the in-memory exporters, for as long as it lives.
/// Sources and meters are process-wide: a test that counts metrics runs in a serial collection, or filters by a tag
/// only it uses; spans are told apart by trace.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly LockedList<Activity> _spans = new();
    private readonly LockedList<MetricSnapshot> _metrics = new();
    private readonly TracerProvider _tracing;
    private readonly MeterProvider _meters;

    public TelemetryCapture()
    {
        _tracing = Sdk.CreateTracerProviderBuilder().AddSource([.. SummarizerTelemetry.SourceNames]).AddInMemoryExporter(_spans).Build();
        _meters = Sdk.CreateMeterProviderBuilder().AddMeter([.. SummarizerTelemetry.MeterNames]).AddInMemoryExporter(_metrics).Build();
    }

    /// <summary>Every span ended so far.</summary>
    public IReadOnlyList<Activity> Spans()
    {
        _tracing.ForceFlush();
        return _spans.Snapshot();
    }

    /// <summary>The sum of counter <paramref name="name"/> over the points carrying every one of <paramref name="tags"/>; 0 when none.</summary>
    public long Sum(string name, params (string Key, object Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetSumLong());

    /// <summary>How many values histogram <paramref name="name"/> recorded on the points carrying every one of <paramref name="tags"/>.</summary>
    public long Count(string name, params (string Key, object Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetHistogramCount());

    /// <summary>The sum of the values histogram <paramref name="name"/> recorded on the points carrying every one of <paramref name="tags"/>.</summary>
    public double HistogramSum(string name, params (string Key, object Value)[] tags) =>
        Points(name, tags).Sum(p => p.GetHistogramSum());

    /// <summary>Tag sets of every point of metric <paramref name="name"/>.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> TagSets(string name) =>
        Points(name, []).Select(p => (IReadOnlyDictionary<string, object?>)Tags(p)).ToList();

    public void Dispose()
    {
        _tracing.Dispose();
        _meters.Dispose();
    }

    private List<MetricPoint> Points(string name, (string Key, object Value)[] tags)
    {
        _meters.ForceFlush();
        // Cumulative temporality: the latest export holds the totals so far.
        var latest = _metrics.Snapshot().LastOrDefault(m => m.Name == name);
        return latest is null
            ? []
            : latest.MetricPoints.Where(p =>
            {
                var pointTags = Tags(p);
                return tags.All(t => pointTags.TryGetValue(t.Key, out var value) && Equals(value, t.Value));
            }).ToList();
    }

    private static Dictionary<string, object?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    // Exports can come from any thread (storage spans end on pool threads, from other tests too).
    private sealed class LockedList<T> : ICollection<T>
    {
        private readonly List<T> _items = [];

        public int Count { get { lock (_items) { return _items.Count; } } }

        public bool IsReadOnly => false;

        public List<T> Snapshot() { lock (_items) { return [.. _items]; } }

        public void Add(T item) { lock (_items) { _items.Add(item); } }

        public void Clear() { lock (_items) { _items.Clear(); } }

        public bool Contains(T item) { lock (_items) { return _items.Contains(item); } }

        public void CopyTo(T[] array, int arrayIndex) { lock (_items) { _items.CopyTo(array, arrayIndex); } }

        public bool Remove(T item) { lock (_items) { return _items.Remove(item); } }

        public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
