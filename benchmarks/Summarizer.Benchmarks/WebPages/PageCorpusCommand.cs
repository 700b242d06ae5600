using System.Globalization;
using System.Text;
using Summarizer.Core.Tests.Pages;

namespace Summarizer.Benchmarks.WebPages;

/// <summary>
/// <c>page-corpus [CORPUS_DIR] [--dump DIR] [--write-gaps]</c>: runs the repository's page corpus (tests/…/Fixtures/Pages)
/// through the decoder and the embedded summariser, as the ratchet test PageCorpusTests does, and prints per kind and
/// overall: pages refused, must-lines found, never-lines leaked into the text, furniture lines in summaries or key points,
/// and every failure. <c>--dump</c> writes each page's extracted text and summary lines for reading by eye;
/// <c>--write-gaps</c> rewrites the corpus's known-gaps.tsv as exactly today's failures (its # header is kept).
/// </summary>
internal static class PageCorpusCommand
{
    public const string DefaultCorpus = "tests/Summarizer.Core.Tests/Fixtures/Pages";

    public static int Run(string[] args)
    {
        var dumpAt = Array.IndexOf(args, "--dump");
        var dump = dumpAt >= 0 && dumpAt + 1 < args.Length ? args[dumpAt + 1] : null;
        var writeGaps = args.Contains("--write-gaps");
        var positional = args.Where((a, i) => a != "--write-gaps" && (dumpAt < 0 || (i != dumpAt && i != dumpAt + 1))).ToArray();
        var corpus = PageCorpus.Load(positional.Length > 0 ? positional[0] : DefaultCorpus);
        var outcomes = corpus.Pages.Select(page => PageCorpusEvaluator.Evaluate(page, corpus.ReadBytes(page))).ToList();

        Console.WriteLine($"{"kind",-18} {"pages",5} {"refused",7} {"must found",14} {"never leaked",14} {"summary furniture",18}");
        foreach (var group in outcomes.GroupBy(o => o.Page.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(Row(group.Key, group.ToList()));
        }

        Console.WriteLine(Row("all", outcomes));
        Console.WriteLine();
        var gaps = outcomes.SelectMany(o => o.Gaps).Select(g => g.ToString()).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"Failures ({gaps.Count}; page, check, line):");
        foreach (var gap in gaps)
        {
            Console.WriteLine("  " + gap.Replace("\t", "  ", StringComparison.Ordinal));
        }

        if (dump is not null)
        {
            Dump(dump, outcomes);
        }

        if (writeGaps)
        {
            WriteGaps(Path.Combine(corpus.Directory, PageCorpus.KnownGapsName), gaps);
        }

        return 0;
    }

    private static string Row(string kind, List<PageOutcome> outcomes)
    {
        var refused = outcomes.Count(o => o.RefusedCode is not null);
        var read = outcomes.Where(o => o.RefusedCode is null).ToList();
        var must = outcomes.Sum(o => o.Page.Must.Count);
        var found = read.Sum(o => o.Page.Must.Count - o.Gaps.Count(g => g.Check == PageGap.Must));
        var never = read.Sum(o => o.Page.Never.Count);
        var leaked = read.Sum(o => o.Gaps.Count(g => g.Check == PageGap.Never));
        var furniture = read.Sum(o => o.Gaps.Count(g => g.Check == PageGap.Summary));
        var furnitureLines = read.Sum(o => o.Page.NeverInSummary.Count);
        return string.Create(CultureInfo.InvariantCulture,
            $"{kind,-18} {outcomes.Count,5} {refused,7} {Percent(found, must),14} {Percent(leaked, never),14} {$"{furniture}/{furnitureLines}",18}");
    }

    // Must-lines of refused pages count as not found; never-lines of refused pages are not counted (nothing leaked).
    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} {100.0 * part / whole:F1}%");

    private static void WriteGaps(string path, List<string> gaps)
    {
        var header = File.Exists(path) ? File.ReadAllLines(path).TakeWhile(line => line.StartsWith('#')).ToList() : [];
        File.WriteAllLines(path, header.Concat(gaps), new UTF8Encoding(false));
        Console.WriteLine($"{gaps.Count} known gaps written to {path}");
    }

    private static void Dump(string directory, List<PageOutcome> outcomes)
    {
        Directory.CreateDirectory(directory);
        foreach (var outcome in outcomes)
        {
            var text = new StringBuilder()
                .AppendLine(outcome.RefusedCode is null ? "== text" : $"== refused: {outcome.RefusedCode}")
                .AppendLine(outcome.Text)
                .AppendLine("== summary sentences, then key points");
            foreach (var line in outcome.SummaryLines)
            {
                text.Append("- ").AppendLine(line);
            }

            File.WriteAllText(Path.Combine(directory, outcome.Page.Id + ".txt"), text.ToString(), new UTF8Encoding(false));
        }

        Console.WriteLine($"Text and summaries of {outcomes.Count} pages written to {directory}");
    }
}
