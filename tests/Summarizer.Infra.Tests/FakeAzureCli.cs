namespace Summarizer.Infra.Tests;

/// <summary>
/// A stand-in for the Azure CLI (and curl) on PATH, so the post-deploy hook can run offline: it records every command
/// line and answers the two questions the hook asks, "is there a blobs_extension key yet?" and "does the subscription
/// exist?".
/// </summary>
internal sealed class FakeAzureCli : IDisposable
{
    public const string BlobsExtensionKey = "fake-blobs-extension-key";

    private const string AzScript = """
        #!/bin/sh
        echo "az $*" >> "$FAKE_LOG"
        case "$*" in
          "functionapp keys list"*)
            calls=$(cat "$FAKE_STATE/key-calls" 2>/dev/null || echo 0)
            calls=$((calls + 1))
            echo "$calls" > "$FAKE_STATE/key-calls"
            if [ "$FAKE_KEY_FROM_CALL" -gt 0 ] && [ "$calls" -ge "$FAKE_KEY_FROM_CALL" ]; then
              echo "$FAKE_KEY"
            fi
            ;;
          "eventgrid system-topic event-subscription show"*)
            [ "$FAKE_SUBSCRIPTION_EXISTS" = "yes" ] || exit 3
            ;;
        esac
        exit 0
        """;

    private const string CurlScript = """
        #!/bin/sh
        echo "curl $*" >> "$FAKE_LOG"
        exit 0
        """;

    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("summarizer-fake-az-");

    public FakeAzureCli()
    {
        var bin = Directory.CreateDirectory(Path.Combine(directory.FullName, "bin"));
        Directory.CreateDirectory(StateDirectory);
        WriteExecutable(Path.Combine(bin.FullName, "az"), AzScript);
        WriteExecutable(Path.Combine(bin.FullName, "curl"), CurlScript);
        BinDirectory = bin.FullName;
    }

    public string BinDirectory { get; }

    private string StateDirectory => Path.Combine(directory.FullName, "state");

    private string LogFile => Path.Combine(directory.FullName, "calls.log");

    /// <summary>The az and curl command lines the script ran, in order.</summary>
    public IReadOnlyList<string> Calls => File.Exists(LogFile) ? File.ReadAllLines(LogFile) : [];

    /// <summary>
    /// Runs a hook script with the azd environment a real deployment would give it.
    /// </summary>
    /// <param name="script">Path of the hook.</param>
    /// <param name="keyFromCall">The keys query that first returns the key (1 = at once); 0 = never.</param>
    /// <param name="subscriptionExists">Whether the Event Grid subscription already exists.</param>
    /// <param name="environmentOverrides">azd environment values to replace (an empty value unsets one).</param>
    public ProcessResult RunHook(
        string script,
        int keyFromCall,
        bool subscriptionExists,
        IReadOnlyDictionary<string, string>? environmentOverrides = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = $"{BinDirectory}:{Environment.GetEnvironmentVariable("PATH")}",
            ["FAKE_LOG"] = LogFile,
            ["FAKE_STATE"] = StateDirectory,
            ["FAKE_KEY"] = BlobsExtensionKey,
            ["FAKE_KEY_FROM_CALL"] = keyFromCall.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["FAKE_SUBSCRIPTION_EXISTS"] = subscriptionExists ? "yes" : "no",
            ["SUMMARIZER_HOOK_ATTEMPTS"] = "4",
            ["SUMMARIZER_HOOK_RETRY_DELAY_SECONDS"] = "0",
            ["AZURE_RESOURCE_GROUP"] = "rg-summarizer-ci",
            ["AZURE_FUNCTION_APP_NAME"] = "func-abc123",
            ["AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"] = "evgt-abc123",
            ["SUMMARIZER_ARTICLES_CONTAINER"] = "articles",
            ["SUMMARIZER_BLOB_TRIGGER_FUNCTION"] = "SummarizeArticle",
            ["SUMMARIZER_API_URL"] = "https://func-abc123.azurewebsites.net/api",
        };
        foreach (var (name, value) in environmentOverrides ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        return ChildProcess.Run("sh", [script], directory.FullName, environment);
    }

    public void Dispose() => directory.Delete(recursive: true);

    private static void WriteExecutable(string path, string text)
    {
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
