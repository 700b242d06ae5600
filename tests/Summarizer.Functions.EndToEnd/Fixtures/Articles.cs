using System.Net.Http.Headers;
using System.Text;

namespace Summarizer.Functions.EndToEnd.Fixtures;

/// <summary>Articles for the end-to-end tests: the repository's sample and short texts written for these tests.</summary>
public static class Articles
{
    public static string Sample { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "northbridge-bridge.txt"));

    public const string Orchard =
        "The village orchard produced its largest apple harvest in twenty years this autumn. " +
        "Volunteers picked more than four tonnes of fruit over three weekends in September. " +
        "Most of the apples were pressed into juice and sold at the market to pay for new trees. " +
        "The orchard society plans to plant twelve old varieties that had almost disappeared from the county. " +
        "Members said the dry spring and a warm summer explained the unusual crop.";

    /// <summary>An HTML page with nothing to read: the engine refuses it with <c>no_extractable_text</c>.</summary>
    public const string ScriptOnlyPage = "<html><head><title>Empty</title><script>var x = 1;</script></head><body><script>render();</script></body></html>";

    public static StringContent Text(string text, string mediaType = "text/plain") =>
        new(text, Encoding.UTF8, new MediaTypeHeaderValue(mediaType) { CharSet = "utf-8" });

    /// <summary>A name no other test uses, so tests sharing one worker and one storage account never see each other's articles.</summary>
    public static string UniqueName(string name) => $"e2e-{Guid.NewGuid():N}/{name}";
}
