using Summarizer.Storage.Pipeline;

namespace Summarizer.Storage.Interactive;

/// <summary>
/// The stored result for one article: the summary's bytes, a pending marker, or the failure (with its error record
/// when one could be read).
/// </summary>
public sealed record StoredResult(StoredResultKind Kind, string ArticleName)
{
    public BinaryData? Content { get; init; }

    public string? FailureCode { get; init; }

    public string? FailureMessage { get; init; }

    public ErrorRecord? ErrorRecord { get; init; }

    public static StoredResult Summary(string articleName, BinaryData content) =>
        new(StoredResultKind.Summary, articleName) { Content = content };

    public static StoredResult Pending(string articleName) => new(StoredResultKind.Pending, articleName);

    public static StoredResult Failed(ErrorRecord record) =>
        new(StoredResultKind.Failed, record.Name) { FailureCode = record.Code, FailureMessage = record.Message, ErrorRecord = record };

    public static StoredResult Failed(string articleName, string code, string message) =>
        new(StoredResultKind.Failed, articleName) { FailureCode = code, FailureMessage = message };
}
