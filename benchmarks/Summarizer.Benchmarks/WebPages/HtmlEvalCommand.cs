using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// <c>html-eval OUTPUT_DIR [DEV_FILE]</c>: runs our decoder and SmartReader over every dev page and writes
/// <c>ours.jsonl</c> and <c>smartreader.jsonl</c> (<c>{"id", "text"}</c> lines) for <c>html_f1.py</c> to score,
/// plus a rough time per page (the reference timing is <see cref="WebPageBenchmarks"/>).
/// </summary>
internal static class HtmlEvalCommand
{
    private const int TimedPasses = 3;

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: html-eval OUTPUT_DIR [DEV_FILE]");
            return 2;
        }

        var pages = DevPages.Load(args.Length > 1 ? args[1] : DevPages.Locate());
        Directory.CreateDirectory(args[0]);
        Write(Path.Combine(args[0], "ours.jsonl"), "ours", pages, WebPageExtractors.Ours);
        Write(Path.Combine(args[0], "smartreader.jsonl"), "smartreader", pages, WebPageExtractors.SmartReader);
        return 0;
    }

    private static void Write(string path, string name, IReadOnlyList<DevPage> pages, Func<string, string> extract)
    {
        using (var output = new StreamWriter(path, append: false, new UTF8Encoding(false)))
        {
            foreach (var page in pages)
            {
                output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = page.Id, ["text"] = extract(page.Html) }));
            }
        }

        // The pass above warmed the JIT up; these are timed. Processor time is shown beside wall-clock time because
        // on a shared machine the wall clock also counts the time other processes held the cores.
        var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        for (var pass = 0; pass < TimedPasses; pass++)
        {
            foreach (var page in pages)
            {
                extract(page.Html);
            }
        }

        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds / (TimedPasses * pages.Count);
        process.Refresh();
        var processor = (process.TotalProcessorTime - processorBefore).TotalMilliseconds / (TimedPasses * pages.Count);
        Console.WriteLine($"{name}: {pages.Count} pages -> {path}; per page {wall:F2} ms wall clock, {processor:F2} ms processor time (mean of {TimedPasses} passes)");
    }
}
