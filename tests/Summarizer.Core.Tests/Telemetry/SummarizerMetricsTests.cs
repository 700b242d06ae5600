using System.Diagnostics.Metrics;
using Summarizer.Core.Telemetry;

namespace Summarizer.Core.Tests.Telemetry;

/// <summary>The queue-age API the queue function calls: seconds on the <c>Summarizer</c> meter, never negative.</summary>
public sealed class SummarizerMetricsTests
{
    [Fact]
    public void RecordQueueAge_RecordsSecondsAndClampsClockSkewToZero()
    {
        var recorded = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SummarizerTelemetry.Name && instrument.Name == "summarizer.queue.age")
            {
                Assert.Equal("s", instrument.Unit);
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => { lock (recorded) { recorded.Add(value); } });
        listener.Start();

        SummarizerMetrics.RecordQueueAge(TimeSpan.FromSeconds(90.5));
        SummarizerMetrics.RecordQueueAge(TimeSpan.FromSeconds(-3));

        Assert.Equal([90.5, 0], recorded);
    }
}
