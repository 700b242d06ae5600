namespace Summarizer.Core.Languages;

/// <summary>For languages without a stemmer: words match only when they are spelled alike, which is always safe.</summary>
internal sealed class IdentityStemmer : TruncatingStemmer
{
    public static IdentityStemmer Instance { get; } = new();

    public override string Language => LanguageCodes.Undetermined;

    protected override int StemLength(ReadOnlySpan<char> word) => word.Length;
}
