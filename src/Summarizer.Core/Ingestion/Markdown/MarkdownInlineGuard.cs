using System.Text;
using Summarizer.Core.Ingestion.Text;

namespace Summarizer.Core.Ingestion.Markdown;

/// <summary>
/// Keeps Markdig's inline parsing linear. For some inputs (thousands of unclosed <c>[a](</c>, <c>*a</c> or <c>[</c> in
/// one paragraph) its time grows with the square of the paragraph; a few megabytes of that would take minutes. A
/// paragraph whose link and emphasis characters times its length exceeds a budget no prose comes near has those
/// characters escaped, so Markdig reads it as literal text quickly. Real paragraphs are returned untouched.
/// </summary>
/// <remarks>
/// Paragraphs are approximated by lines: a blank line, a list item, a heading, a table row or a code fence starts a
/// new one, and fenced code is neither counted nor escaped (its fences must survive to keep it a code block).
/// </remarks>
internal static class MarkdownInlineGuard
{
    /// <summary>
    /// Markup characters × paragraph length above which a paragraph is escaped. A 5,000-character paragraph with a
    /// link every dozen words has about 400 markup characters: 2,000,000.
    /// </summary>
    internal const long Budget = 4_000_000;

    /// <summary>Returns <paramref name="markdown"/> itself, or a copy with the markup of runaway paragraphs escaped.</summary>
    public static string Defuse(string markdown)
    {
        List<Range>? runaway = null;
        var text = markdown.AsSpan();
        var paragraphStart = 0;
        var markup = 0;
        string? fence = null;
        for (var position = 0; position < text.Length;)
        {
            var lineEnd = text[position..].IndexOf('\n');
            lineEnd = lineEnd < 0 ? text.Length : position + lineEnd;
            var line = text[position..lineEnd];
            var trimmed = line.TrimStart();
            if (fence is not null)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = null;
                }

                paragraphStart = lineEnd + 1;
            }
            else if (IsFence(trimmed, out fence))
            {
                Close(paragraphStart, position, markup, ref runaway);
                paragraphStart = lineEnd + 1;
                markup = 0;
            }
            else
            {
                if (trimmed.IsEmpty || StartsBlock(trimmed))
                {
                    Close(paragraphStart, position, markup, ref runaway);
                    paragraphStart = position;
                    markup = 0;
                }

                markup += CountMarkup(line);
            }

            position = lineEnd + 1;
        }

        Close(paragraphStart, text.Length, markup, ref runaway);
        return runaway is null ? markdown : Escape(markdown, runaway);
    }

    private static void Close(int start, int end, int markup, ref List<Range>? runaway)
    {
        if (end > start && (long)markup * (end - start) > Budget)
        {
            (runaway ??= []).Add(start..end);
        }
    }

    /// <summary>Lines that begin a block of their own: list items, headings and table rows.</summary>
    private static bool StartsBlock(ReadOnlySpan<char> trimmed) =>
        trimmed[0] is '#' or '|' || PlainTextDecoder.ListMarkerLength(trimmed) > 0;

    private static bool IsFence(ReadOnlySpan<char> trimmed, out string? fence)
    {
        fence = trimmed.StartsWith("```", StringComparison.Ordinal) ? "```"
            : trimmed.StartsWith("~~~", StringComparison.Ordinal) ? "~~~"
            : null;
        return fence is not null;
    }

    private static int CountMarkup(ReadOnlySpan<char> line)
    {
        var count = 0;
        foreach (var c in line)
        {
            if (IsMarkup(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The characters behind Markdig's superlinear cases: link brackets and emphasis delimiters.</summary>
    private static bool IsMarkup(char c) => c is '[' or ']' or '*' or '_';

    private static string Escape(string markdown, List<Range> runaway)
    {
        var escaped = new StringBuilder(markdown.Length + (markdown.Length / 2));
        var copied = 0;
        foreach (var range in runaway)
        {
            var (start, length) = range.GetOffsetAndLength(markdown.Length);
            escaped.Append(markdown, copied, start - copied);
            foreach (var c in markdown.AsSpan(start, length))
            {
                if (IsMarkup(c))
                {
                    escaped.Append('\\');
                }

                escaped.Append(c);
            }

            copied = start + length;
        }

        return escaped.Append(markdown, copied, markdown.Length - copied).ToString();
    }
}
