using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// What the host does with the app settings before it listens: a <c>%name%</c> in a binding's property is the app
/// setting of that name (<c>%Summarizer:ArticlesContainer%</c> reads <c>Summarizer__ArticlesContainer</c>, as the
/// host's configuration maps <c>__</c> to <c>:</c>), one that does not resolve fails the function, and
/// <c>AzureWebJobs.{function}.Disabled</c> keeps a function's trigger from ever firing.
/// </summary>
public static partial class AppSettingExpressions
{
    /// <summary>The binding JSON with every <c>%name%</c> in its string properties replaced by the setting's value.</summary>
    public static string ResolveBinding(string rawBinding, IReadOnlyDictionary<string, string> appSettings)
    {
        ArgumentNullException.ThrowIfNull(appSettings);
        var binding = JsonNode.Parse(rawBinding)?.AsObject() ?? throw new FormatException("A binding is not a JSON object.");
        foreach (var (name, value) in binding.ToList())
        {
            if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Contains('%', StringComparison.Ordinal))
            {
                binding[name] = Resolve(s, appSettings);
            }
        }

        return binding.ToJsonString();
    }

    /// <summary>True when the app settings switch the function off, as the host reads them.</summary>
    public static bool IsDisabled(string functionName, IReadOnlyDictionary<string, string> appSettings)
    {
        ArgumentNullException.ThrowIfNull(appSettings);
        return appSettings.TryGetValue($"AzureWebJobs.{functionName}.Disabled", out var value)
            && (bool.TryParse(value, out var disabled) ? disabled : value.Trim() == "1");
    }

    private static string Resolve(string value, IReadOnlyDictionary<string, string> appSettings) =>
        SettingReference().Replace(value, match =>
        {
            var name = match.Groups["name"].Value;
            return appSettings.TryGetValue(name, out var found) || appSettings.TryGetValue(name.Replace(":", "__", StringComparison.Ordinal), out found)
                ? found
                : throw new InvalidOperationException($"'%{name}%' does not resolve to a value: the app settings have no '{name}'.");
        });

    [GeneratedRegex("%(?<name>[^%]+)%", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SettingReference();
}
