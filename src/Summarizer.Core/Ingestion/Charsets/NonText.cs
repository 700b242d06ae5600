using System.Buffers;

namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>Characters that no text holds in numbers: binary control codes, C1 controls and U+FFFD from undecodable bytes.</summary>
internal static class NonText
{
    private static readonly SearchValues<char> Characters = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016"
        + "\u0017\u0018\u0019\u001A\u001C\u001D\u001E\u001F"
        + string.Concat(Enumerable.Range(0x80, 0x20).Select(c => (char)c)) + "\uFFFD");

    /// <summary>How many of <paramref name="text"/>'s characters are not text.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var next = text.IndexOfAny(Characters); next >= 0; next = text.IndexOfAny(Characters))
        {
            count++;
            text = text[(next + 1)..];
        }

        return count;
    }

    /// <summary>True when more than a quarter of <paramref name="text"/> is not text: the decoder refuses it.</summary>
    public static bool IsMostly(ReadOnlySpan<char> text, out int count)
    {
        count = Count(text);
        return count * 4L > text.Length;
    }
}
