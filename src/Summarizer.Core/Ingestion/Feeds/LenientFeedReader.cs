using Summarizer.Core.Ingestion.Html.Parsing;
using static Summarizer.Core.Ingestion.Feeds.FeedVocabulary;

namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// Reads a feed that is not well-formed XML (a broken character reference, an undeclared entity, a stray
/// <c>&amp;</c>, an unclosed tag), as feed readers do, rather than losing it: one forward pass over its tags that
/// keeps the same fields as <see cref="XmlFeedReader"/>. Tags are matched by the names they are written with; an end
/// tag closes the nearest open element of its name and is ignored when there is none; references are decoded as HTML
/// decodes them, and a malformed one stays text. Nothing is expanded or fetched; time is checked as tags are read.
/// </summary>
internal static class LenientFeedReader
{
    private const int TimeCheckInterval = 256;

    /// <summary>Open elements tracked at most; deeper ones are not, so matching an end tag costs at most this much.</summary>
    private const int MaxOpenElements = 256;

    public static FeedDocument Read(string text, DecodeBudget budget)
    {
        var reading = new Reading(text, new FeedCollector(budget));
        var tags = 0;
        while (reading.Position < text.Length)
        {
            if (++tags % TimeCheckInterval == 0)
            {
                budget.ThrowIfOverTime("the feed");
            }

            reading.Step();
        }

        return reading.Finish();
    }

    /// <summary>The state of one pass: where it stands, the open elements and the field being read.</summary>
    private sealed class Reading(string text, FeedCollector collector)
    {
        private readonly List<(string Name, Role Role)> _open = [];
        private Field? _field;

        public int Position { get; private set; }

        /// <summary>Reads the text up to the next tag, then that tag.</summary>
        public void Step()
        {
            var tag = text.IndexOf('<', Position);
            var textEnd = tag < 0 ? text.Length : tag;
            _field?.AppendText(text.AsSpan(Position, textEnd - Position));
            Position = textEnd;
            if (tag >= 0)
            {
                ReadMarkup();
            }
        }

        public FeedDocument Finish()
        {
            // A truncated feed: the field it stops in still counts.
            EndField();
            return collector.ToDocument();
        }

        private void ReadMarkup()
        {
            var rest = text.AsSpan(Position);
            if (rest.StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                var end = SkipTo("]]>", Position + 9, out var contentEnd);
                _field?.AppendMarkup(text.AsSpan(Position + 9, contentEnd - Position - 9));
                Position = end;
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                Position = SkipTo("-->", Position + 4, out _);
            }
            else if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                Position = SkipTo("?>", Position + 2, out _);
            }
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
            {
                Position = SkipTo(">", Position + 2, out _);
            }
            else if (rest.Length > 2 && rest[1] == '/' && IsNameStart(rest[2]))
            {
                ReadTag(isEnd: true);
            }
            else if (rest.Length > 1 && IsNameStart(rest[1]))
            {
                ReadTag(isEnd: false);
            }
            else
            {
                _field?.AppendText("<");
                Position++;
            }
        }

        private void ReadTag(bool isEnd)
        {
            var nameStart = Position + (isEnd ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < text.Length && !char.IsWhiteSpace(text[nameEnd]) && text[nameEnd] is not ('>' or '/'))
            {
                nameEnd++;
            }

            var tagEnd = TagEnd(nameEnd);
            var tag = text.AsSpan(Position, tagEnd - Position);
            var name = text[nameStart..nameEnd];
            Position = tagEnd;
            var selfClosing = tag.EndsWith("/>", StringComparison.Ordinal);
            if (_field is { } field && !field.Ends(name, isEnd, selfClosing))
            {
                field.AppendMarkup(tag);
            }
            else if (_field is not null)
            {
                EndField();
            }
            else if (isEnd)
            {
                Close(name);
            }
            else
            {
                Open(name, tag, selfClosing);
            }
        }

        private void Open(string name, ReadOnlySpan<char> tag, bool selfClosing)
        {
            var role = RoleOfWrittenName(name);
            var parent = _open.Count > 0 ? _open[^1].Role : Role.None;
            if (collector.Wants(role, parent) && !selfClosing)
            {
                var isPlainText = tag.Contains("type=\"text\"", StringComparison.OrdinalIgnoreCase)
                    || tag.Contains("type='text'", StringComparison.OrdinalIgnoreCase);
                _field = new Field(name, role, parent, !isPlainText);
                return;
            }

            if (role == Role.Entry)
            {
                collector.StartEntry();
                if (selfClosing)
                {
                    collector.EndEntry();
                }
            }

            if (!selfClosing && _open.Count < MaxOpenElements)
            {
                _open.Add((name, role));
            }
        }

        /// <summary>Closes the nearest open element of the name and every element opened inside it; ignored when none is open.</summary>
        private void Close(string name)
        {
            var index = _open.FindLastIndex(open => open.Name == name);
            if (index < 0)
            {
                return;
            }

            for (var i = _open.Count - 1; i >= index; i--)
            {
                if (_open[i].Role == Role.Entry)
                {
                    collector.EndEntry();
                }
            }

            _open.RemoveRange(index, _open.Count - index);
        }

        private void EndField()
        {
            if (_field is { } field)
            {
                _field = null;
                collector.Add(field.Role, field.Parent, new FeedText(field.Value, field.IsMarkup));
            }
        }

        /// <summary>
        /// Where a tag ends: after its <c>&gt;</c>, skipping any inside quoted attribute values. A quote that never
        /// closes runs to the end of the text, as in an HTML tokenizer: one pass, however the quotes fall.
        /// </summary>
        private int TagEnd(int from)
        {
            var quote = '\0';
            for (var i = from; i < text.Length; i++)
            {
                var c = text[i];
                if (quote != '\0')
                {
                    quote = c == quote ? '\0' : quote;
                }
                else if (c is '"' or '\'')
                {
                    quote = c;
                }
                else if (c == '>')
                {
                    return i + 1;
                }
            }

            return text.Length;
        }

        /// <summary>The position after <paramref name="terminator"/> (the text's end when it is missing); <paramref name="contentEnd"/> is where it starts.</summary>
        private int SkipTo(string terminator, int from, out int contentEnd)
        {
            from = Math.Min(from, text.Length);
            var at = text.IndexOf(terminator, from, StringComparison.Ordinal);
            contentEnd = at < 0 ? text.Length : at;
            return at < 0 ? text.Length : at + terminator.Length;
        }

        private static bool IsNameStart(char c) => char.IsLetter(c) || c is '_' or ':';
    }

    /// <summary>A field being read: its text with references decoded, and any markup inside it as written.</summary>
    private sealed class Field(string name, Role role, Role parent, bool isMarkup)
    {
        private readonly System.Text.StringBuilder _value = new();
        private int _nested;

        public Role Role => role;

        public Role Parent => parent;

        public bool IsMarkup => isMarkup;

        public string Value => _value.ToString();

        public void AppendText(ReadOnlySpan<char> span) => _value.Append(CharacterReferences.Decode(span, inAttribute: false));

        public void AppendMarkup(ReadOnlySpan<char> span) => _value.Append(span);

        /// <summary>True for the tag that closes the field; counts elements of the field's own name opened inside it.</summary>
        public bool Ends(string tagName, bool isEnd, bool selfClosing)
        {
            if (tagName != name || selfClosing)
            {
                return false;
            }

            if (!isEnd)
            {
                _nested++;
                return false;
            }

            return _nested-- == 0;
        }
    }
}
