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
    };

    private const int KnownPartialNamesOnDevSets = 22;

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
        // A ratchet, not yet zero: names longer than a four-word window ("Superior Court Judge Arnold …") are still cut.
        // Engine 1.3 gave 30 such phrases of 2,561 on the dev sets; 1.4 gives 21 of 2,557. Lower it as fixes land.
        var limit = ShortenerCorpus.DevArticles() is null ? 0 : KnownPartialNamesOnDevSets;
        Assert.True(failures.Count <= limit, $"{failures.Count} of {phrases} phrases (at most {limit} allowed):\n" + string.Join('\n', failures.Take(25)));
    }

    private static bool StandsWhole(string text, string phrase)
    {
        // Case-insensitive: the engine groups a phrase's forms ("League", "league") and shows the first it met.
        for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + phrase.Length;
            var bounded = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (bounded && !NameBefore(text, at) && !NameAfter(text, end))
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
        return word.Length > 0 && char.IsUpper(word[0]) && !NotNameWords.Contains(word);
    }

    private static bool NameAfter(string text, int end)
    {
        var lastWordStart = text.LastIndexOf(' ', end - 1) + 1;
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
