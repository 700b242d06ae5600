using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Summarizer.Core.Engines;
using Summarizer.Core.Engines.Extractive;
using Summarizer.Core.Ingestion;

namespace Summarizer.Benchmarks;

/// <summary>
/// <c>stage-profile FILE.jsonl [PASSES]</c>: where one thread's time and allocations go per article, stage by stage
/// (decode, the engine's stages, the result), over the records of a JSON Lines file (the eval DEV sets: a "text" field).
/// Times are the thread's processor time (on Linux; wall clock elsewhere), which a busy shared machine inflates much less
/// than wall clock. Each pass runs every record; the fastest pass of each stage is shown.
/// Allocations are exact (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). For the whole process, and for a verdict
/// against another commit, use scripts/bench-compare.sh.
/// </summary>
internal static class StageProfileCommand
{
    private const int WarmUpPasses = 3;

    private static readonly string[] Stages = ["Decode", .. Enum.GetNames<ExtractiveStage>(), "Result"];

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: stage-profile FILE.jsonl [PASSES]");
            return 2;
        }

        var inputs = File.ReadLines(args[0]).Where(line => line.Length > 0)
            .Select(line => new ArticleInput(Encoding.UTF8.GetBytes(JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!), ContentType: "text/plain"))
            .ToArray();
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var profile = new Profile(inputs.Length);
        for (var pass = 0; pass < WarmUpPasses + passes; pass++)
        {
            profile.Run(inputs, measured: pass >= WarmUpPasses);
        }

        profile.Print();
        return 0;
    }

    // The calling thread's processor time in seconds: CLOCK_THREAD_CPUTIME_ID on Linux, else the wall clock.
    private static double ThreadTime()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(3, out var time) == 0)
        {
            return time.Seconds + (time.Nanoseconds * 1e-9);
        }

        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private sealed class Profile(int articles)
    {
        private readonly ArticleDecoder _decoder = new();
        private readonly ExtractiveSummarizer _engine = new();
        private readonly double[] _best = Enumerable.Repeat(double.MaxValue, Stages.Length).ToArray();
        private readonly long[] _bytes = new long[Stages.Length];
        private readonly double[] _pass = new double[Stages.Length];
        private double _time;
        private long _allocated;

        public void Run(ArticleInput[] inputs, bool measured)
        {
            Array.Clear(_pass);
            Array.Clear(_bytes);
            var stageEnded = (Action<ExtractiveStage>)(stage => Charge(1 + (int)stage));
            foreach (var input in inputs)
            {
                _time = ThreadTime();
                _allocated = GC.GetAllocatedBytesForCurrentThread();
                var article = _decoder.Decode(input);
                Charge(0);
                _engine.Summarize(article, SummaryOptions.Default with { Sentences = 3 }, stageEnded);
                Charge(Stages.Length - 1);
            }

            if (measured)
            {
                for (var i = 0; i < Stages.Length; i++)
                {
                    _best[i] = Math.Min(_best[i], _pass[i]);
                }
            }
        }

        public void Print()
        {
            Console.WriteLine($"{"stage",-12} {"µs/article",10} {"bytes/article",14}   ({articles} articles, processor time, fastest pass per stage)");
            for (var i = 0; i < Stages.Length; i++)
            {
                Console.WriteLine($"{Stages[i],-12} {_best[i] * 1e6 / articles,10:F1} {_bytes[i] / articles,14:N0}");
            }

            Console.WriteLine($"{"total",-12} {_best.Sum() * 1e6 / articles,10:F1} {_bytes.Sum() / articles,14:N0}");
        }

        private void Charge(int stage)
        {
            var now = ThreadTime();
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            _pass[stage] += now - _time;
            _bytes[stage] += allocated - _allocated;
            _time = now;
            _allocated = allocated;
        }
    }
}
