using System.CommandLine;
using Summarizer.Core;
using Summarizer.Core.Engines;

namespace Summarizer.Cli;

/// <summary>The summary-length options every summarising command shares, and their mapping to <see cref="SummaryOptions"/>.</summary>
internal sealed class LengthOptions
{
    public Option<string> Length { get; } = new("--length")
    {
        Description = "Preset length: short (2 sentences), medium (3) or long (5, or a tenth of the article up to 12).",
        DefaultValueFactory = _ => "medium",
    };

    public Option<int?> Sentences { get; } = new("--sentences") { Description = "Exact number of summary sentences." };

    public Option<int?> Words { get; } = new("--words") { Description = "Word budget for the summary." };

    public Option<double?> Ratio { get; } = new("--ratio") { Description = "Word budget as a fraction of the article, e.g. 0.1." };

    public void AddTo(Command command)
    {
        command.Options.Add(Length);
        command.Options.Add(Sentences);
        command.Options.Add(Words);
        command.Options.Add(Ratio);
    }

    public SummaryOptions Read(ParseResult parseResult)
    {
        var lengthText = parseResult.GetValue(Length);
        if (!SummaryOptions.TryParseLength(lengthText, out var preset))
        {
            throw new UsageException($"--length must be short, medium or long, not '{lengthText}'.");
        }

        var options = new SummaryOptions
        {
            Length = preset,
            Sentences = parseResult.GetValue(Sentences),
            Words = parseResult.GetValue(Words),
            Ratio = parseResult.GetValue(Ratio),
        };
        try
        {
            return options.Validate();
        }
        catch (SummarizerException ex)
        {
            throw new UsageException(ex.Message);
        }
    }
}
