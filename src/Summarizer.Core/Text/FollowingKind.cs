namespace Summarizer.Core.Text;

/// <summary>What starts the text after a candidate sentence end (after any opening quotes or brackets).</summary>
internal enum FollowingKind
{
    /// <summary>A capital letter, a letter of a script without case, or a lower-case brand name such as "iPhone".</summary>
    Capital,

    /// <summary>A lower-case word: the sentence runs on.</summary>
    Lowercase,

    Digit,

    /// <summary>Punctuation that cannot open a sentence (",", ";", ")", "%", ...): the sentence runs on.</summary>
    Continuation,

    /// <summary>Anything else: currency signs, dashes, bullets, symbols.</summary>
    Symbol,
}
