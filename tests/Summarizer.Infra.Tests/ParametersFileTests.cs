using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Summarizer.Infra.Tests;

/// <summary>infra/main.parameters.json, which azd fills from the environment, agrees with infra/main.bicep.</summary>
public sealed partial class ParametersFileTests
{
    private static readonly JsonObject ParameterValues =
        JsonNode.Parse(File.ReadAllText(RepositoryLayout.MainParameters))!["parameters"]!.AsObject();

    public static TheoryData<string> ParametersWithDefaults() =>
        new(ParameterValues.Where(pair => AzdReference(pair.Value!).Default is not null).Select(pair => pair.Key));

    [Fact]
    public void ParametersFile_DeclaresOnlyTemplateParameters()
    {
        var declared = CompiledTemplate.Main.Parameters.Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);

        Assert.All(ParameterValues, pair => Assert.Contains(pair.Key, declared));
    }

    [Fact]
    public void ParametersFile_SuppliesEveryParameterWithoutDefault()
    {
        var required = CompiledTemplate.Main.Parameters
            .Where(pair => pair.Value!["defaultValue"] is null)
            .Select(pair => pair.Key);

        Assert.All(required, name => Assert.True(ParameterValues.ContainsKey(name), $"{name} has no value in main.parameters.json."));
    }

    [Theory]
    [InlineData("environmentName", "AZURE_ENV_NAME")]
    [InlineData("location", "AZURE_LOCATION")]
    [InlineData("principalId", "AZURE_PRINCIPAL_ID")]
    [InlineData("vnetEnabled", "SUMMARIZER_VNET_ENABLED")]
    [InlineData("allowedIpAddresses", "SUMMARIZER_ALLOWED_IP_ADDRESSES")]
    [InlineData("apiAuth", "SUMMARIZER_API_AUTH")]
    [InlineData("apiAuthClientId", "SUMMARIZER_API_CLIENT_ID")]
    [InlineData("maximumInstanceCount", "SUMMARIZER_MAXIMUM_INSTANCE_COUNT")]
    [InlineData("httpPerInstanceConcurrency", "SUMMARIZER_HTTP_PER_INSTANCE_CONCURRENCY")]
    [InlineData("sweepSchedule", "SUMMARIZER_SWEEP_SCHEDULE")]
    public void ParametersFile_TakesAzdEnvironmentValues(string parameter, string variable)
    {
        Assert.Equal(variable, AzdReference(ParameterValues[parameter]!).Variable);
    }

    [Theory]
    [MemberData(nameof(ParametersWithDefaults))]
    public void ParametersFile_FallbackEqualsTemplateDefault(string parameter)
    {
        var fallback = AzdReference(ParameterValues[parameter]!).Default;

        var templateDefault = CompiledTemplate.Main.Parameters[parameter]!["defaultValue"]!;

        Assert.Equal(templateDefault.ToString(), fallback);
    }

    private static (string Variable, string? Default) AzdReference(JsonNode parameter)
    {
        var match = AzdSubstitution().Match((string)parameter["value"]!);
        Assert.True(match.Success, $"'{parameter["value"]}' is not an azd ${{VARIABLE}} or ${{VARIABLE=default}} reference.");
        return (match.Groups["variable"].Value, match.Groups["default"].Success ? match.Groups["default"].Value : null);
    }

    [GeneratedRegex(@"^\$\{(?<variable>[A-Z][A-Z0-9_]*)(=(?<default>[^}]*))?\}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AzdSubstitution();
}
