using System.Buffers;

namespace Summarizer.Core.Ingestion;

/// <summary>
/// Collects article text block by block and enforces the <see cref="Article.Text"/> contract in the same pass:
/// whitespace (line breaks included) folds to one space inside a block, invisible characters vanish, lone surrogates
/// and U+FFFE become U+FFFD, empty blocks disappear, blocks are joined by exactly <c>"\n\n"</c>, and the result is NFC.
/// </summary>
/// <remarks>
/// Every decoder writes through this type so the rules live in one place. The buffer is pooled and grows by doubling,
/// so memory stays linear in the input; ASCII text takes one branch per character and skips normalisation entirely.
/// NFC is ICU's (<see cref="string.Normalize()"/>), asked only when a character from U+0300 on was written: no
/// character before it changes under NFC or combines with the one before it.
/// </remarks>
internal sealed class BlockTextBuilder : IDisposable
{
    private const string BlockSeparator = "\n\n";

    /// <summary>U+0300, the first combining mark; every character before it is NFC whatever surrounds it.</summary>
    private const char FirstCombiningMark = '\u0300';

    /// <summary>U+FFFE, a byte-swapped byte-order mark and never text: written as U+FFFD, as a lone surrogate is.</summary>
    private const char NotACharacter = '\uFFFE';

    private char[] _buffer;
    private int _length;
    private bool _blockHasText;
    private bool _pendingSpace;
    private bool _mayNeedNormalization;
    private char _pendingHighSurrogate;

    public BlockTextBuilder(int capacityHint = 256) =>
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacityHint, 16));

    /// <summary>Characters written so far (before normalisation): where the next text would start.</summary>
    public int Length => _length;

    /// <summary>Number of non-empty blocks written so far, counting the one in progress.</summary>
    public int BlockCount { get; private set; }

    /// <summary>Adds text to the block in progress; line breaks inside it become spaces.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        // Output never outgrows input by more than a separator, a space requested by AppendSpace and a replacement
        // for a high surrogate left over from the previous call: every other space replaces consumed whitespace.
        EnsureCapacity(_length + text.Length + BlockSeparator.Length + 4);

        // The common case (printable ASCII and single spaces) runs on locals; anything else takes the general path,
        // which works on the fields, so the locals are written back before it and reloaded after.
        var buffer = _buffer;
        var length = _length;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is > ' ' and < '\u007F' && _blockHasText && _pendingHighSurrogate == '\0')
            {
                if (_pendingSpace)
                {
                    buffer[length++] = ' ';
                    _pendingSpace = false;
                }

                buffer[length++] = c;
            }
            else if (c == ' ' && _pendingHighSurrogate == '\0')
            {
                _pendingSpace = _blockHasText;
            }
            else
            {
                _length = length;
                if (c is > ' ' and < '\u007F')
                {
                    FlushHighSurrogate();
                    WriteVisible(c);
                }
                else
                {
                    AppendSlow(c);
                }

                buffer = _buffer;
                length = _length;
            }
        }

        _length = length;
    }

    /// <summary>Separates what comes next from what came before by a space (for joined lines and adjacent inline elements).</summary>
    public void AppendSpace()
    {
        if (_blockHasText)
        {
            _pendingSpace = true;
        }
    }

    /// <summary>Closes the block in progress; the next visible character starts a new block. Cheap to call repeatedly.</summary>
    public void EndBlock()
    {
        FlushHighSurrogate();
        _blockHasText = false;
        _pendingSpace = false;
    }

    /// <summary>The text written so far, NFC-normalised; empty when no block had visible text.</summary>
    public override string ToString()
    {
        FlushHighSurrogate();
        var text = new string(_buffer, 0, _length);
        return _mayNeedNormalization ? text.Normalize() : text;
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void AppendSlow(char c)
    {
        if (char.IsHighSurrogate(c))
        {
            FlushHighSurrogate();
            _pendingHighSurrogate = c;
            return;
        }

        if (char.IsLowSurrogate(c))
        {
            if (_pendingHighSurrogate != '\0')
            {
                WriteVisible(_pendingHighSurrogate);
                Write(c);
                _pendingHighSurrogate = '\0';
                _mayNeedNormalization = true;
            }
            else
            {
                WriteVisible('\uFFFD');
            }

            return;
        }

        FlushHighSurrogate();
        if (c == NotACharacter)
        {
            // ICU's Normalize refuses a string holding it, so it cannot reach ToString.
            WriteVisible('\uFFFD');
        }
        else if (TextCharacters.IsSpace(c))
        {
            AppendSpace();
        }
        else if (!TextCharacters.IsIgnorable(c))
        {
            _mayNeedNormalization |= c >= FirstCombiningMark;
            WriteVisible(c);
        }
    }

    private void FlushHighSurrogate()
    {
        if (_pendingHighSurrogate != '\0')
        {
            _pendingHighSurrogate = '\0';
            WriteVisible('\uFFFD');
        }
    }

    private void WriteVisible(char c)
    {
        if (!_blockHasText)
        {
            if (BlockCount > 0)
            {
                Write('\n');
                Write('\n');
            }

            _blockHasText = true;
            BlockCount++;
        }
        else if (_pendingSpace)
        {
            Write(' ');
        }

        _pendingSpace = false;
        Write(c);
    }

    private void Write(char c)
    {
        if (_length == _buffer.Length)
        {
            EnsureCapacity(_length + 1);
        }

        _buffer[_length++] = c;
    }

    private void EnsureCapacity(int required)
    {
        if (required <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(required, _buffer.Length * 2));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
