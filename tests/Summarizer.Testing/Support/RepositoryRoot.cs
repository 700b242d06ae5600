namespace Summarizer.Testing;

/// <summary>The checkout the tests run from: the folder above the test binaries that holds Summarizer.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The repository's root folder; throws when the binaries are not inside a checkout.</summary>
    public static string Path => Root.Value;

    /// <summary>A file or folder under the root, e.g. <c>RepositoryRoot.Combine("README.md")</c>.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Summarizer.sln above {AppContext.BaseDirectory}.");
    }
}
