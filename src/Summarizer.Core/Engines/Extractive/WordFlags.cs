namespace Summarizer.Core.Engines.Extractive;

/// <summary>Facts about a written word form that key phrases need, worked out once per form (see <see cref="PhraseBreakers.Classify"/>).</summary>
[Flags]
internal enum WordFlags : byte
{
    None = 0,

    /// <summary>Not a number, verb, time word or other word that breaks a phrase (stop words aside: their term says so).</summary>
    PhraseWord = 1,

    /// <summary>May stand inside a phrase but not end it (<see cref="PhraseBreakers.CannotEndPhrase"/>).</summary>
    CannotEndPhrase = 2,

    /// <summary>A weekday, month or time word: a name never begins with one ("on Monday Boris Johnson said").</summary>
    TimeWord = 4,
}
