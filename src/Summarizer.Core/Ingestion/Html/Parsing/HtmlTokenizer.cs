using System.Buffers;
using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Splits markup into text, start tags and end tags, following the HTML tokenizer where it matters for reading text:
/// names are lower-cased, attribute values may be double-, single- or unquoted, character references are decoded,
/// comments, doctypes and processing instructions are dropped, and a <c>&lt;</c> that starts no tag is text. The tree
/// builder reads raw-text contents (scripts, styles, titles) with <see cref="ReadRawText"/>, as the tokenizer does
/// when the tree builder switches its state.
/// </summary>
/// <param name="html">The markup.</param>
/// <param name="keptAttributes">Attributes to keep (case-insensitive set), or null for all; the others are skipped unread.</param>
internal sealed class HtmlTokenizer(string html, FrozenSet<string>? keptAttributes = null)
{
    /// <summary>Longest whitespace-only text shared between its occurrences.</summary>
    private const int MaxSharedWhitespace = 64;

    internal static readonly SearchValues<char> TagNameEnd = SearchValues.Create(" \t\n\f\r/>");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\f\r>");
    private static readonly SearchValues<char> AttributeNameEnd = SearchValues.Create(" \t\n\f\r/>=");

    private readonly List<HtmlAttribute> _attributes = [];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? _keptAttributes = keptAttributes?.GetAlternateLookup<ReadOnlySpan<char>>();

    // Indentation between tags repeats all over a page; one string per distinct run is enough.
    private readonly Dictionary<string, string> _whitespace = new(StringComparer.Ordinal);
    private int _position;

    /// <summary>The name of the tag just read, lower case.</summary>
    public string TagName { get; private set; } = "";

    /// <summary>The start tag just read ended in <c>/&gt;</c> (which only counts inside SVG and MathML).</summary>
    public bool SelfClosing { get; private set; }

    /// <summary>The attributes of the start tag just read, the first of each name only.</summary>
    public List<HtmlAttribute> Attributes => _attributes;

    /// <summary>The text just read, references decoded.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Whether <c>&lt;![CDATA[…]]&gt;</c> is text (inside SVG and MathML) rather than a comment.</summary>
    public bool AllowCData { get; set; }

    public HtmlTokenKind Next()
    {
        var text = html.AsSpan();
        while (_position < text.Length)
        {
            var start = _position;
            var markup = FindMarkup(text, start);
            if (markup > start)
            {
                _position = markup;
                Text = ReadText(text[start..markup]);
                return HtmlTokenKind.Text;
            }

            if (markup == text.Length)
            {
                break;
            }

            if (ReadMarkup(text) is { } kind)
            {
                return kind;
            }
        }

        return HtmlTokenKind.EndOfFile;
    }

    /// <summary>
    /// Reads the contents of a raw-text element up to its end tag (or the end of the input) and moves past that tag.
    /// </summary>
    /// <param name="name">The element's lower-case name.</param>
    /// <param name="decode">Whether character references count (titles and text areas) or not (scripts, styles).</param>
    /// <returns>The contents, or null when <paramref name="keep"/> is false.</returns>
    /// <param name="keep">Whether the contents are wanted at all; scripts and styles are only skipped.</param>
    public string? ReadRawText(string name, bool decode, bool keep)
    {
        var text = html.AsSpan();
        var start = _position;
        var tagStart = RawTextEnd.Find(text, start, name);
        if (tagStart < 0)
        {
            _position = text.Length;
            return keep ? Content(text[start..]) : null;
        }

        _position = tagStart + 2 + name.Length;
        SkipAttributes(text, keep: false);
        return keep ? Content(text[start..tagStart]) : null;

        string Content(ReadOnlySpan<char> content) => decode ? CharacterReferences.Decode(content, inAttribute: false) : content.ToString();
    }

    /// <summary>Drops one line break right after the current position: the one that follows <c>&lt;pre&gt;</c> is not content.</summary>
    public void SkipLineBreak()
    {
        if (_position < html.Length && html[_position] == '\r')
        {
            _position++;
            if (_position < html.Length && html[_position] == '\n')
            {
                _position++;
            }
        }
        else if (_position < html.Length && html[_position] == '\n')
        {
            _position++;
        }
    }

    /// <summary>Moves to the end of the input: what follows <c>&lt;plaintext&gt;</c> is text to the end.</summary>
    public string ReadToEnd()
    {
        var rest = html[_position..];
        _position = html.Length;
        return rest;
    }

    private string ReadText(ReadOnlySpan<char> run)
    {
        if (run.Length > MaxSharedWhitespace || run.ContainsAnyExcept(" \t\n\f\r"))
        {
            return CharacterReferences.Decode(run, inAttribute: false);
        }

        var lookup = _whitespace.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(run, out var shared))
        {
            shared = run.ToString();
            _whitespace.Add(shared, shared);
        }

        return shared;
    }

    /// <summary>The index of the next <c>&lt;</c> that starts a tag, comment or declaration, or the input's length.</summary>
    private static int FindMarkup(ReadOnlySpan<char> text, int from)
    {
        while (true)
        {
            var found = text[from..].IndexOf('<');
            if (found < 0)
            {
                return text.Length;
            }

            var at = from + found;
            if (at + 1 < text.Length && (char.IsAsciiLetter(text[at + 1]) || text[at + 1] is '/' or '!' or '?'))
            {
                return at;
            }

            from = at + 1;
        }
    }

    /// <summary>Reads the markup at the current <c>&lt;</c>; returns null for markup that yields no token (a comment).</summary>
    private HtmlTokenKind? ReadMarkup(ReadOnlySpan<char> text)
    {
        var next = text[_position + 1];
        if (next == '!')
        {
            ReadDeclaration(text);
            return Text.Length > 0 ? HtmlTokenKind.Text : null;
        }

        if (next == '?')
        {
            _position = SkipPast(text, _position + 2, ">");
            return null;
        }

        if (next == '/')
        {
            if (_position + 2 < text.Length && char.IsAsciiLetter(text[_position + 2]))
            {
                _position += 2;
                TagName = ReadName(text);
                SkipAttributes(text, keep: false);
                return TagName.Length == 0 ? null : HtmlTokenKind.EndTag;
            }

            if (_position + 2 == text.Length)
            {
                // "</" at the very end is text.
                _position = text.Length;
                Text = "</";
                return HtmlTokenKind.Text;
            }

            // "</>" is dropped; "</" and anything but a letter is a bogus comment.
            _position = SkipPast(text, _position + 2, ">");
            return null;
        }

        _position++;
        TagName = ReadName(text);
        SelfClosing = SkipAttributes(text, keep: true);
        return TagName.Length == 0 ? null : HtmlTokenKind.StartTag;
    }

    /// <summary>Comments, doctypes and other <c>&lt;!</c> declarations; a CDATA section inside SVG or MathML is text.</summary>
    private void ReadDeclaration(ReadOnlySpan<char> text)
    {
        Text = "";
        var rest = text[_position..];
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (rest[4..].StartsWith('>') || rest[4..].StartsWith("->", StringComparison.Ordinal))
            {
                _position += rest[4] == '>' ? 5 : 6;
                return;
            }

            // The comment ends at the first "-->" or "--!>"; both start with "--", so one search finds either.
            var body = 4;
            while (true)
            {
                var dashes = rest[body..].IndexOf("--", StringComparison.Ordinal);
                if (dashes < 0)
                {
                    _position = text.Length;
                    return;
                }

                var after = rest[(body + dashes + 2)..];
                if (after.StartsWith('>') || after.StartsWith("!>", StringComparison.Ordinal))
                {
                    _position += body + dashes + (after[0] == '>' ? 3 : 4);
                    return;
                }

                body += dashes + 1;
            }
        }

        if (AllowCData && rest.StartsWith("<![CDATA[", StringComparison.Ordinal))
        {
            var end = rest.IndexOf("]]>", StringComparison.Ordinal);
            Text = end < 0 ? rest[9..].ToString() : rest[9..end].ToString();
            _position = end < 0 ? text.Length : _position + end + 3;
            return;
        }

        _position = SkipPast(text, _position + 2, ">");
    }

    private string ReadName(ReadOnlySpan<char> text)
    {
        var start = _position;
        var length = text[start..].IndexOfAny(TagNameEnd);
        var end = length < 0 ? text.Length : start + length;
        _position = end;
        return HtmlNames.Get(text[start..end]);
    }

    /// <summary>Reads attributes up to and past the closing <c>&gt;</c>; returns whether the tag closed itself.</summary>
    private bool SkipAttributes(ReadOnlySpan<char> text, bool keep)
    {
        _attributes.Clear();
        var position = _position;
        var selfClosing = false;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '>')
            {
                _position = position + 1;
                return selfClosing;
            }

            if (c is ' ' or '\t' or '\n' or '\f' or '\r' || c == '/')
            {
                selfClosing = c == '/';
                position++;
                continue;
            }

            selfClosing = false;

            // A name may start with "=" (it is then part of the name); it ends at space, "/", ">" or "=".
            var nameStart = position;
            var nameLength = text[(position + 1)..].IndexOfAny(AttributeNameEnd);
            var nameEnd = nameLength < 0 ? text.Length : position + 1 + nameLength;
            position = SkipSpace(text, nameEnd);
            ReadOnlySpan<char> value = default;
            var hasReferences = false;
            if (position < text.Length && text[position] == '=')
            {
                value = ReadValue(text, ref position);
                hasReferences = value.Contains('&');
            }

            if (keep)
            {
                AddAttribute(text[nameStart..nameEnd], value, hasReferences);
            }
        }

        // A tag cut off by the end of the input is dropped, as browsers do.
        _position = text.Length;
        TagName = "";
        return false;
    }

    /// <summary>Reads an attribute's value, quoted or not, from the <c>=</c> at <paramref name="position"/>, and moves past it.</summary>
    private static ReadOnlySpan<char> ReadValue(ReadOnlySpan<char> text, scoped ref int position)
    {
        position = SkipSpace(text, position + 1);
        if (position < text.Length && text[position] is '"' or '\'')
        {
            var quote = text[position];
            var close = text[(position + 1)..].IndexOf(quote);
            var quotedEnd = close < 0 ? text.Length : position + 1 + close;
            var quoted = text[(position + 1)..quotedEnd];
            position = Math.Min(quotedEnd + 1, text.Length);
            return quoted;
        }

        var valueLength = text[position..].IndexOfAny(UnquotedValueEnd);
        var valueEnd = valueLength < 0 ? text.Length : position + valueLength;
        var value = text[position..valueEnd];
        position = valueEnd;
        return value;
    }

    private void AddAttribute(ReadOnlySpan<char> rawName, ReadOnlySpan<char> rawValue, bool hasReferences)
    {
        string name;
        if (_keptAttributes is { } kept)
        {
            if (!kept.TryGetValue(rawName, out var keptName))
            {
                return;
            }

            name = keptName;
        }
        else
        {
            name = HtmlNames.Get(rawName);
        }

        foreach (var attribute in _attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return;
            }
        }

        var value = rawValue.IsEmpty ? "" : hasReferences ? CharacterReferences.Decode(rawValue, inAttribute: true) : rawValue.ToString();
        _attributes.Add(new HtmlAttribute(name, value));
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            position++;
        }

        return position;
    }

    private static int SkipPast(ReadOnlySpan<char> text, int from, string terminator)
    {
        if (from >= text.Length)
        {
            return text.Length;
        }

        var found = text[from..].IndexOf(terminator, StringComparison.Ordinal);
        return found < 0 ? text.Length : from + found + terminator.Length;
    }
}
