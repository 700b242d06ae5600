namespace Summarizer.Cli;

/// <summary>Process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int SomeInputsFailed = 1;
    public const int UsageError = 2;
}
