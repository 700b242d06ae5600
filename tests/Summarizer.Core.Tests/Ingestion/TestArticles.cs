namespace Summarizer.Core.Tests.Ingestion;

/// <summary>Short texts written for the document decoder tests.</summary>
internal static class TestArticles
{
    public const string Title = "Harbour authority approves dredging of the silted channel";

    public static readonly string[] Paragraphs =
    [
        "The harbour authority voted on Thursday to dredge the silted eastern channel, ending a dispute that had kept larger fishing boats waiting for the tide for three winters.",
        "Engineers will remove about forty thousand cubic metres of sediment over six weeks, working mostly at night so that the ferry timetable is not disturbed.",
        "Skippers said the decision came late but welcomed it, pointing out that several crews had moved their boats to neighbouring ports to keep fishing through the season.",
        "Environmental officers will monitor the water for disturbed pollutants, and the dredged material will be tested before any of it is used to rebuild the eroded dunes north of the town.",
        "The authority expects the channel to reopen to full traffic before the spring herring season, provided that the weather allows the dredger to work without long interruptions.",
        "A public meeting about the longer-term plan for the harbour, including a proposed breakwater extension, will be held at the sailing club next month.",
    ];

    /// <summary>Enough paragraphs to fill several pages, each one different so no line repeats.</summary>
    public static IEnumerable<string> Long(int copies) =>
        Enumerable.Range(1, copies).SelectMany(i => Paragraphs.Select(p => $"In report {i}, {char.ToLowerInvariant(p[0])}{p[1..]}"));
}
