namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Where the content of a raw-text element (script, style, title, text area, template…) ends: at its end tag, in any
/// case. Two need more than a search. Templates nest, so each one opened inside ends first. A script ends at the
/// first <c>&lt;/script&gt;</c> unless <c>&lt;!--</c> came before: then, by the tokenizer's script-data states, a
/// <c>&lt;script&gt;</c> opens a stretch (the standard's "double escaped" script data) in which
/// <c>&lt;/script&gt;</c> only closes that inner script, until <c>--&gt;</c>. Old pages wrap
/// <c>document.write('&lt;script…&gt;&lt;/script&gt;')</c> this way; ending at the inner end tag would turn the rest
/// of the script into page text.
/// </summary>
internal static class RawTextEnd
{
    private enum State
    {
        Data,
        Escaped,
        DoubleEscaped,
    }

    /// <summary>The index of the <c>&lt;/</c> of the tag that ends the content starting at <paramref name="from"/>, or -1.</summary>
    public static int Find(ReadOnlySpan<char> text, int from, string name) => name switch
    {
        "script" => FindScriptEnd(text, from),
        "template" => FindTemplateEnd(text, from),
        _ => FindEndTag(text, from, name),
    };

    /// <summary>The index of the first end tag named <paramref name="name"/> (any case) from <paramref name="from"/>, or -1.</summary>
    private static int FindEndTag(ReadOnlySpan<char> text, int from, string name)
    {
        while (true)
        {
            var found = text[from..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var tagStart = from + found;
            var nameEnd = tagStart + 2 + name.Length;
            if (nameEnd <= text.Length
                && text.Slice(tagStart + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == text.Length || HtmlTokenizer.TagNameEnd.Contains(text[nameEnd])))
            {
                return tagStart;
            }

            from = tagStart + 2;
        }
    }

    /// <summary>The end tag of a template's content: templates nest, so each one opened inside ends first.</summary>
    private static int FindTemplateEnd(ReadOnlySpan<char> text, int from)
    {
        var open = 0;
        while (FindEndTag(text, from, "template") is var end and >= 0)
        {
            var inside = text[from..end];
            for (var start = inside.IndexOf("<template", StringComparison.OrdinalIgnoreCase); start >= 0;
                 start = NextIndex(inside, start + 1, "<template"))
            {
                var nameEnd = start + "<template".Length;
                if (nameEnd == inside.Length || HtmlTokenizer.TagNameEnd.Contains(inside[nameEnd]))
                {
                    open++;
                }
            }

            if (open == 0)
            {
                return end;
            }

            open--;
            from = end + 2;
        }

        return -1;

        static int NextIndex(ReadOnlySpan<char> span, int from, string value) =>
            span[from..].IndexOf(value, StringComparison.OrdinalIgnoreCase) is var found and >= 0 ? from + found : -1;
    }


    /// <summary>The end tag of a script, by the script-data states; only scripts that contain <c>&lt;!--</c> need them.</summary>
    private static int FindScriptEnd(ReadOnlySpan<char> text, int from)
    {
        var end = FindEndTag(text, from, "script");
        var comment = text[from..(end < 0 ? text.Length : end)].IndexOf("<!--", StringComparison.Ordinal);
        return comment < 0 ? end : FindEndFromComment(text, from + comment);
    }

    /// <summary>Runs the states character by character; only scripts that contain <c>&lt;!--</c> take this path.</summary>
    private static int FindEndFromComment(ReadOnlySpan<char> text, int position)
    {
        var state = State.Data;
        var dashes = 0;
        while (position < text.Length)
        {
            if (state == State.Data)
            {
                var next = text[position..].IndexOf('<');
                if (next < 0)
                {
                    return -1;
                }

                position += next;
                if (IsScriptEnd(text, position, atEndOfInput: true))
                {
                    return position;
                }

                if (text[position..].StartsWith("<!--", StringComparison.Ordinal))
                {
                    // "<!--" leaves the states as after two dashes, so "<!-->" ends the escaping at once.
                    (state, dashes, position) = (State.Escaped, 2, position + 4);
                    continue;
                }

                position++;
                continue;
            }

            if (EscapedStep(text, ref position, ref state, ref dashes))
            {
                return position;
            }
        }

        return -1;
    }

    /// <summary>One character of escaped (or double-escaped) script text; true when the script's end tag starts at <paramref name="position"/>.</summary>
    private static bool EscapedStep(ReadOnlySpan<char> text, ref int position, ref State state, ref int dashes)
    {
        switch (text[position])
        {
            case '-':
                dashes++;
                position++;
                break;
            case '>' when dashes >= 2:
                (state, dashes) = (State.Data, 0);
                position++;
                break;
            case '<' when IsScriptEnd(text, position, atEndOfInput: false):
                if (state == State.Escaped)
                {
                    return true;
                }

                // The inner script's end tag (and the character after its name) returns to escaped text.
                (state, dashes, position) = (State.Escaped, 0, position + 2 + "script".Length + 1);
                break;
            case '<' when state == State.Escaped && IsScriptName(text, position + 1, atEndOfInput: false):
                (state, dashes, position) = (State.DoubleEscaped, 0, position + 1 + "script".Length + 1);
                break;
            default:
                dashes = 0;
                position++;
                break;
        }

        return false;
    }

    private static bool IsScriptEnd(ReadOnlySpan<char> text, int position, bool atEndOfInput) =>
        position + 1 < text.Length && text[position] == '<' && text[position + 1] == '/' && IsScriptName(text, position + 2, atEndOfInput);

    /// <summary>"script" in any case at <paramref name="position"/>, followed by what ends a tag name.</summary>
    private static bool IsScriptName(ReadOnlySpan<char> text, int position, bool atEndOfInput)
    {
        var nameEnd = position + "script".Length;
        if (nameEnd > text.Length || !text[position..nameEnd].Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return nameEnd == text.Length ? atEndOfInput : text[nameEnd] is ' ' or '\t' or '\n' or '\f' or '\r' or '/' or '>';
    }
}
