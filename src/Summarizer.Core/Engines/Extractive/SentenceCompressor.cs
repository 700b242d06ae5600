using System.Collections.Frozen;
using Summarizer.Core.Text;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Shortens an English summary sentence without changing what it says: drops news-agency tags and datelines
/// ("(CNN)", "LONDON (Reuters) -"), a leading connective ("But", "However,"), short bracketed
/// or dashed asides ("(pictured)", "- many of them without papers -"), an opening "when" phrase ("On Tuesday,"), ages
/// (", 26,"), and a trailing attribution (", police said.") when the sentence holds no quote. Every word it
/// keeps stands in the article in the same order, so the summary stays extractive.
/// </summary>
internal static class SentenceCompressor
{
    private const int MaxAsideWords = 4;
    private const int MaxAttributionWords = 5;
    private const int MinKeptWords = 6;
    private const int MaxSettingWords = 5;
    private const int MaxDashAsideWords = 10;

    private static readonly FrozenSet<string> Connectives = FrozenSet.ToFrozenSet(
        ["and", "but", "so", "yet", "however", "meanwhile", "also", "still", "moreover", "furthermore", "besides",
         "nevertheless", "nonetheless", "instead", "indeed", "in addition", "in fact", "as a result", "at the same time",
         "on the other hand", "by contrast", "in contrast", "now"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AttributionVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "added", "adds", "told", "reported", "reports", "explained", "stated", "noted", "claimed",
         "confirmed", "announced", "revealed", "insisted", "warned", "admitted", "believes", "believed"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SettingOpeners = FrozenSet.ToFrozenSet(
        ["on", "in", "at", "after", "before", "during", "since", "following", "earlier", "later", "last", "this", "by", "until", "over", "for"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Compress(string sentence)
    {
        var text = DropLeadingTag(sentence);
        text = DropLeadingConnective(text);
        text = DropShortAsides(text);
        text = DropDashAsides(text);
        text = DropLeadingSetting(text);
        text = DropAges(text);
        if (!ContainsQuotedSpeech(text))
        {
            text = DropTrailingAttribution(text);
        }

        text = text.Trim();
        if (WordTokenizer.CountWords(text) < MinKeptWords)
        {
            return sentence;
        }

        return char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
    }

    // "(CNN)Recently, ..." / "LONDON, England (CNN) -- ..." / "KYIV (Reuters) - ...": the tag says who wrote it, not what happened.
    private static string DropLeadingTag(string text)
    {
        var close = text.IndexOf(')');
        if (close < 0 || close > 60)
        {
            return text;
        }

        var open = text.LastIndexOf('(', close);
        if (open < 0)
        {
            return text;
        }

        var before = text[..open];
        if (before.Length > 0 && !IsDateline(before))
        {
            return text;
        }

        var rest = text[(close + 1)..].TrimStart();
        if (rest.StartsWith("--", StringComparison.Ordinal))
        {
            rest = rest[2..];
        }
        else if (rest.StartsWith('-') || rest.StartsWith('—') || rest.StartsWith('–'))
        {
            rest = rest[1..];
        }

        return rest.TrimStart();
    }

    // A dateline is a few upper-case-initial words, e.g. "LONDON, England " or "NEW YORK ".
    private static bool IsDateline(string text)
    {
        var words = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => char.IsUpper(w[0]));
    }

    private static string DropLeadingConnective(string text)
    {
        for (var words = 5; words >= 1; words--)
        {
            var end = NthSpace(text, words);
            if (end < 0)
            {
                continue;
            }

            var head = text[..end];
            var hasComma = head.EndsWith(',');
            if (Connectives.Contains(head.TrimEnd(',')) && (hasComma || words == 1))
            {
                return text[(end + 1)..];
            }
        }

        return text;
    }

    // "On Tuesday, ..." / "In 2013, ..." / "Earlier this year, ...": when and where, not what happened.
    private static string DropLeadingSetting(string text)
    {
        var comma = text.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return text;
        }

        var head = text.AsSpan(0, comma);
        var firstSpace = head.IndexOf(' ');
        var firstWord = firstSpace < 0 ? head : head[..firstSpace];
        if (WordTokenizer.CountWords(head) > MaxSettingWords || !SettingOpeners.Contains(firstWord))
        {
            return text;
        }

        return text[(comma + 2)..];
    }

    // "Tomkins, 26, will return": the age is rarely what a summary is for.
    private static string DropAges(string text)
    {
        var at = text.IndexOf(", ", StringComparison.Ordinal);
        while (at >= 0 && at + 5 <= text.Length)
        {
            var end = at + 2;
            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            var digits = end - at - 2;
            if (digits is 1 or 2 && end + 1 < text.Length && text[end] == ',' && text[end + 1] == ' ')
            {
                text = text[..at] + text[end..].Substring(1);
            }

            at = text.IndexOf(", ", at + 1, StringComparison.Ordinal);
        }

        return text;
    }

    // "Haitians have migrated - many of them without papers - to the Dominican Republic": an aside between dashes.
    private static string DropDashAsides(string text)
    {
        foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — "])
        {
            var open = text.IndexOf(dash, StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            var close = text.IndexOf(dash, open + dash.Length, StringComparison.Ordinal);
            if (close > open && WordTokenizer.CountWords(text.AsSpan(open + dash.Length, close - open - dash.Length)) <= MaxDashAsideWords)
            {
                return text[..open] + " " + text[(close + dash.Length)..];
            }
        }

        return text;
    }

    private static string DropShortAsides(string text)
    {
        var open = text.IndexOf(" (", StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf(')', open);
            if (close < 0)
            {
                break;
            }

            if (WordTokenizer.CountWords(text.AsSpan(open + 2, close - open - 2)) <= MaxAsideWords)
            {
                text = text[..open] + text[(close + 1)..];
                open = text.IndexOf(" (", open, StringComparison.Ordinal);
            }
            else
            {
                open = text.IndexOf(" (", close, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static string DropTrailingAttribution(string text)
    {
        var end = text.Length;
        while (end > 0 && text[end - 1] is '.' or ' ')
        {
            end--;
        }

        if (end == text.Length || end == 0)
        {
            return text;
        }

        var comma = text.LastIndexOf(", ", end - 1, StringComparison.Ordinal);
        if (comma <= 0)
        {
            return text;
        }

        var tail = text[(comma + 2)..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isAttribution = tail.Length is >= 2 and <= MaxAttributionWords
            && (AttributionVerbs.Contains(tail[^1]) || AttributionVerbs.Contains(tail[1]) || AttributionVerbs.Contains(tail[0])
                || tail[0].Equals("according", StringComparison.OrdinalIgnoreCase));
        return isAttribution ? text[..comma] + "." : text;
    }

    private static bool ContainsQuotedSpeech(string text) => text.Count(c => c is '"' or '“' or '”') >= 2
        || text.Contains('‘', StringComparison.Ordinal);

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
