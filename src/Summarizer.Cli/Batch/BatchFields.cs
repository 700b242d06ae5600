namespace Summarizer.Cli.Batch;

/// <summary>Names of the input record's fields the batch command reads; a record without text may carry a <c>url</c> instead.</summary>
internal sealed record BatchFields(string Id = "id", string Text = "text", string Title = "title", string Url = "url")
{
    public const int IdIndex = 0;
    public const int TextIndex = 1;
    public const int TitleIndex = 2;
    public const int UrlIndex = 3;

    public IReadOnlyList<string> Names => [Id, Text, Title, Url];
}
