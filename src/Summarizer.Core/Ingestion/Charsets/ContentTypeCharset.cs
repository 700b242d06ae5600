namespace Summarizer.Core.Ingestion.Charsets;

/// <summary>
/// The <c>charset</c> parameter of a Content-Type (<c>text/html; charset="windows-1252"</c>), read as the WHATWG MIME
/// Sniffing standard parses parameters: names ASCII case-insensitive, the first <c>charset</c> wins, values quoted or not.
/// </summary>
internal static class ContentTypeCharset
{
    /// <summary>The label, or empty when the Content-Type has no charset.</summary>
    public static ReadOnlySpan<char> Of(string? contentType)
    {
        var rest = contentType.AsSpan();
        var semicolon = rest.IndexOf(';');
        while (semicolon >= 0)
        {
            rest = rest[(semicolon + 1)..].TrimStart(" \t\r\n");
            var nameEnd = rest.IndexOfAny(';', '=');
            if (nameEnd < 0)
            {
                break;
            }

            var isCharset = System.Text.Ascii.EqualsIgnoreCase(rest[..nameEnd], "charset");
            if (rest[nameEnd] == ';')
            {
                semicolon = nameEnd;
                continue;
            }

            rest = rest[(nameEnd + 1)..];
            ReadOnlySpan<char> value;
            if (rest.StartsWith('"'))
            {
                var close = rest[1..].IndexOf('"');
                value = close < 0 ? rest[1..] : rest.Slice(1, close);
                rest = close < 0 ? [] : rest[(close + 2)..];
            }
            else
            {
                var end = rest.IndexOf(';');
                value = (end < 0 ? rest : rest[..end]).TrimEnd(" \t\r\n");
                rest = end < 0 ? [] : rest[end..];
            }

            if (isCharset)
            {
                return value;
            }

            semicolon = rest.IndexOf(';');
        }

        return [];
    }
}
