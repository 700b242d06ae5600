namespace Summarizer.Storage.Interactive;

/// <summary>What the summaries container holds for an article that exists.</summary>
public enum StoredResultKind
{
    /// <summary>The summary, in the format asked for.</summary>
    Summary,

    /// <summary>The article is there but its summary is not written yet.</summary>
    Pending,

    /// <summary>The article cannot be summarised; the error record says why.</summary>
    Failed,
}
