namespace Summarizer.Core.Text;

/// <summary>How a known abbreviation behaves before a capitalised word.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not a known abbreviation.</summary>
    None,

    /// <summary>Can end a sentence ("in the U.S. The ..."), but usually runs on ("U.S. Senate"): decided by the next word.</summary>
    Ambiguous,

    /// <summary>Stands before a name ("Mr.", "Gen.", "vs."): a full stop after it never ends a sentence.</summary>
    Title,

    /// <summary>Usually closes a list or a sentence ("etc."): a capitalised word after it starts a new sentence.</summary>
    UsuallyFinal,

    /// <summary>Numbering words ("No. 5", "Fig. 3", "p. 12"): an abbreviation only when a number follows.</summary>
    BeforeNumber,

    /// <summary>"a.m." and "p.m.": end a sentence unless a time zone, weekday or month follows ("5 p.m. EST").</summary>
    TimeOfDay,
}
