using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The resources a deployment of infra/main.bicep would create, predicted offline by <c>bicep snapshot</c>: the compiled
/// template evaluated for a fixed subscription, tenant and parameter set, with names and ids resolved. Values only
/// known once resources exist (a client id, an endpoint) stay as ARM <c>reference(...)</c> expressions naming the
/// resource they come from.
/// </summary>
internal sealed class DeploymentSnapshot
{
    public const string SubscriptionId = "00000000-0000-0000-0000-00000000a11c";
    public const string TenantId = "00000000-0000-0000-0000-00000000e117";
    public const string EnvironmentName = "summarizer-ci";
    public const string Location = "swedencentral";

    private static readonly Lazy<DeploymentSnapshot> LazyDefault = new(() => Create(new Dictionary<string, object>()));

    private static readonly Lazy<DeploymentSnapshot> LazyPublic = new(() => Create(new Dictionary<string, object> { ["vnetEnabled"] = false }));

    private DeploymentSnapshot(JsonObject root)
    {
        Resources = root["predictedResources"]!.AsArray().Select(node => node!.AsObject()).ToArray();
        Outputs = root["outputs"]!.AsObject();
        Diagnostics = root["diagnostics"]!.AsArray();
    }

    /// <summary>The deployment azd makes when a user sets nothing but the environment name and region.</summary>
    public static DeploymentSnapshot Default => LazyDefault.Value;

    /// <summary>The public layout: the defaults with <c>vnetEnabled=false</c>.</summary>
    public static DeploymentSnapshot Public => LazyPublic.Value;

    /// <summary>The snapshot of one network layout: the default (private) or the public one.</summary>
    public static DeploymentSnapshot ForLayout(bool vnetEnabled) => vnetEnabled ? Default : Public;

    public IReadOnlyList<JsonObject> Resources { get; }

    public JsonObject Outputs { get; }

    public JsonArray Diagnostics { get; }

    private static readonly ConcurrentDictionary<string, Lazy<DeploymentSnapshot>> Shared = new(StringComparer.Ordinal);

    /// <summary>
    /// Like <see cref="Create"/>, but made once per parameter set for the whole test run: each snapshot starts the
    /// bicep compiler, which is the slow part of these tests.
    /// </summary>
    public static DeploymentSnapshot CreateShared(IReadOnlyDictionary<string, object> parameters)
    {
        var key = string.Join(';', parameters.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}={pair.Value}"));
        return Shared.GetOrAdd(key, _ => new Lazy<DeploymentSnapshot>(() => Create(parameters))).Value;
    }

    /// <summary>Snapshots main.bicep with the given parameters on top of the required environment name and region.</summary>
    public static DeploymentSnapshot Create(IReadOnlyDictionary<string, object> parameters)
    {
        var result = TrySnapshot(parameters, out var snapshot);
        return snapshot ?? throw new InvalidOperationException($"bicep snapshot failed: {result}");
    }

    /// <summary>Snapshots main.bicep, returning the compiler run; <paramref name="snapshot"/> is null when it failed.</summary>
    public static ProcessResult TrySnapshot(IReadOnlyDictionary<string, object> parameters, out DeploymentSnapshot? snapshot)
    {
        var workingDirectory = Directory.CreateTempSubdirectory("summarizer-infra-snapshot-");
        try
        {
            var parametersFile = Path.Combine(workingDirectory.FullName, "main.bicepparam");
            File.WriteAllText(parametersFile, ParametersFileText(workingDirectory.FullName, parameters));
            var result = BicepCli.Run(
                workingDirectory.FullName,
                "snapshot", parametersFile,
                "--mode", "overwrite",
                "--subscription-id", SubscriptionId,
                "--tenant-id", TenantId,
                "--location", Location,
                "--config", RepositoryLayout.BicepConfig);
            var snapshotFile = Path.Combine(workingDirectory.FullName, "main.snapshot.json");
            snapshot = result.ExitCode == 0 && File.Exists(snapshotFile)
                ? new DeploymentSnapshot(JsonNode.Parse(File.ReadAllText(snapshotFile))!.AsObject())
                : null;
            return result;
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }
    }

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(resource => string.Equals((string?)resource["type"], type, StringComparison.OrdinalIgnoreCase));

    public JsonObject Single(string type) => Assert.Single(OfType(type));

    public string Id(string type) => (string)Single(type)["id"]!;

    private static string ParametersFileText(string directory, IReadOnlyDictionary<string, object> parameters)
    {
        var values = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["environmentName"] = EnvironmentName,
            ["location"] = Location,
        };
        foreach (var (name, value) in parameters)
        {
            values[name] = value;
        }

        var text = new StringBuilder();
        // Bicep accepts only a relative path here.
        var template = Path.GetRelativePath(directory, RepositoryLayout.MainTemplate).Replace('\\', '/');
        text.Append(CultureInfo.InvariantCulture, $"using '{template}'").AppendLine().AppendLine();
        foreach (var (name, value) in values)
        {
            var literal = value switch
            {
                string s => $"'{s.Replace("'", "\\'", StringComparison.Ordinal)}'",
                int i => i.ToString(CultureInfo.InvariantCulture),
                bool b => b ? "true" : "false",
                _ => throw new ArgumentException($"Unsupported parameter type {value.GetType()} for {name}.", nameof(parameters)),
            };
            text.Append(CultureInfo.InvariantCulture, $"param {name} = {literal}").AppendLine();
        }

        return text.ToString();
    }
}
