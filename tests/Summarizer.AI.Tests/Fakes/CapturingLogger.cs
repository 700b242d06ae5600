using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Summarizer.AI.Tests.Fakes;

/// <summary>Keeps every formatted log line (with its level and exception) so tests can check what would be written.</summary>
internal sealed class CapturingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception)));
}
