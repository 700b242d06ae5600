namespace Summarizer.Core.Ingestion.Html.Scoring;

/// <summary>
/// What a part of a page holds, counted once while scanning: visible characters (spaces excluded), how many of them
/// are link text, heading text or list-item text, commas, and the elements that tell furniture from prose.
/// </summary>
internal struct ContentCounts
{
    public int Characters;
    public int LinkCharacters;
    public int HeadingCharacters;
    public int ListItemCharacters;
    public int Commas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Inputs;
    public int Embeds;

    public readonly double LinkDensity => Characters == 0 ? 0 : (double)LinkCharacters / Characters;

    public void Add(in ContentCounts other)
    {
        Characters += other.Characters;
        LinkCharacters += other.LinkCharacters;
        HeadingCharacters += other.HeadingCharacters;
        ListItemCharacters += other.ListItemCharacters;
        Commas += other.Commas;
        Paragraphs += other.Paragraphs;
        Images += other.Images;
        ListItems += other.ListItems;
        Inputs += other.Inputs;
        Embeds += other.Embeds;
    }
}
