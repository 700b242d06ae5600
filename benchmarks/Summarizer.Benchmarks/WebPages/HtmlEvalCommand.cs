using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// <c>html-eval OUTPUT_DIR [DEV_FILE]</c>: runs our decoder and SmartReader over every dev page and writes
/// <c>ours.jsonl</c> and <c>smartreader.jsonl</c> (<c>{"id", "text"}</c> lines) for <c>html_f1.py</c> to score,
/// plus a rough wall-clock time per page (the real timing is <see cref="WebPageBenchmarks"/>).
/// </summary>
internal static class HtmlEvalCommand
{
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
        // One warm-up pass so the printed time is not dominated by JIT compilation.
        foreach (var page in pages.Take(10))
        {
            extract(page.Html);
        }

        using var output = new StreamWriter(path, append: false, new UTF8Encoding(false));
        var elapsed = TimeSpan.Zero;
        foreach (var page in pages)
        {
            var started = Stopwatch.GetTimestamp();
            var text = extract(page.Html);
            elapsed += Stopwatch.GetElapsedTime(started);
            output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = page.Id, ["text"] = text }));
        }

        Console.WriteLine($"{name}: {pages.Count} pages, {elapsed.TotalMilliseconds / pages.Count:F2} ms per page (wall clock, one pass) -> {path}");
    }
}
