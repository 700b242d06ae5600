namespace Summarizer.AI.Tests;

/// <summary>Small articles written for these tests.</summary>
internal static class Articles
{
    public const string Harbour =
        "The city council of Lowmoor voted on Tuesday to rebuild the old harbour wall. "
        + "The wall was damaged in the storms of last winter and has been closed to walkers since March. "
        + "Engineers estimate the repairs will cost 4.2 million pounds. "
        + "Most of the money comes from a national coastal defence fund.\n\n"
        + "Work is due to start in May and to last eighteen months. "
        + "The harbour will stay open to fishing boats throughout. "
        + "Local businesses welcomed the decision but asked for the footpath to reopen early. "
        + "The council said a temporary path would open by the summer.\n\n"
        + "Opponents argued that the money should go to flood defences further inland. "
        + "The vote passed by twelve votes to five. "
        + "Details are published at https://lowmoor.example/harbour for residents.";

    public const string TwoSentences = "The library opens at nine. It closes at five.";

    /// <summary>
    /// One paragraph of about sixty o200k tokens; long articles repeat it with a running number so no two paragraphs
    /// are the same.
    /// </summary>
    public static string Paragraph(int number) =>
        $"Section {number}: the survey team measured the river at a new point every morning and wrote the depth, "
        + "the speed of the current and the colour of the water in a shared notebook. "
        + "By the evening they compared the figures with the readings of the previous year and marked every change.";

    public static string Long(int paragraphs) => string.Join("\n\n", Enumerable.Range(1, paragraphs).Select(Paragraph));
}
