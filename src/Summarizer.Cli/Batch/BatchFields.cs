namespace Summarizer.Cli.Batch;

/// <summary>Names of the input record's fields the batch command reads.</summary>
internal sealed record BatchFields(string Id = "id", string Text = "text", string Title = "title")
{
    public const int IdIndex = 0;
    public const int TextIndex = 1;
    public const int TitleIndex = 2;

    public IReadOnlyList<string> Names => [Id, Text, Title];
}
