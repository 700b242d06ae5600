using System.Text.Json;
using Summarizer.Core.Ingestion.Html;
using Summarizer.Core.Ingestion.Text;

namespace Summarizer.Core.Ingestion.Json;

/// <summary>
/// A JSON article: an object with an optional <c>"title"</c> and the text in <c>"text"</c>, <c>"body"</c> or
/// <c>"content"</c> (the first of those that holds a string; names match in any case). Text that is HTML (it starts
/// with a tag) is read as HTML, anything else as plain text.
/// </summary>
public sealed class JsonArticleDecoder : TextDecoder
{
    private static readonly string[] TextFields = ["text", "body", "content"];

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    private readonly PlainTextDecoder _plainText = new();
    private readonly HtmlDecoder _html = new();

    public override ArticleFormat Format => ArticleFormats.Json;

    public override Article Decode(string text, DecodeBudget budget)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = Parse(text);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new SummarizerException(ErrorCodes.UnsupportedContent,
                $"The JSON document is {Describe(root.ValueKind)}; an article must be an object such as "
                + """{"title": "...", "text": "..."}.""");
        }

        var (field, body) = FindText(root);
        var title = FindTitle(root);
        if (string.IsNullOrWhiteSpace(body) || TextCharacters.IsBlank(body))
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText, $"The JSON article's \"{field}\" field is empty.");
        }

        Article article;
        try
        {
            article = LooksLikeHtml(body) ? _html.Decode(body, budget) : _plainText.Decode(body);
        }
        catch (SummarizerException ex) when (ex.Code is ErrorCodes.EmptyInput or ErrorCodes.NoExtractableText)
        {
            throw new SummarizerException(ErrorCodes.NoExtractableText,
                $"The JSON article's \"{field}\" field has no text to summarise: {ex.Message}", innerException: ex);
        }

        return new Article(title ?? article.Title, article.Text, Format.MediaType);
    }

    private static JsonDocument Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, ParseOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line
                ? $" near line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1} of that line"
                : "";
            throw new SummarizerException(ErrorCodes.InvalidJson, $"The article is not valid JSON{where}.", innerException: ex);
        }
    }

    private static (string Field, string Text) FindText(JsonElement root)
    {
        string? wrongKind = null;
        foreach (var name in TextFields)
        {
            foreach (var property in root.EnumerateObject())
            {
                if (!property.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (property.Value.ValueKind == JsonValueKind.String)
                {
                    return (property.Name, ReadString(property.Value, property.Name));
                }

                wrongKind ??= $" (\"{property.Name}\" is {Describe(property.Value.ValueKind)})";
            }
        }

        throw new SummarizerException(ErrorCodes.UnsupportedContent,
            $"The JSON document has no \"text\", \"body\" or \"content\" string field{wrongKind}, so it holds no article text.");
    }

    private static string? FindTitle(JsonElement root)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (property.Name.Equals("title", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                var value = ReadString(property.Value, property.Name);
                using var builder = new BlockTextBuilder(value.Length);
                builder.Append(value);
                var title = builder.ToString();
                return title.Length == 0 ? null : title;
            }
        }

        return null;
    }

    private static string ReadString(JsonElement value, string field)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException ex)
        {
            // Escapes such as "\ud800" that do not form valid UTF-16.
            throw new SummarizerException(ErrorCodes.InvalidJson,
                $"The JSON field \"{field}\" holds an escape sequence that is not valid Unicode.", innerException: ex);
        }
    }

    private static bool LooksLikeHtml(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 1 && trimmed[0] == '<' && (char.IsAsciiLetter(trimmed[1]) || trimmed[1] == '!');
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "empty",
    };
}
