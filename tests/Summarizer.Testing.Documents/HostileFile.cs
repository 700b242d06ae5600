namespace Summarizer.Testing.Documents;

/// <summary>One file of the hostile corpus: its name (the extension picks the decoder), a generator and the expected outcome.</summary>
/// <param name="Expected">An error code, <see cref="HostileFiles.Summary"/> or <see cref="HostileFiles.CodeOrSummary"/>.</param>
public sealed record HostileFile(string Name, Func<byte[]> Generate, string Expected)
{
    public override string ToString() => Name;
}
