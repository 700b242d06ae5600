using System.Text;
using System.Text.Json;
using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Links;

/// <summary>
/// Recognises an input that holds only a link, so the page it names is summarised instead: an Internet Shortcut
/// (<c>[InternetShortcut]</c> with <c>URL=…</c>, the <c>.url</c> file browsers and Windows save) or a JSON object with a
/// <c>"url"</c> string and no <c>"text"</c>, <c>"body"</c> or <c>"content"</c> (which would make it a JSON article).
/// Anything larger than <see cref="MaxBytes"/> is an article, not a link.
/// </summary>
public static class LinkDocument
{
    /// <summary>Largest input read as a link document; a shortcut or <c>{"url"}</c> object is a few hundred bytes.</summary>
    public const int MaxBytes = 16 * 1024;

    private const string ShortcutSection = "[InternetShortcut]";
    private static readonly string[] ArticleTextFields = ["text", "body", "content"];

    /// <summary>
    /// The URL the input links to (not yet checked against any policy), or null when the input is an article. Throws
    /// <c>url_not_allowed</c> for an Internet Shortcut without a <c>URL=</c> line.
    /// </summary>
    public static string? TryRead(ReadOnlySpan<byte> content, string? contentType, string? name)
    {
        if (content.Length > MaxBytes || content.IsEmpty)
        {
            return null;
        }

        var text = content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? content[3..] : content;
        var start = text.TrimStart(" \t\r\n"u8);
        if (IsShortcutName(name) || StartsWithIgnoreCase(start, ShortcutSection))
        {
            return ShortcutUrl(Encoding.UTF8.GetString(text))
                ?? throw new SummarizerException(ErrorCodes.UrlNotAllowed, "The Internet Shortcut holds no URL= line, so it names no page to summarise.");
        }

        var json = ArticleFormats.FromContentType(contentType) is { MediaType: MediaTypes.Json }
            || (ArticleFormats.FromContentType(contentType) is null && ArticleFormats.FromFileName(name) is { MediaType: MediaTypes.Json });
        return json && start.StartsWith("{"u8) ? JsonUrl(text) : null;
    }

    private static bool IsShortcutName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var end = name.AsSpan();
        var query = end.IndexOfAny('?', '#');
        return (query >= 0 ? end[..query] : end).EndsWith(".url", StringComparison.OrdinalIgnoreCase);
    }

    private static string? ShortcutUrl(string text)
    {
        var inSection = false;
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            var line = raw.Trim();
            if (line.StartsWith('['))
            {
                inSection = line.Equals(ShortcutSection, StringComparison.OrdinalIgnoreCase);
                continue;
            }

            var equals = line.IndexOf('=');
            if (inSection && equals > 0 && line[..equals].Trim().Equals("URL", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(equals + 1)..].Trim();
                return value.IsEmpty ? null : value.ToString();
            }
        }

        return null;
    }

    private static string? JsonUrl(ReadOnlySpan<byte> json)
    {
        string? url = null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (ArticleTextFields.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    return null; // a JSON article that happens to cite its source
                }

                if (name.Equals("url", StringComparison.OrdinalIgnoreCase) && reader.TokenType == JsonTokenType.String)
                {
                    url = reader.GetString();
                }

                reader.Skip();
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null; // not valid JSON: the JSON decoder says what is wrong with it
        }

        return string.IsNullOrWhiteSpace(url) ? null : url;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, string ascii)
    {
        if (bytes.Length < ascii.Length)
        {
            return false;
        }

        for (var i = 0; i < ascii.Length; i++)
        {
            if (char.ToLowerInvariant((char)bytes[i]) != char.ToLowerInvariant(ascii[i]))
            {
                return false;
            }
        }

        return true;
    }
}
