using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Summarizer.AI;

/// <summary>
/// The versioned prompt, loaded from embedded resources under <c>Prompts/{version}/</c>. The text to summarise goes in
/// the user message between markers named with a hash of that text, so the text cannot contain its own closing marker
/// and step outside the data it is declared to be.
/// </summary>
internal sealed class SummaryPrompt
{
    /// <summary>Recorded in every summary and part of the engine fingerprint: change it whenever a prompt file changes.</summary>
    public const string Version = "summary-v1";

    public const int MaxKeyPoints = 8;

    public const int MaxKeyPhrases = 10;

    private const string Folder = "v1";
    private const int SummaryOptionsMaxSentences = Core.Engines.SummaryOptions.MaxSentences;
    private const string SameLanguage = "the language the text is written in";

    private readonly string _rules = Load("rules.md");
    private readonly string _summarize = Load("summarize.md");
    private readonly string _chunk = Load("chunk.md");
    private readonly string _combine = Load("combine.md");
    private readonly string _user = Load("user.md");

    public static SummaryPrompt Instance { get; } = new();

    /// <summary>The JSON schema the answer must match, sent as the structured-output response format.</summary>
    public JsonElement Schema { get; } = JsonDocument.Parse(Load("summary.schema.json")).RootElement.Clone();

    public string SchemaText { get; } = Load("summary.schema.json");

    public IReadOnlyList<ChatMessage> Render(PromptRequest request)
    {
        var marker = MarkerFor(request.Text);
        var template = request.Kind switch
        {
            PromptKind.Chunk => _chunk,
            PromptKind.Combine => _combine,
            _ => _summarize,
        };
        var system = Fill(template.Replace("{{rules}}", _rules, StringComparison.Ordinal), new Dictionary<string, string>
        {
            ["marker"] = marker,
            ["max_sentences"] = Invariant(request.Length.MaxSentences),
            ["max_words"] = Invariant(request.Length.MaxWords),
            ["max_key_points"] = Invariant(MaxKeyPoints),
            ["max_key_phrases"] = Invariant(MaxKeyPhrases),
            ["output_language"] = request.OutputLanguage is { } code ? $"the language with ISO 639-1 code \"{code}\"" : SameLanguage,
            ["part"] = Invariant(request.Part),
            ["parts"] = Invariant(request.Parts),
        });

        // The text goes in last and is never scanned for placeholders, so "{{...}}" inside an article stays literal.
        var user = Fill(_user, new Dictionary<string, string> { ["marker"] = marker })
            .Replace("{{text}}", request.Text, StringComparison.Ordinal);
        return [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)];
    }

    /// <summary>Tokens of everything in a request except the text itself, for the context-window budget.</summary>
    public int OverheadTokens(TokenCounter counter, PromptKind kind)
    {
        var sample = new ModelLengthLimit(SummaryOptionsMaxSentences, SummaryOptionsMaxSentences * ModelLengthLimit.WordsPerSentenceCap, false);
        var messages = Render(new PromptRequest(kind, "", sample, "und", 999, 999));
        return messages.Sum(m => counter.Count(m.Text) + TokenCounter.PerMessageOverhead)
            + counter.Count(SchemaText)
            + TokenCounter.ReplyPriming;
    }

    /// <summary>"article-" and twelve hex digits of the text's SHA-256: deterministic, and unguessable from inside the text.</summary>
    internal static string MarkerFor(string text) =>
        "article-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];

    private static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder(template);
        foreach (var (name, value) in values)
        {
            builder.Replace("{{" + name + "}}", value);
        }

        return builder.ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Load(string name)
    {
        var resource = $"Summarizer.AI.Prompts.{Folder}.{name}";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The prompt resource {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().ReplaceLineEndings("\n").TrimEnd('\n');
    }
}
