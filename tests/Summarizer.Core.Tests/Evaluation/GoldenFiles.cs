using System.Text.Json;

namespace Summarizer.Core.Tests.Evaluation;

/// <summary>Golden data produced by the reference scorer (see Fixtures/make_golden.py) over texts written for these tests.</summary>
internal static class GoldenFiles
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "Fixtures");

    public static IReadOnlyList<GoldenPair> RougePairs { get; } = LoadRougePairs();

    public static IReadOnlyList<(string Word, string Stem)> PorterPairs { get; } =
        [.. File.ReadLines(Path.Combine(Folder, "porter-golden.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(parts => (parts[0], parts[1]))];

    private static List<GoldenPair> LoadRougePairs()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "rouge-golden.json")));
        return [.. json.RootElement.EnumerateArray().Select(pair => new GoldenPair(
            pair.GetProperty("reference").GetString()!,
            pair.GetProperty("hypothesis").GetString()!,
            pair.GetProperty("lang").GetString()!,
            Expected(pair, "rouge1"),
            Expected(pair, "rouge2"),
            Expected(pair, "rougeL"),
            Expected(pair, "rougeLsum")))];
    }

    private static (double Precision, double Recall, double F1) Expected(JsonElement pair, string measure)
    {
        var scores = pair.GetProperty("expected").GetProperty(measure);
        return (scores.GetProperty("precision").GetDouble(), scores.GetProperty("recall").GetDouble(), scores.GetProperty("f1").GetDouble());
    }
}
