namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// A written word form as the engine sees it: its stem's number in the thread's <see cref="WordCache"/>
/// (<see cref="TermLexicon.StopWord"/> for a stop word, <see cref="WordCache.Unnumbered"/> once the cache is full) and
/// its <see cref="WordFlags"/>.
/// </summary>
internal readonly record struct WordForm(int Stem, WordFlags Flags);
