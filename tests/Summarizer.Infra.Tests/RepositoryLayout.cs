namespace Summarizer.Infra.Tests;

/// <summary>Paths in the repository under test; the tests read infra/ and azure.yaml where they are checked in.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Infra => Path.Combine(Root, "infra");

    public static string MainTemplate => Path.Combine(Infra, "main.bicep");

    public static string MainParameters => Path.Combine(Infra, "main.parameters.json");

    public static string BicepConfig => Path.Combine(Infra, "bicepconfig.json");

    public static string Hooks => Path.Combine(Infra, "hooks");

    public static string AzureYaml => Path.Combine(Root, "azure.yaml");

    /// <summary>Every Bicep file under infra/, relative to infra/ with forward slashes, in a stable order.</summary>
    public static IReadOnlyList<string> BicepFiles() =>
        Directory.EnumerateFiles(Infra, "*.bicep", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Infra, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Summarizer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Summarizer.sln above {AppContext.BaseDirectory}.");
    }
}
