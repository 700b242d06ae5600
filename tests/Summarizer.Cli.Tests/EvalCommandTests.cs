using System.Globalization;
using System.Text.Json;
using Summarizer.Core.Engines;
using Summarizer.Core.Evaluation;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    // Written for these tests: short news items with a two-line reference each.
    private static readonly (string Id, string Text, string Reference)[] Dataset =
    [
        ("n1",
            "The river ferry returned to service on Friday after a month of repairs. Engineers replaced both engines and the steering gear. Passengers queued from early morning. The operator said fares will not change this year. A second vessel is due in spring.",
            "Ferry back in service after a month of repairs.\nFares unchanged this year."),
        ("n2",
            "Heavy snow closed the mountain pass for the third time this winter. Police turned back dozens of lorries at the foot of the road. Ploughs worked through the night. The pass reopened at noon with chains required. Forecasters expect more snow next week.",
            "Snow closes mountain pass again.\nLorries turned back; pass reopens at noon."),
        ("n3",
            "The city library will open on Sundays from next month. The council found the money by merging two branch budgets. Staff welcomed the change but asked for more hires. Children's reading hours will move to Sunday mornings.",
            "Library to open on Sundays.\nBudgets merged to pay for it."),
        ("n4",
            "A local bakery won the national bread award. Its sourdough beat four hundred entries. The owner started baking in her kitchen ten years ago. She plans to train two apprentices with the prize money.",
            "Bakery wins national bread award.\nPrize money to train apprentices."),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("summarizer-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Eval_Dataset_PrintsEngineAndLeadRowsMatchingTheScorer()
    {
        var data = WriteDataset(Dataset.Select(r => Line(("id", r.Id), ("text", r.Text), ("reference", r.Reference))));

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("eval", "--input", data);

        Assert.Equal(0, exitCode);
        Assert.Equal("", stderr);
        Assert.Equal(await ExpectedEngineMeansAsync(3), Row(stdout, "extractive"));
        Assert.Equal(ExpectedLeadMeans(3), Row(stdout, "lead-3"));
        Assert.Contains("scored 4, failed 0", stdout);
    }

    [Fact]
    public async Task Eval_Dataset_ReportsTheShareOfSentencesOpeningWithAPronounForEachSystem()
    {
        var data = WriteDataset(Dataset.Select(r => Line(("id", r.Id), ("text", r.Text), ("reference", r.Reference))));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("eval", "--input", data);

        Assert.Equal(0, exitCode);
        var (leadOpenings, leadSentences) = Dataset.Aggregate((0, 0), (sum, record) =>
        {
            var counted = PronounOpening.Count(string.Join('\n', new LeadBaseline(3).Summarize(Decode(record.Text).Text)));
            return (sum.Item1 + counted.Openings, sum.Item2 + counted.Sentences);
        });
        Assert.True(leadOpenings > 0, "the dataset's lead sentences include 'Its sourdough …'");
        var percent = (100.0 * leadOpenings / leadSentences).ToString("0.0", CultureInfo.InvariantCulture);
        Assert.Contains($"lead-3 {percent}% ({leadOpenings} of {leadSentences})", stdout);
        Assert.Contains("sentences opening with a pronoun", stdout);
    }

    [Theory]
    [InlineData(false, "The old bridge will close to cars from next April.")]
    [InlineData(true, "The old bridge will close to cars from next April, the council said.")]
    public async Task Eval_NoShorten_ScoresTheSentencesAsWrittenInTheArticle(bool noShorten, string expectedFirstSentence)
    {
        const string text = "The old bridge will close to cars from next April, the council said. Engineers found cracks in two of its "
            + "arches during an inspection last year. Buses and cyclists will still be allowed to cross until the repairs begin.";
        var data = WriteDataset([Line(("id", "b1"), ("text", text), ("reference", "Old bridge to close to cars in April."))]);
        var predictions = Path.Combine(_folder, "predictions.jsonl");
        string[] options = noShorten ? ["--no-shorten"] : [];

        var (exitCode, _, _) = await CliRunner.RunAsync(["eval", "--input", data, "--predictions", predictions, .. options]);

        Assert.Equal(0, exitCode);
        var summary = JsonDocument.Parse(File.ReadAllText(predictions)).RootElement.GetProperty("summary").GetString()!;
        Assert.Equal(expectedFirstSentence, summary.Split('\n')[0]);
    }

    [Fact]
    public async Task Eval_ReferencesAreTheLeadSentences_LeadRowIsPerfect()
    {
        var data = WriteDataset(Dataset.Select(r =>
            Line(("id", r.Id), ("text", r.Text), ("reference", string.Join('\n', new LeadBaseline(2).Summarize(r.Text))))));

        var (exitCode, stdout, _) = await CliRunner.RunAsync("eval", "--input", data, "--sentences", "2");

        Assert.Equal(0, exitCode);
        Assert.Equal([100.0, 100.0, 100.0, 100.0], Row(stdout, "lead-2"));
    }

    [Fact]
    public async Task Eval_PredictionsOption_WritesIdAndSummaryLinesInInputOrder()
    {
        var data = WriteDataset(Dataset.Select(r => Line(("id", r.Id), ("text", r.Text), ("reference", r.Reference))));
        var predictions = Path.Combine(_folder, "pred.jsonl");

        var (exitCode, _, _) = await CliRunner.RunAsync("eval", "--input", data, "--predictions", predictions, "--sentences", "2");

        Assert.Equal(0, exitCode);
        var lines = File.ReadAllLines(predictions).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(Dataset.Select(r => r.Id), lines.Select(l => l.GetProperty("id").GetString()));
        var engine = new ExtractiveSummarizer();
        for (var i = 0; i < Dataset.Length; i++)
        {
            var expected = await engine.SummarizeAsync(Decode(Dataset[i].Text), new SummaryOptions { Sentences = 2 });
            Assert.Equal(string.Join('\n', expected.Sentences), lines[i].GetProperty("summary").GetString());
        }
    }

    [Fact]
    public async Task Eval_UnusableRecords_AreReportedCountedAndExitCodeIsOne()
    {
        var data = WriteDataset(
        [
            Line(("id", "good"), ("text", Dataset[0].Text), ("reference", Dataset[0].Reference)),
            "{broken",
            Line(("id", "no-reference"), ("text", Dataset[1].Text)),
            Line(("id", "empty-text"), ("text", ""), ("reference", "Something.")),
        ]);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync("eval", "--input", data);

        Assert.Equal(1, exitCode);
        Assert.Contains("scored 1, failed 3", stdout);
        Assert.Contains(":2: invalid_json:", stderr);
        Assert.Contains(":3: empty_input:", stderr);
        Assert.Contains(":4: empty_input:", stderr);
    }

    [Fact]
    public async Task Eval_FieldNameOptions_ReadThoseFields()
    {
        var data = WriteDataset(Dataset.Select(r => Line(("key", r.Id), ("body", r.Text), ("gold", r.Reference), ("text", "Decoy."))));
        var predictions = Path.Combine(_folder, "pred.jsonl");

        var (exitCode, stdout, _) = await CliRunner.RunAsync(
            "eval", "--input", data, "--id-field", "key", "--text-field", "body", "--reference-field", "gold", "--predictions", predictions);

        Assert.Equal(0, exitCode);
        Assert.Equal(ExpectedLeadMeans(3), Row(stdout, "lead-3"));
        Assert.Equal("n1", JsonDocument.Parse(File.ReadLines(predictions).First()).RootElement.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Eval_RecordWithoutId_IsNamedByItsLineNumber()
    {
        var data = WriteDataset([Line(("text", Dataset[0].Text), ("reference", Dataset[0].Reference))]);
        var predictions = Path.Combine(_folder, "pred.jsonl");

        await CliRunner.RunAsync("eval", "--input", data, "--predictions", predictions);

        Assert.Equal("1", JsonDocument.Parse(File.ReadAllText(predictions)).RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("--sentences", "0")]
    [InlineData("--sentences", "many")]
    public async Task Eval_BadSentenceCount_IsUsageError(string option, string value)
    {
        var data = WriteDataset([Line(("text", Dataset[0].Text), ("reference", Dataset[0].Reference))]);

        var (exitCode, _, _) = await CliRunner.RunAsync("eval", "--input", data, option, value);

        Assert.Equal(2, exitCode);
    }

    [Fact]
    public async Task Eval_MissingInputFile_IsUsageError()
    {
        var (exitCode, _, stderr) = await CliRunner.RunAsync("eval", "--input", Path.Combine(_folder, "missing.jsonl"));

        Assert.Equal(2, exitCode);
        Assert.Contains("no such file", stderr);
    }

    private static async Task<double[]> ExpectedEngineMeansAsync(int sentences)
    {
        var engine = new ExtractiveSummarizer();
        var statistics = new RougeSummaryStatistics();
        foreach (var record in Dataset)
        {
            var summary = await engine.SummarizeAsync(Decode(record.Text), new SummaryOptions { Sentences = sentences });
            statistics.Add(new RougeScorer().Score(record.Reference, string.Join('\n', summary.Sentences)));
        }

        return Rounded(statistics);
    }

    private static double[] ExpectedLeadMeans(int sentences)
    {
        var statistics = new RougeSummaryStatistics();
        foreach (var record in Dataset)
        {
            var lead = new LeadBaseline(sentences).Summarize(Decode(record.Text).Text);
            statistics.Add(new RougeScorer().Score(record.Reference, string.Join('\n', lead)));
        }

        return Rounded(statistics);
    }

    /// <summary>The means as the table prints them: two decimals.</summary>
    private static double[] Rounded(RougeSummaryStatistics s) =>
        [.. new[] { s.Rouge1, s.Rouge2, s.RougeL, s.RougeLsum }
            .Select(m => double.Parse(m.F1.ToString("0.00", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))];

    private static Article Decode(string text) => new ArticleDecoder().Decode(new ArticleInput(System.Text.Encoding.UTF8.GetBytes(text), ContentType: "text/plain"));

    /// <summary>The four mean F1 figures of the table row named <paramref name="system"/> (standard errors dropped).</summary>
    private static double[] Row(string stdout, string system)
    {
        var line = stdout.Split('\n').Single(l => l.StartsWith(system + " ", StringComparison.Ordinal));
        return [.. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Where(cell => !cell.StartsWith('±'))
            .Select(cell => double.Parse(cell, CultureInfo.InvariantCulture))];
    }

    private static string Line(params (string Name, string Value)[] fields) =>
        JsonSerializer.Serialize(fields.ToDictionary(f => f.Name, f => f.Value));

    private string WriteDataset(IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, "data.jsonl");
        File.WriteAllLines(path, lines);
        return path;
    }
}
