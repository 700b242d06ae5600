namespace Summarizer.Cli.Eval;

/// <summary>Names of the dataset record's fields the eval command reads.</summary>
internal sealed record EvalFields(string Id = "id", string Text = "text", string Reference = "reference", string Language = "lang")
{
    public const int IdIndex = 0;
    public const int TextIndex = 1;
    public const int ReferenceIndex = 2;
    public const int LanguageIndex = 3;

    public IReadOnlyList<string> Names => [Id, Text, Reference, Language];
}
