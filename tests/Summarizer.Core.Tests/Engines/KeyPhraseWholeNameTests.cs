using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Engines;

/// <summary>
/// Key phrases are whole names or no names: every phrase the engine gives for an article must stand somewhere in that
/// article outside a longer capitalised name ("Los" only ever written in "Los Angeles" is never a phrase). Runs over the
/// dev sets when they sit beside the repository (as in CI), else over the articles shipped with the tests.
/// </summary>
public sealed class KeyPhraseWholeNameTests
{
    // Capitalised words that open a sentence or stand before a name without being part of it.
    private static readonly HashSet<string> NotNameWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "By", "To", "From", "With", "After",
        "Before", "When", "While", "Of", "Mr", "Mrs", "Ms", "Dr", "Sir", "President", "Minister", "Prime", "Chief",
        "Former", "Senator", "Governor", "Mayor", "General", "Secretary", "Chairman", "Judge", "Prof", "Professor", "Lord",
        "Lady", "Queen", "King", "Prince", "Princess", "Captain", "Coach", "Manager", "Director", "Officer", "Detective",
        "Inspector", "Sergeant", "Constable", "Superintendent", "Det", "Supt", "Insp", "Sgt", "Ambassador", "Pope",
        "MP", "MEP", "MSP", "MLA", "AM", "TD", "PC", "DC", "DCI", "DI", "DS", "Miss",
        "Meanwhile", "Another", "His", "Her", "Their", "Its", "This", "That", "These", "Those",
    };

    [Fact]
    public void Extract_EveryArticle_GivesOnlyPhrasesThatStandWholeInIt()
    {
        var articles = ShortenerCorpus.DevArticles() ?? ShortenerCorpus.ShippedArticles();
        var engine = new ExtractiveSummarizer();
        var phrases = 0;
        var failures = new List<string>();
        foreach (var text in articles)
        {
            foreach (var phrase in engine.Summarize(Article.FromPlainText(text), SummaryOptions.Default).KeyPhrases)
            {
                phrases++;
                if (!StandsWhole(text, phrase.Text))
                {
                    failures.Add($"\"{phrase.Text}\" only appears inside a longer name in: {text[..Math.Min(80, text.Length)]}…");
                }
            }
        }

        Assert.True(phrases >= 20, $"only {phrases} phrases were checked");
        Assert.True(failures.Count == 0, $"{failures.Count} of {phrases} phrases:\n" + string.Join('\n', failures.Take(25)));
    }

    private static bool StandsWhole(string text, string phrase)
    {
        // Case-insensitive: the engine groups a phrase's forms ("League", "league") and shows the first it met.
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (bounded && !NameBefore(text, at) && !NameAfter(text, at, end))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NameBefore(string text, int at)
    {
        if (at < 2 || text[at - 1] != ' ' || !char.IsUpper(text[at]))
        {
            return false;
        }

        var start = at - 1;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var word = text[start..(at - 1)];
        return word.Length > 0 && char.IsUpper(word[0]) && !NotNameWords.Contains(word)
            && !CommonWordOpening(text, start, word);
    }

    // A word that opens a sentence or a clause is capitalised for that reason alone: it is a common word, not part of a
    // name, when the article also writes it in lower case ("Tourist David Meadwell" beside "tourist's camera") or it is
    // a verb form opening a clause ("Selling Girl Scout cookies."). The original check took every capitalised word
    // before a phrase for a name, so a sentence's first word always made the phrase after it a piece.
    private static bool CommonWordOpening(string text, int at, string word) =>
        OpensSentence(text, at) && (WrittenInLowerCase(text, word) || word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ed", StringComparison.Ordinal));

    private static bool OpensSentence(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd(' ');
        return before.IsEmpty || before[^1] is '.' or '!' or '?' or ':' or '\n' or '"' or '“' or '\'' or '‘';
    }

    // In any form of the word: its letters but the last three, or at least five ("Developer" beside "development",
    // "Tourist" beside "tourists"), as the engine groups a word's forms by their stem.
    private static bool WrittenInLowerCase(string text, string word)
    {
        var lower = word.ToLowerInvariant()[..Math.Min(word.Length, Math.Max(5, word.Length - 3))];
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NameAfter(string text, int at, int end)
    {
        // A one-word phrase ending in a lower-case part ("Cornish-born") describes the name after it ("Cornish-born
        // Glover"), as "Hawks player" ends in a common noun; in a longer phrase ("World Para-athletics") it is inside one.
        var lastWordStart = text.LastIndexOf(' ', end - 1, end - at) + 1;
        if (lastWordStart == 0)
        {
            lastWordStart = text.LastIndexOf('-', end - 1, end - at) + 1;
        }

        lastWordStart = Math.Max(lastWordStart, at);

        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsUpper(text[lastWordStart]))
        {
            return false;
        }

        var stop = end + 1;
        while (stop < text.Length && char.IsLetter(text[stop]))
        {
            stop++;
        }

        var word = text[(end + 1)..stop];
        return word.Length > 0 && char.IsUpper(word[0]) && !NotNameWords.Contains(word);
    }
}
