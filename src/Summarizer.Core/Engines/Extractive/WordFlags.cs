namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Facts about a written word form that key phrases need, worked out once per form (see <see cref="PhraseBreakers.Classify"/>
/// and <see cref="NameWords.Classify"/>).
/// </summary>
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

    /// <summary>A title before a person's name ("President", "Chief", "MP"; <see cref="NameWords"/>).</summary>
    Title = 8,

    /// <summary>A lower-case word names hold between capitalised ones ("of", "de", "van").</summary>
    NameConnector = 16,

    /// <summary>A capitalised article, preposition or conjunction ("The", "In", "But"): it opens a clause, not a name.</summary>
    ClauseWord = 32,
}
