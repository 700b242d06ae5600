namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// How an article writes each term: capitalised where it does not open a sentence or a clause, and in lower case. A
/// word that opens a sentence is capitalised for that alone, so whether it is a name there is read off the rest of the
/// article: "Weymouth" of "Weymouth College has…" is written no other way; "Tourist" of "Tourist David Meadwell…" is
/// also "tourists". Reused per document by its owner.
/// </summary>
internal sealed class TermCasing
{
    private const byte Capitalised = 1;
    private const byte LowerCase = 2;

    private byte[] _casing = new byte[1024];

    public int Capacity => _casing.Length;

    /// <summary>Whether the article capitalises the term where it does not open a sentence or a clause.</summary>
    public bool IsCapitalisedInside(int term) => (_casing[term] & Capitalised) != 0;

    public bool IsWrittenInLowerCase(int term) => (_casing[term] & LowerCase) != 0;

    /// <summary>Learns <paramref name="document"/>'s terms from its words before <paramref name="scanEnd"/>.</summary>
    public void Begin(AnalyzedDocument document, int scanEnd)
    {
        var terms = document.TermCounts.Length;
        if (_casing.Length < terms)
        {
            _casing = new byte[Math.Max(terms, 2 * _casing.Length)];
        }

        Array.Clear(_casing, 0, terms);
        for (var s = 0; s < document.Sentences.Count && document.SentenceFirstWord[s] < scanEnd; s++)
        {
            var first = document.SentenceFirstWord[s];
            for (var w = first; w < document.SentenceFirstWord[s + 1]; w++)
            {
                var term = document.WordTerms[w];
                if (term < 0)
                {
                    continue;
                }

                if (!PhraseWords.IsCapitalised(document, w))
                {
                    _casing[term] |= LowerCase;
                }
                else if (w > first && !PhraseWords.OpensClause(document, w))
                {
                    _casing[term] |= Capitalised;
                }
            }
        }
    }
}
