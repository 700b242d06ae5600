namespace Summarizer.Core.Text;

/// <summary>
/// Picture captions left in English news text without their markup. A caption has no closing punctuation, and it says
/// that it describes a picture: a short label and a colon ("Grim discovery: Street cleaners who found …"), or a
/// pointer at the picture ("James Boase, pictured, failed …", "From left, Anas Sarwar MP, …", "Glenn Murray (left) cost
/// …"), or a present-tense verb of what the picture shows ("… Aguero looks on dejected …"). A sentence without a
/// full stop and without such a sign is kept: in news text most of them are the article's own sentences with the stop
/// lost, and dropping all of them cost 0.57 ROUGE-1 on the CNN/DailyMail dev set.
/// </summary>
public static class PictureCaption
{
    private const int MaxLabelWords = 4;

    // Words that point at a picture wherever they stand in a caption.
    private static readonly string[] Pointers =
    [
        ", pictured", "(pictured", "(not pictured", " pictured left", " pictured right", " pictured with", " pictured in",
        "(left)", "(right)", "(centre)", "(center)", "(above)", "(below)", "(inset)", ", seen here", "(see photo",
    ];

    // Present-tense verbs of what a picture shows. News prose tells its events in the past; a caption says what the
    // picture shows now: "Sergio Aguero looks on dejected during the defeat", "Thomas Muller celebrates after …".
    private static readonly string[] PictureVerbs = [" looks on", " celebrates ", " poses ", " gestures ", " reacts "];

    // Openings that place people in a picture.
    private static readonly string[] Placings = ["From left", "From right", "Left to right", "Clockwise from", "Left, ", "Right, ", "Centre, ", "Center, ", "Pictured "];

    // A label is a caption's title, not a speaker: "Smith said: 'We …'" is a quotation whose closing stop was lost.
    private static readonly string[] ReportingWords = ["said", "says", "told", "wrote", "tells", "writes", "adds", "explains", "insists", "warns", "claims"];

    /// <summary>True when <paramref name="sentence"/> is a picture caption by the signs above.</summary>
    public static bool IsCaption(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        if (text.IsEmpty || !LacksClosingPunctuation(text))
        {
            return false;
        }

        foreach (var placing in Placings)
        {
            if (text.StartsWith(placing, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var pointer in Pointers)
        {
            if (text.Contains(pointer, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var verb in PictureVerbs)
        {
            if (text.Contains(verb, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return OpensWithLabel(text);
    }

    // "Grim discovery: …", "Slain in cold blood: …": up to four words, the first capitalised, then a colon and a space.
    private static bool OpensWithLabel(ReadOnlySpan<char> text)
    {
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || !SegmentationChars.IsUpper(text[0]))
        {
            return false;
        }

        var label = text[..colon];
        if (label.Count(' ') >= MaxLabelWords || label.ContainsAny('"', '\'', '“') || label.ContainsAny(',', '(', '‘'))
        {
            return false;
        }

        var space = label.LastIndexOf(' ');
        var lastWord = label[(space + 1)..];
        if (space > 0 && lastWord.EndsWith("ed", StringComparison.Ordinal))
        {
            // "Police confirmed: …" is a subject and its verb; a one-word label ("Engaged: …") is a caption's title.
            return false;
        }

        foreach (var word in ReportingWords)
        {
            if (lastWord.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LacksClosingPunctuation(ReadOnlySpan<char> text)
    {
        var end = text.Length - 1;
        while (end > 0 && text[end] is '"' or '\'' or '”' or '’' or ')' or ']') end--;
        return text[end] is not ('.' or '!' or '?' or '…' or ':' or ';');
    }
}
