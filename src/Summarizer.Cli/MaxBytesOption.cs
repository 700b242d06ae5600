using System.CommandLine;
using Summarizer.Core.Ingestion;

namespace Summarizer.Cli;

/// <summary><c>--max-bytes N</c>: the largest input a command reads, for <c>summarize</c> and <c>extract</c> alike.</summary>
internal sealed class MaxBytesOption
{
    private readonly Option<long> _option;

    /// <param name="what">What the limit applies to in the help text ("article", "input").</param>
    public MaxBytesOption(string what) => _option = new Option<long>("--max-bytes")
    {
        Description = $"Largest {what} accepted, in bytes; larger ones fail with input_too_large.",
        DefaultValueFactory = _ => IngestionOptions.DefaultMaxInputBytes,
    };

    public void AddTo(Command command) => command.Options.Add(_option);

    /// <summary>The limit; a usage error when it is below one byte.</summary>
    public long Read(ParseResult parseResult)
    {
        var limit = parseResult.GetValue(_option);
        return limit >= 1 ? limit : throw new UsageException("--max-bytes must be at least 1.");
    }
}
