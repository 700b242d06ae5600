using System.Collections.Frozen;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Shortens an English summary sentence without breaking it or changing what it says. It may remove only:
/// <list type="bullet">
/// <item>a wire dateline or agency tag at the start (see <see cref="NewsDateline"/>);</item>
/// <item>a leading connective that ties the sentence to the one before ("But", "And", "However,", "Meanwhile,");</item>
/// <item>a short bracketed aside after a word ("(XA)", "(R-Texas)", "(pictured)"), keeping the word before it;</item>
/// <item>a short aside between two spaced dashes ("- many of them from the south -"), unless an attribution closes
/// it ("— but not for pregnant women — the regulator said."), which it would leave stranded;</item>
/// <item>an age after a name (", 54,"), keeping a comma when an appositive follows (", a baker whose …");</item>
/// <item>a trailing attribution (", police said.") when the sentence holds no quotation and what remains has a finite
/// verb of its own (see <see cref="TrailingAttribution"/>).</item>
/// </list>
/// No aside goes that carries meaning (<see cref="MeaningWords"/>: a negation, an exception, a condition, a qualified
/// number), and a bracket right before a dash belongs to a dateline, which goes whole or not at all.
/// Whatever it keeps stands in the article in the same order, and a result that would lose its finite verb or fall
/// under six words is discarded for the sentence as written: a faithful long sentence beats a broken short one.
/// </summary>
internal static class SentenceCompressor
{
    private const int MaxAsideWords = 4;
    private const int MinKeptWords = 6;
    private const int MaxDashAsideWords = 10;

    // Connectives that need their comma to be one ("However, the …"); "And" and "But" are connectives without it.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectives = FrozenSet.ToFrozenSet(
        ["however", "meanwhile", "also", "still", "moreover", "furthermore", "besides", "nevertheless", "nonetheless",
         "instead", "indeed", "now", "in addition", "in fact", "as a result", "at the same time", "on the other hand",
         "by contrast", "in contrast", "but", "and", "yet", "so"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // After one of these, the comma that closed an age stays: ", 54, a baker …" becomes ", a baker …".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AppositiveOpeners = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "who", "whose", "from", "of", "his", "her", "their", "now", "originally", "formerly", "both",
         "also", "himself", "herself", "one", "another", "known", "described", "named", "nicknamed", "dubbed", "whom",
         "which", "then", "once", "aged", "like", "born", "together"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Compress(string sentence) => Shorten(sentence).Text;

    /// <summary>The shortened sentence, and whether its opening (dateline, agency tag, connective) was removed.</summary>
    public static CompressedSentence Shorten(string sentence)
    {
        var text = sentence.Trim();
        var opening = NewsDateline.Length(text);
        text = text[opening..];
        var connective = ConnectiveLength(text);
        text = text[connective..];
        text = DropBracketAsides(text);
        text = DropDashAsides(text);
        text = DropAges(text);
        if (!ContainsQuotedSpeech(text) && TrailingAttribution.Start(text) is var attribution and > 0
            && ClauseShape.HasFiniteVerb(text.AsSpan(0, attribution)))
        {
            text = text[..attribution] + ".";
        }

        text = text.Trim();
        if (text.Length == sentence.Length)
        {
            // Nothing was removed (every rule only removes), so there is nothing to check.
            return new CompressedSentence(sentence, false);
        }

        if (text.Length == 0 || WordTokenizer.CountWords(text) < MinKeptWords
            || (!ClauseShape.HasFiniteVerb(text) && ClauseShape.HasFiniteVerb(sentence)))
        {
            return new CompressedSentence(sentence, false);
        }

        text = char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        return new CompressedSentence(text, opening > 0 || connective > 0);
    }

    // "But the council …", "However, the museum …", "In addition, …": the length to remove, or 0.
    private static int ConnectiveLength(string text)
    {
        for (var words = 4; words >= 1; words--)
        {
            var end = NthSpace(text, words);
            if (end < 0)
            {
                continue;
            }

            var head = text.AsSpan(0, end);
            var hasComma = head.EndsWith(",");
            var bareHead = head.TrimEnd(',');
            if (Connectives.Contains(bareHead) && (hasComma || (words == 1 && IsCommaFreeConnective(bareHead))))
            {
                var rest = text.AsSpan(end + 1);
                // "But for the storm, …" and "And so …" are not connective plus clause.
                var next = rest.IndexOf(' ') is var space and > 0 ? rest[..space] : rest;
                return StartsClause(next) ? end + 1 : 0;
            }
        }

        return 0;
    }

    // "But", "And" and "Meanwhile" open a clause without a comma; compared as their lower-case forms.
    private static bool IsCommaFreeConnective(ReadOnlySpan<char> word)
    {
        if (word.Length > "meanwhile".Length)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return lower is "but" or "and" or "meanwhile";
    }

    private static bool StartsClause(ReadOnlySpan<char> word) =>
        !word.IsEmpty && !word.Equals("for", StringComparison.OrdinalIgnoreCase) && !word.Equals("so", StringComparison.OrdinalIgnoreCase)
        && !word.Equals("then", StringComparison.OrdinalIgnoreCase) && char.IsLetterOrDigit(word.TrimStart("\"'“‘")[0]);

    // "The Xyz Agency (XA) said" becomes "The Xyz Agency said": the bracket goes, the name before it stays.
    private static string DropBracketAsides(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        while (open > 0)
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            var inner = text.AsSpan(open + 2, close - open - 2);
            var before = text[open - 1];
            var droppable = (char.IsLetterOrDigit(before) || before is '.' or '\'' or '’' or '"' or '”')
                && WordTokenizer.CountWords(inner) <= MaxAsideWords && !inner.ContainsAny("(\"“”")
                && !MeaningWords.Holds(inner) && !IsDatelineTag(text, close);
            if (droppable)
            {
                // "(CNN)Rescuers": a word glued to the bracket keeps a space before it.
                var glued = close + 1 < text.Length && char.IsLetterOrDigit(text[close + 1]);
                text = text[..open] + (glued ? " " : string.Empty) + text[(close + 1)..];
                open = text.IndexOf(" (", open, StringComparison.Ordinal);
            }
            else
            {
                open = text.IndexOf(" (", close, StringComparison.Ordinal);
            }
        }

        return text;
    }

    // "Haitians have migrated - many of them from the south - to the Dominican Republic": an aside between dashes.
    private static string DropDashAsides(string text)
    {
        foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — ", " -- "])
        {
            var open = text.IndexOf(dash, StringComparison.Ordinal);
            // At least two words before the aside: "LONDON - and …" is a dateline's dash, not an aside's.
            if (open <= 0 || text.AsSpan(0, open).IndexOf(' ') < 0)
            {
                continue;
            }

            var close = text.IndexOf(dash, open + dash.Length, StringComparison.Ordinal);
            if (close < 0)
            {
                continue;
            }

            var aside = text.AsSpan(open + dash.Length, close - open - dash.Length);
            if (WordTokenizer.CountWords(aside) <= MaxDashAsideWords && !aside.ContainsAny("\"“”(")
                && !MeaningWords.Holds(aside) && !EndsInAttribution(text.AsSpan(close + dash.Length)))
            {
                return text[..open] + " " + text[(close + dash.Length)..];
            }
        }

        return text;
    }

    // A tag followed by a dash and a new sentence ("BEIJING, Jan. 15 (Xinhua) -- China's …") is a dateline's; a dateline
    // NewsDateline did not take stays whole. "Green Valley (GV) - the region's biggest grower -" is a name and an aside.
    private static bool IsDatelineTag(string text, int close)
    {
        var rest = text.AsSpan(close + 1).TrimStart(' ');
        if (rest.IsEmpty || rest[0] is not ('-' or '—' or '–'))
        {
            return false;
        }

        rest = rest.TrimStart("-—– ");
        return !rest.IsEmpty && (char.IsUpper(rest[0]) || char.IsDigit(rest[0]) || rest[0] is '"' or '“' or '\'' or '‘');
    }

    // "… — the regulator said.": what follows the closing dash is the attribution that ends the sentence, so the aside
    // and the attribution go together (TrailingAttribution) or both stay.
    private static bool EndsInAttribution(ReadOnlySpan<char> rest)
    {
        var words = WordTokenizer.CountWords(rest);
        if (words > MaxAttributionWords)
        {
            return false;
        }

        // A subject, then the reporting verb as one of the last two words: "the regulator said.", "officials told CNN.";
        // "said it would cut prices" is the sentence's own verb after an aside.
        var index = 0;
        foreach (var range in rest.SplitAny(" ,."))
        {
            if (rest[range].IsEmpty)
            {
                continue;
            }

            if (ReportingVerbs.Contains(rest[range]))
            {
                return index >= 1 && index >= words - 2;
            }

            index++;
        }

        return false;
    }

    private const int MaxAttributionWords = 8;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportingVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "according", "reported", "reports", "added", "announced", "warned", "claimed", "stated",
         "insisted", "argued", "wrote", "explained", "noted"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // "Tomkins, 26, will return" becomes "Tomkins will return"; "Ann Lee, 54, a baker whose …" becomes "Ann Lee, a baker whose …".
    private static string DropAges(string text)
    {
        var at = text.IndexOf(", ", StringComparison.Ordinal);
        while (at > 0 && at + 5 <= text.Length)
        {
            var end = at + 2;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            var digits = end - at - 2;
            if (digits is 1 or 2 && end + 1 < text.Length && text[end] == ',' && text[end + 1] == ' ' && FollowsName(text, at))
            {
                var next = NextWord(text, end + 2);
                text = AppositiveOpeners.Contains(next) || (next.Length > 0 && char.IsUpper(next[0]))
                    ? text[..at] + text[end..]
                    : text[..at] + text[(end + 1)..];
            }

            at = text.IndexOf(", ", at + 1, StringComparison.Ordinal);
        }

        return text;
    }

    // An age follows a name or a word for a person: "Okafor, 52," or "a man, 26,"; not "in 2010, 25, …" or "rooms 4, 5, 6".
    private static bool FollowsName(string text, int comma)
    {
        var start = text.LastIndexOf(' ', comma - 1) + 1;
        var word = text.AsSpan(start, comma - start);
        return word.Length > 1 && (char.IsUpper(word[0]) || PersonNouns.Contains(word)) && !char.IsDigit(word[^1]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = FrozenSet.ToFrozenSet(
        ["man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "victim", "driver",
         "teenager", "student", "pensioner", "grandmother", "grandfather", "brother", "sister", "friend", "partner", "suspect"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> NextWord(string text, int start)
    {
        var rest = text.AsSpan(start);
        var space = rest.IndexOf(' ');
        return ClauseShape.Bare(space < 0 ? rest : rest[..space]);
    }

    private static bool ContainsQuotedSpeech(string text) =>
        text.AsSpan().Count('"') + text.AsSpan().Count('“') + text.AsSpan().Count('”') >= 2
        || text.Contains('‘', StringComparison.Ordinal) || text.Contains(" '", StringComparison.Ordinal);

    private static int NthSpace(string text, int n)
    {
        var index = -1;
        for (var i = 0; i < n; i++)
        {
            index = text.IndexOf(' ', index + 1);
            if (index < 0)
            {
                return -1;
            }
        }

        return index;
    }
}
