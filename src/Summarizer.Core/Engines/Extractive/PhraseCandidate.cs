namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// A phrase met in the article: where it first appears (FirstWord, in FirstSentence), how often, and the occurrence it
/// is shown as (ShownWord to ShownEnd): the first whole one (<see cref="NameRuns.IsWhole"/>) when it has one, so
/// "College" grouped with "colleges" shows as "colleges" when the capitalised form only stands in "Kingston Maurward
/// College". LastWord starts its latest occurrence, so an occurrence reached twice (as a window and as a name) counts once.
/// </summary>
internal readonly record struct PhraseCandidate(
    PhraseKey Key, int FirstWord, int FirstSentence, int ShownWord, int ShownEnd, int Occurrences, bool Whole, int LastWord);
