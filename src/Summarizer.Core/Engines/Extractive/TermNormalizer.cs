namespace Summarizer.Core.Engines.Extractive;

/// <summary>Language-specific word handling the engine needs: which words carry no content, and how to stem the rest.</summary>
internal sealed class TermNormalizer(Func<string, bool> isStopWord, Func<string, string> stem)
{
    public bool IsStopWord(string lowerWord) => isStopWord(lowerWord);

    public string Stem(string lowerWord) => stem(lowerWord);
}
