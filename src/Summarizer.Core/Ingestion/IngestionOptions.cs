namespace Summarizer.Core.Ingestion;

public sealed record IngestionOptions
{
    public const long DefaultMaxInputBytes = 5 * 1024 * 1024;

    /// <summary>Largest input accepted, in bytes; larger input fails with <see cref="ErrorCodes.InputTooLarge"/>.</summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    public static IngestionOptions Default { get; } = new();
}
