namespace Summarizer.Cli;

/// <summary>An argument combination the parser accepts but the command cannot run with; exits with code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
