using System.Text;

namespace Summarizer.Testing;

/// <summary>Short articles written for these tests.</summary>
public static class TestArticles
{
    public const string Harbour =
        "The harbour authority approved a plan to dredge the northern channel on Tuesday. " +
        "Larger container ships have been waiting offshore for up to two days because the channel is too shallow. " +
        "Work will start in March and last about eight months, the authority said. " +
        "Fishing crews asked for the dredging to pause during the spawning season. " +
        "The authority agreed to stop work for three weeks in May.";

    public const string Library =
        "The town library will open on Sundays from next month. " +
        "Volunteers will staff the reading rooms while paid staff run the lending desk. " +
        "The council found the money by sharing a building with the tourist office. " +
        "Visitor numbers rose by a fifth last year, mostly students preparing for exams.";

    public static BinaryData Utf8(string text) => BinaryData.FromBytes(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Bytes no rule reads as text, refused with <c>invalid_encoding</c>: not valid UTF-8, no charset declared, read as
    /// windows-1252 not Latin-script text either (four non-ASCII bytes in a row, as Cyrillic or Greek bytes look), and
    /// too few letters to guess another legacy encoding from.
    /// </summary>
    public static BinaryData InvalidUtf8 { get; } = BinaryData.FromBytes([0x48, 0x69, 0x20, 0xC0, 0xE1, 0xF2, 0xE4]);
}
