namespace Summarizer.Cli.Output;

/// <summary>A JSON Lines record for an input that could not be read or summarised.</summary>
internal sealed record FailedInput(InputSource Source, InputError Error);

/// <summary>A stable code (see <c>ErrorCodes</c>) and a message for a person.</summary>
internal sealed record InputError(string Code, string Message);
