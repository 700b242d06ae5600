using System.Buffers;

namespace Summarizer.Core.Text;

/// <summary>
/// Recognises the metadata that pages and exports put around an article's text: whole lines such as "By Jane Doe",
/// "Published 19 August 2025", "Updated: 10:32 GMT", "Reading time: 4 minutes", "5 min read", "Photo: Reuters",
/// "Share this article", and the same date labels run into the first sentence ("date 2025-08-19 The possibility …").
/// None of it is a sentence an engine should pick or a reader should see as prose.
/// </summary>
public static class EdgeMetadata
{
    private const int MaxLineWords = 12;

    // A metadata line is short; longer text is prose and is rejected before any word is looked at.
    private const int MaxLineLength = 120;
    private const int MaxBylineWords = 7;

    private static readonly string[] DateLabels = ["date", "published", "updated", "last updated", "posted", "modified", "first published"];

    private static readonly string[] LinePrefixes =
    [
        "photo:", "photograph:", "image:", "picture:", "pictures:", "credit:", "credits:", "caption:", "source:",
        "reading time", "share this article", "share this story", "share on", "advertisement", "follow us", "copyright",
        "©", "all rights reserved", "read more:", "related:", "listen to this article", "print this article",
    ];

    // What a line must start with, upper-cased, to start with one of the prefixes (compared ignoring case): most lines
    // are ruled out by their first character without trying the prefixes one by one.
    private static readonly SearchValues<char> LinePrefixStarts = SearchValues.Create([.. LinePrefixes.Select(p => char.ToUpperInvariant(p[0])).Distinct()]);

    /// <summary>True when <paramref name="sentence"/> is a metadata line rather than prose.</summary>
    public static bool IsMetadataLine(ReadOnlySpan<char> sentence)
    {
        var text = sentence.Trim();
        // The shapes first, which most lines fail at their first character; the words are counted only for one that fits.
        return !text.IsEmpty && text.Length <= MaxLineLength && HasMetadataShape(text) && CountWords(text) <= MaxLineWords;
    }

    private static bool HasMetadataShape(ReadOnlySpan<char> text)
    {
        if (LinePrefixStarts.Contains(char.ToUpperInvariant(text[0])))
        {
            foreach (var prefix in LinePrefixes)
            {
                if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (text.EndsWith("min read", StringComparison.OrdinalIgnoreCase) || text.EndsWith("minute read", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var label = DateLabelLength(text);
        if (label > 0 && IsDateValue(text[label..].TrimEnd('.')))
        {
            return true;
        }

        return IsByline(text);
    }

    /// <summary>
    /// The length of a date label and value run into the start of a sentence ("date 2025-08-19 ", "Published 19 Aug
    /// 2025 "), including the spaces after it, when prose starting with a capital follows; otherwise 0.
    /// </summary>
    public static int PrefixLength(ReadOnlySpan<char> sentence)
    {
        var label = DateLabelLength(sentence);
        if (label == 0)
        {
            return 0;
        }

        var end = label;
        var lastValueEnd = 0;
        while (end < sentence.Length)
        {
            var start = end;
            while (start < sentence.Length && sentence[start] == ' ')
            {
                start++;
            }

            var stop = sentence[start..].IndexOf(' ');
            var word = stop < 0 ? sentence[start..] : sentence[start..(start + stop)];
            if (word.IsEmpty || !IsDateWord(word))
            {
                break;
            }

            end = start + word.Length;
            lastValueEnd = end;
        }

        if (lastValueEnd == 0)
        {
            return 0;
        }

        var next = lastValueEnd;
        while (next < sentence.Length && sentence[next] == ' ')
        {
            next++;
        }

        return next < sentence.Length && next > lastValueEnd && (char.IsUpper(sentence[next]) || sentence[next] is '"' or '“') ? next : 0;
    }

    // "date", "Published:", "Last updated" followed by a space: the label's length including a colon.
    private static int DateLabelLength(ReadOnlySpan<char> text)
    {
        // Every label starts with one of these letters, in either case.
        if (text.IsEmpty || (text[0] | 0x20) is not ('d' or 'p' or 'u' or 'l' or 'm' or 'f'))
        {
            return 0;
        }

        foreach (var label in DateLabels)
        {
            if (!text.StartsWith(label, StringComparison.OrdinalIgnoreCase) || text.Length <= label.Length)
            {
                continue;
            }

            var end = label.Length;
            if (text[end] == ':')
            {
                end++;
            }

            if (end < text.Length && text[end] == ' ')
            {
                return end;
            }
        }

        return 0;
    }

    private static bool IsDateValue(ReadOnlySpan<char> value)
    {
        var any = false;
        foreach (var range in value.Split(' '))
        {
            var word = value[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsDateWord(word))
            {
                return false;
            }

            any = true;
        }

        return any;
    }

    // "2025-08-19", "19", "Aug", "August", "2025,", "10:32", "GMT", "am", "|": the words a date or time is written with.
    private static bool IsDateWord(ReadOnlySpan<char> word)
    {
        var bare = word.Trim(",.|()");
        if (bare.IsEmpty)
        {
            return word.Length > 0;
        }

        if (char.IsDigit(bare[0]))
        {
            foreach (var c in bare)
            {
                if (!char.IsDigit(c) && c is not ('-' or '/' or ':' or '.' or 'T' or 'Z' or '+') && !char.IsLetter(c))
                {
                    return false;
                }
            }

            return true;
        }

        return WordLists.TimeQualifiers.Contains(bare) || bare.Equals("am", StringComparison.OrdinalIgnoreCase)
            || bare.Equals("pm", StringComparison.OrdinalIgnoreCase) || bare.Equals("at", StringComparison.OrdinalIgnoreCase)
            || bare.Equals("on", StringComparison.OrdinalIgnoreCase);
    }

    // "By Jane Doe", "By Jane Doe and Tom Roe, Reuters": capitalised words only, no sentence punctuation.
    private static bool IsByline(ReadOnlySpan<char> text)
    {
        if (!text.StartsWith("By ", StringComparison.Ordinal) || text.EndsWith('.') && !EndsWithInitial(text))
        {
            return false;
        }

        var words = 0;
        foreach (var range in text[3..].Split(' '))
        {
            var word = text[3..][range].TrimEnd(',');
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var joiner = word.Equals("and", StringComparison.Ordinal) || word is "de" or "van" or "von" or "der" or "la" or "le" or "|";
            if (!joiner && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return words is > 0 and <= MaxBylineWords;
    }

    private static bool EndsWithInitial(ReadOnlySpan<char> text) => text.Length > 2 && char.IsUpper(text[^2]) && text[^3] is ' ' or '.';

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var range in text.Split(' '))
        {
            count += text[range].IsEmpty ? 0 : 1;
        }

        return count;
    }
}
