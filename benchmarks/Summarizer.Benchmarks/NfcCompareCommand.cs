using System.Diagnostics;
using System.Globalization;
using System.Text;
using Summarizer.Benchmarks.WebPages;
using Summarizer.Core.Ingestion.Unicode;

namespace Summarizer.Benchmarks;

/// <summary>
/// <c>nfc-compare NORMALIZATION_TEST [DEV_FILE]</c>: the own NFC normaliser against ICU's <see cref="string.Normalize()"/>,
/// in a build with ICU (<c>-p:InvariantGlobalization=false</c>; invariant mode's Normalize returns its input). Counts
/// the strings on which the two disagree, then times both alternately over the test file's source strings and the text
/// of the dev pages (each page's text decomposed first, so every page needs work), and prints per-megabyte medians.
/// </summary>
internal static class NfcCompareCommand
{
    private const int Pairs = 7;

    public static int Run(string[] args)
    {
        if ("e\u0301".Normalize() != "\u00E9")
        {
            Console.Error.WriteLine("nfc-compare needs ICU: build with -p:InvariantGlobalization=false.");
            return 2;
        }

        var sources = File.ReadLines(args[0])
            .Where(line => line.Length > 0 && line[0] is not ('#' or '@'))
            .Select(line => FromCodePoints(line.Split(';')[0]))
            .ToArray();
        var pages = DevPages.Load(args.Length > 1 ? args[1] : DevPages.Locate())
            .Select(page => WebPageExtractors.Ours(page.Html).Normalize(NormalizationForm.FormD))
            .Where(text => text.Length > 0)
            .ToArray();
        Console.WriteLine($"own tables: Unicode {NfcData.UnicodeVersion}; ICU: the system's");
        Console.WriteLine($"disagreements: {sources.Count(s => NfcNormalizer.Normalize(s) != s.Normalize())} of {sources.Length} test strings, "
            + $"{pages.Count(p => NfcNormalizer.Normalize(p) != p.Normalize())} of {pages.Length} pages");

        foreach (var (name, corpus) in new[] { ("test strings", sources), ("dev page text, decomposed", pages) })
        {
            var megabytes = corpus.Sum(text => text.Length) * 2 / 1e6;
            var own = new List<double>();
            var icu = new List<double>();
            for (var pair = 0; pair <= Pairs; pair++)
            {
                var ownMs = Time(corpus, NfcNormalizer.Normalize);
                var icuMs = Time(corpus, text => text.Normalize());
                if (pair > 0)
                {
                    own.Add(ownMs / megabytes);
                    icu.Add(icuMs / megabytes);
                }
            }

            Console.WriteLine($"{name} ({megabytes:F1} MB): own {Median(own):F1} ms/MB, ICU {Median(icu):F1} ms/MB (medians of {Pairs} alternating passes)");
        }

        return 0;
    }

    private static double Time(string[] corpus, Func<string, string> normalize)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var text in corpus)
        {
            normalize(text);
        }

        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static string FromCodePoints(string hex) => string.Concat(hex.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(point => char.ConvertFromUtf32(int.Parse(point, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
}
