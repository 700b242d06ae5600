namespace Summarizer.Core.Tests.Pages;

/// <summary>
/// One expectation a page does not meet today. <see cref="Check"/> is <c>refused</c> (the decoder rejected the page;
/// <see cref="Line"/> holds the error code), <c>must</c> (a line missing from the text), <c>never</c> (a line leaked
/// into the text) or <c>summary</c> (a furniture line in a summary sentence or key point).
/// </summary>
public sealed record PageGap(string PageId, string Check, string Line)
{
    public const string Refused = "refused";
    public const string Must = "must";
    public const string Never = "never";
    public const string Summary = "summary";

    /// <summary>The gap as one line of the known-gaps list: id, check and line separated by tabs.</summary>
    public override string ToString() => $"{PageId}\t{Check}\t{Line}";

    public static PageGap Parse(string line)
    {
        var parts = line.Split('\t');
        if (parts.Length != 3)
        {
            throw new FormatException($"A known gap is 'page-id<TAB>check<TAB>line', not: {line}");
        }

        return new PageGap(parts[0], parts[1], parts[2]);
    }
}
