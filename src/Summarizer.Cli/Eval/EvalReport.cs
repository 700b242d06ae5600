using System.Globalization;
using System.Text;
using Summarizer.Core.Evaluation;

namespace Summarizer.Cli.Eval;

/// <summary>Renders the eval result as a plain aligned table: stable, diff-able and readable in any terminal or log.</summary>
internal static class EvalReport
{
    private static readonly string[] Headers = ["system", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum"];

    public static string Render(
        string dataName, IReadOnlyList<(string System, RougeSummaryStatistics Statistics, PronounOpeningTally Openings)> rows, long failed)
    {
        var cells = new List<string[]> { Headers };
        cells.AddRange(rows.Select(row => new[]
        {
            row.System,
            Cell(row.Statistics.Rouge1),
            Cell(row.Statistics.Rouge2),
            Cell(row.Statistics.RougeL),
            Cell(row.Statistics.RougeLsum),
        }));
        var widths = Enumerable.Range(0, Headers.Length).Select(column => cells.Max(row => row[column].Length)).ToArray();

        var text = new StringBuilder();
        var scored = rows.Count > 0 ? rows[0].Statistics.Count : 0;
        text.Append(CultureInfo.InvariantCulture, $"ROUGE F1 x100 on {dataName}: mean over records ± standard error, Porter stemming\n\n");
        foreach (var row in cells)
        {
            text.Append(row[0].PadRight(widths[0]));
            for (var column = 1; column < row.Length; column++)
            {
                text.Append("  ").Append(row[column].PadLeft(widths[column]));
            }

            text.Append('\n');
        }

        // One line, so scripts that read the table rows by system name never mistake it for a row.
        text.Append("\nsentences opening with a pronoun (he, she, it, they, this, ...): ");
        text.AppendJoin(", ", rows.Select(row => string.Create(CultureInfo.InvariantCulture,
            $"{row.System} {row.Openings.Percent:0.0}% ({row.Openings.Openings} of {row.Openings.Sentences})")));
        text.Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"\nscored {scored}, failed {failed}\n");
        return text.ToString();
    }

    private static string Cell(RougeMean mean) =>
        string.Create(CultureInfo.InvariantCulture, $"{mean.F1:0.00} ±{mean.StandardError:0.00}");
}
