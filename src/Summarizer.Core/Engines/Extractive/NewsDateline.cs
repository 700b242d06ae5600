using System.Collections.Frozen;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Recognises the credit a wire story opens with, in its real shapes only:
/// <list type="bullet">
/// <item>a dateline: an upper-case place ("KYIV", "NEW YORK"), optionally a region after a comma ("LONDON, England"),
/// optionally an agency in brackets, then a dash: "KYIV (Reuters) -", "WASHINGTON (AP) —", "PARIS -";</item>
/// <item>a title-case place with a known agency in brackets and a dash: "Kyiv, Ukraine (AP) —", or with the tag
/// glued to the story: "Kathmandu, Nepal (CNN)Rescuers …";</item>
/// <item>a lone leading agency tag: "(CNN)", "(Reuters) --";</item>
/// <item>the shapes wire services and news sites use today: a date after the place ("BEIJING, Jan. 15 (Xinhua) --"),
/// an unspaced dash after an upper-case place ("TOKYO—The Bank of Japan …"), an agency without brackets ("Tokyo CNN
/// —").</item>
/// </list>
/// A name followed by a bracket ("The Xyz Agency (XA) said …") is none of these: without the dash, or with words that
/// are not an upper-case place, the opening is the sentence's subject and stays.
/// </summary>
internal static class NewsDateline
{
    private const int MaxPlaceWords = 4;
    private const int MaxTagWords = 4;
    private const int MaxTagLength = 40;

    private static readonly FrozenSet<string> Agencies = FrozenSet.ToFrozenSet(
        ["Reuters", "AP", "AFP", "CNN", "UPI", "PA", "dpa", "DPA", "Xinhua", "EFE", "ANSA", "Kyodo", "Yonhap", "TASS",
         "Interfax", "PTI", "IANS", "Bloomberg", "BBC", "CNS", "RIA", "Anadolu", "Bernama", "AAP", "NZPA", "CP"],
        StringComparer.Ordinal);

    /// <summary>The length of the dateline or agency tag that opens <paramref name="text"/> (with the dash and spaces after it), or 0.</summary>
    public static int Length(string text)
    {
        if (text.StartsWith('('))
        {
            var close = TagEnd(text, 0);
            return close < 0 || !StartsLikeProse(text, close + 1) ? 0 : AfterDash(text, close + 1, dashRequired: false);
        }

        var open = text.IndexOf('(');
        var dash = FirstDash(text);
        var placeEnd = open >= 0 && (dash < 0 || open < dash) ? open : dash;
        if (placeEnd <= 0)
        {
            return 0;
        }

        var place = text.AsSpan(0, placeEnd).Trim();
        var agencyTagged = false;
        if (placeEnd == dash && place.LastIndexOf(' ') is var lastSpace and > 0 && Agencies.Contains(place[(lastSpace + 1)..].ToString()))
        {
            // "Tokyo CNN —": the agency without brackets.
            agencyTagged = true;
            place = place[..lastSpace].TrimEnd();
        }

        var end = placeEnd;
        if (placeEnd == open)
        {
            var close = TagEnd(text, open);
            if (close < 0)
            {
                return 0;
            }

            agencyTagged = Agencies.Contains(text.AsSpan(open + 1, close - open - 1).Trim().ToString());
            end = close + 1;
        }

        if (!IsPlace(place, allowTitleCase: agencyTagged))
        {
            return 0;
        }

        // CNN glues its tag to the story: "Kathmandu, Nepal (CNN)Rescuers …" needs no dash.
        var glued = agencyTagged && end < text.Length && char.IsUpper(text[end]);
        var length = AfterDash(text, end, dashRequired: !glued);
        return length > 0 && StartsLikeProse(text, length) ? length : 0;
    }

    // "(CNN)", "(The Hollywood Reporter)": a few capitalised words in brackets, closed soon.
    private static int TagEnd(string text, int open)
    {
        var close = text.IndexOf(')', open + 1);
        if (close < 0 || close - open > MaxTagLength)
        {
            return -1;
        }

        var words = text.AsSpan(open + 1, close - open - 1).Trim();
        if (words.IsEmpty || words.ContainsAny("(,;:"))
        {
            return -1;
        }

        var count = 0;
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty)
            {
                continue;
            }

            count++;
            if (!char.IsUpper(word[0]) && !Agencies.Contains(word.ToString()))
            {
                return -1;
            }
        }

        return count <= MaxTagWords ? close : -1;
    }

    // "NEW YORK", "LONDON, England", "SAN JUAN, Puerto Rico": the first word all capitals, the rest capitalised; after a
    // comma, a date may follow the place ("BEIJING, Jan. 15", "PARIS, 3 March 2024").
    private static bool IsPlace(ReadOnlySpan<char> place, bool allowTitleCase)
    {
        var words = 0;
        var first = true;
        var afterComma = false;
        var inDate = false;
        foreach (var range in place.Split(' '))
        {
            var raw = place[range];
            var word = raw.TrimEnd(',');
            if (word.IsEmpty)
            {
                continue;
            }

            var isDateWord = afterComma && (char.IsAsciiDigit(word[0]) || Months.Contains(word.TrimEnd('.').ToString()));
            inDate |= isDateWord;
            if (!isDateWord)
            {
                words++;
                if (inDate || !char.IsUpper(word[0]) || (first && !allowTitleCase && !IsAllCaps(word)))
                {
                    return false;
                }
            }

            afterComma |= raw.EndsWith(',');
            first = false;
        }

        return words is > 0 and <= MaxPlaceWords;
    }

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "January", "February", "March", "April",
         "May", "June", "July", "August", "September", "October", "November", "December"],
        StringComparer.Ordinal);

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2;
    }

    private static int FirstDash(string text)
    {
        var limit = Math.Min(text.Length, 60);
        for (var i = 1; i < limit - 1; i++)
        {
            if (text[i] is '-' or '—' or '–' && text[i - 1] == ' ' && (text[i + 1] == ' ' || text[i + 1] == '-'))
            {
                return i;
            }

            // "TOKYO—The …", "WASHINGTON--The …": an unspaced dash after an upper-case place (a hyphen alone joins words).
            var unspaced = text[i] is '—' or '–' || (text[i] == '-' && text[i + 1] == '-');
            if (unspaced && char.IsUpper(text[i - 1]) && i >= 2 && char.IsUpper(text[i - 2]))
            {
                return i;
            }
        }

        return -1;
    }

    private static int AfterDash(string text, int position, bool dashRequired)
    {
        var i = position;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        var dashStart = i;
        while (i < text.Length && text[i] is '-' or '—' or '–' && i - dashStart < 2)
        {
            i++;
        }

        if (i == dashStart && dashRequired)
        {
            return 0;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length ? i : 0;
    }

    // What follows the credit must open a sentence: a capital, a digit or a quotation mark.
    private static bool StartsLikeProse(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '-' or '—' or '–')
        {
            position++;
        }

        return position < text.Length && (char.IsUpper(text[position]) || char.IsDigit(text[position]) || text[position] is '"' or '“' or '\'' or '‘');
    }
}
