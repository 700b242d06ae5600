using System.Text.RegularExpressions;

namespace Summarizer.Infra.Tests;

/// <summary>
/// Every Bicep file compiles and passes the linter with infra/bicepconfig.json and no diagnostics at all: a warning
/// (an unknown API version, an unused parameter, a hard-coded URL) fails the build like an error does.
/// </summary>
public sealed class BicepCompilationTests
{
    public static TheoryData<string> BicepFiles() => new(RepositoryLayout.BicepFiles());

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lint_BicepFile_ReportsNoDiagnostics(string relativePath)
    {
        var result = BicepCli.Run(RepositoryLayout.Infra, "lint", Path.Combine(RepositoryLayout.Infra, relativePath));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.StandardError.Trim());
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Format_BicepFile_IsAlreadyCanonical(string relativePath)
    {
        // One layout for every file keeps reviews about content; fix a failure with `bicep format FILE`.
        var path = Path.Combine(RepositoryLayout.Infra, relativePath);

        var result = BicepCli.Run(RepositoryLayout.Infra, "format", path, "--stdout");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(File.ReadAllText(path), result.StandardOutput);
    }

    [Fact]
    public void Build_MainTemplate_CompilesWithoutDiagnostics()
    {
        var build = CompiledTemplate.Main.Build;

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Equal(string.Empty, build.StandardError.Trim());
        Assert.Equal("subscription", TargetScope(CompiledTemplate.Main));
    }

    [Fact]
    public void Lint_FileBreakingARule_IsReportedWithTheRepositoryConfig()
    {
        // Guards the guard: the checks above only mean something if the linter does report problems under this config.
        var directory = Directory.CreateTempSubdirectory("summarizer-infra-lint-");
        try
        {
            var file = Path.Combine(directory.FullName, "unused.bicep");
            File.WriteAllText(file, "param neverUsed string = 'x'\n");

            var result = BicepCli.Run(directory.FullName, "lint", file, "--config", RepositoryLayout.BicepConfig);

            Assert.Contains("no-unused-params", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void MainTemplate_UsesEveryModule()
    {
        var mainText = File.ReadAllText(RepositoryLayout.MainTemplate);
        var referenced = Regex.Matches(mainText, @"^module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline, TimeSpan.FromSeconds(1))
            .Select(match => match.Groups["path"].Value)
            .Distinct(StringComparer.Ordinal) // a module may be used more than once (one private DNS zone per service)
            .Order(StringComparer.Ordinal);

        var modules = RepositoryLayout.BicepFiles().Where(path => path != "main.bicep");

        Assert.Equal(modules, referenced);
    }

    [Fact]
    public void Snapshot_DefaultParameters_EvaluatesWithoutDiagnostics()
    {
        Assert.Empty(DeploymentSnapshot.Default.Diagnostics);
        Assert.NotEmpty(DeploymentSnapshot.Default.Resources);
    }

    private static string TargetScope(CompiledTemplate template) =>
        ((string)template.Root["$schema"]!).Contains("subscriptionDeploymentTemplate", StringComparison.Ordinal) ? "subscription" : "other";
}
