using System.Text.RegularExpressions;

namespace Summarizer.Infra.Tests;

/// <summary>azure.yaml points azd at the Functions project, the Bicep entry point and hooks that exist.</summary>
public sealed class AzureYamlTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryLayout.AzureYaml);

    [Fact]
    public void Service_IsTheFunctionsProjectTaggedOnTheSite()
    {
        var serviceIndex = Array.IndexOf(Lines, "services:");
        Assert.True(serviceIndex >= 0, "azure.yaml has no services section.");

        var serviceName = Lines[serviceIndex + 1].Trim().TrimEnd(':');
        var serviceBody = Lines.Skip(serviceIndex + 2).TakeWhile(line => line.StartsWith("    ", StringComparison.Ordinal)).Select(line => line.Trim());

        JsonAssert.ValueEqual(serviceName, DeploymentSnapshot.Default.Single(ResourceTypes.Site)["tags"]?["azd-service-name"], "azd-service-name");
        Assert.Equal(["project: ./src/Summarizer.Functions", "language: dotnet", "host: function"], serviceBody);
    }

    [Fact]
    public void Infra_IsTheBicepEntryPoint()
    {
        Assert.Contains("  provider: bicep", Lines);
        Assert.Contains("  path: infra", Lines);
        Assert.Contains("  module: main", Lines);
    }

    [Fact]
    public void PostDeployHooks_RunScriptsThatExist()
    {
        var scripts = Lines
            .Select(line => Regex.Match(line, @"^\s+run:\s+(?<path>\S+)$", RegexOptions.None, TimeSpan.FromSeconds(1)))
            .Where(match => match.Success)
            .Select(match => match.Groups["path"].Value)
            .ToArray();

        Assert.Equal(["./infra/hooks/postdeploy.sh", "./infra/hooks/postdeploy.ps1"], scripts);
        Assert.All(scripts, script => Assert.True(File.Exists(Path.Combine(RepositoryLayout.Root, script)), $"{script} does not exist."));
    }
}
