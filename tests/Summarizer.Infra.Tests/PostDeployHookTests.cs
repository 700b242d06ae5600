using System.Text.RegularExpressions;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The post-deploy hooks that subscribe the blob trigger to new articles: valid shell, fed only by deployment outputs,
/// and (run against a fake Azure CLI) waiting for the key, then creating or updating the one subscription.
/// </summary>
public sealed class PostDeployHookTests
{
    private const string ExpectedWebhook =
        "https://func-abc123.azurewebsites.net/runtime/webhooks/blobs?functionName=Host.Functions.SummarizeArticle&code=" + FakeAzureCli.BlobsExtensionKey;

    private static readonly string ShellHook = Path.Combine(RepositoryLayout.Hooks, "postdeploy.sh");
    private static readonly string PowerShellHook = Path.Combine(RepositoryLayout.Hooks, "postdeploy.ps1");

    [Theory]
    [InlineData("bash")]
    [InlineData("sh")]
    public void ShellHook_PassesSyntaxCheck(string shell)
    {
        var result = ChildProcess.Run(shell, ["-n", ShellHook], RepositoryLayout.Root);

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Theory]
    [InlineData("postdeploy.sh")]
    [InlineData("postdeploy.ps1")]
    public void Hook_ReadsOnlyValuesTheTemplateOutputs(string hook)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryLayout.Hooks, hook));
        var read = Regex.Matches(text, @"(?:\$\{?|\$env:|'\b)(?<name>(?:AZURE|SUMMARIZER)_[A-Z0-9_]+)", RegexOptions.None, TimeSpan.FromSeconds(1))
            .Select(match => match.Groups["name"].Value)
            .Where(name => !name.StartsWith("SUMMARIZER_HOOK_", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(read);
        Assert.All(read, name => Assert.True(CompiledTemplate.Main.Outputs.ContainsKey(name), $"{hook} reads {name}, which main.bicep does not output."));
    }

    [Fact]
    public void Hooks_ReadTheSameValues()
    {
        static string[] Names(string path) =>
            Regex.Matches(File.ReadAllText(path), @"(?<name>(?:AZURE|SUMMARIZER)_[A-Z0-9_]+)", RegexOptions.None, TimeSpan.FromSeconds(1))
                .Select(match => match.Groups["name"].Value)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .ToArray();

        Assert.Equal(Names(ShellHook), Names(PowerShellHook));
    }

    [Fact]
    public void ShellHook_KeyAppearsOnThirdTry_CreatesSubscriptionForNewArticles()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 3, subscriptionExists: false);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, az.Calls.Count(call => call.StartsWith("az functionapp keys list", StringComparison.Ordinal)));
        Assert.Contains(az.Calls, call => call.StartsWith("curl", StringComparison.Ordinal) && call.Contains("https://func-abc123.azurewebsites.net/api/health", StringComparison.Ordinal));
        var create = Assert.Single(az.Calls, call => call.StartsWith("az eventgrid system-topic event-subscription create", StringComparison.Ordinal));
        Assert.Contains($"--endpoint {ExpectedWebhook} ", create, StringComparison.Ordinal);
        Assert.Contains("--endpoint-type webhook", create, StringComparison.Ordinal);
        Assert.Contains("--included-event-types Microsoft.Storage.BlobCreated", create, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/articles/ ", create, StringComparison.Ordinal);
        Assert.Contains("--system-topic-name evgt-abc123", create, StringComparison.Ordinal);
        Assert.Contains("--resource-group rg-summarizer-ci", create, StringComparison.Ordinal);
        Assert.DoesNotContain(az.Calls, call => call.Contains("event-subscription update", StringComparison.Ordinal));
    }

    [Fact]
    public void ShellHook_SubscriptionExists_UpdatesItInPlace()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 1, subscriptionExists: true);

        Assert.True(result.ExitCode == 0, result.ToString());
        var update = Assert.Single(az.Calls, call => call.StartsWith("az eventgrid system-topic event-subscription update", StringComparison.Ordinal));
        Assert.Contains($"--endpoint {ExpectedWebhook} ", update, StringComparison.Ordinal);
        Assert.Contains("--subject-begins-with /blobServices/default/containers/articles/ ", update, StringComparison.Ordinal);
        Assert.DoesNotContain(az.Calls, call => call.Contains("event-subscription create", StringComparison.Ordinal));
    }

    [Fact]
    public void ShellHook_KeyNeverAppears_FailsWithoutSubscribing()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 0, subscriptionExists: false);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("blobs_extension", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(4, az.Calls.Count(call => call.StartsWith("az functionapp keys list", StringComparison.Ordinal)));
        Assert.DoesNotContain(az.Calls, call => call.Contains("event-subscription", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AZURE_FUNCTION_APP_NAME")]
    [InlineData("AZURE_EVENTGRID_SYSTEM_TOPIC_NAME")]
    [InlineData("SUMMARIZER_ARTICLES_CONTAINER")]
    public void ShellHook_OutputMissing_FailsNamingItBeforeCallingAzure(string missing)
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 1, subscriptionExists: false, new Dictionary<string, string> { [missing] = string.Empty });

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(missing, result.StandardError, StringComparison.Ordinal);
        Assert.Empty(az.Calls);
    }

    [Fact]
    public void ShellHook_CustomContainer_FiltersOnThatContainer()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 1, subscriptionExists: false, new Dictionary<string, string> { ["SUMMARIZER_ARTICLES_CONTAINER"] = "inbox" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(az.Calls, call => call.Contains("--subject-begins-with /blobServices/default/containers/inbox/ ", StringComparison.Ordinal));
    }

    [Fact]
    public void ShellHook_PrivateLayout_SubscribesThePublicWebhookAndSaysHowToUpload()
    {
        // The private layout closes storage, not the app: Event Grid still delivers to the app's public webhook.
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 1, subscriptionExists: false, PrivateLayout(allowedAddresses: string.Empty));

        Assert.True(result.ExitCode == 0, result.ToString());
        var create = Assert.Single(az.Calls, call => call.StartsWith("az eventgrid system-topic event-subscription create", StringComparison.Ordinal));
        Assert.Contains($"--endpoint {ExpectedWebhook} ", create, StringComparison.Ordinal);
        Assert.Contains(az.Calls, call => call.StartsWith("curl", StringComparison.Ordinal) && call.Contains("/api/health", StringComparison.Ordinal));
        Assert.Contains("accept no traffic from the internet", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("azd env set SUMMARIZER_ALLOWED_IP_ADDRESSES", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(az.Calls, call => call.Contains("storage account", StringComparison.Ordinal));
    }

    [Fact]
    public void ShellHook_PrivateLayoutWithAllowedAddress_NamesIt()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 2, subscriptionExists: true, PrivateLayout(allowedAddresses: "203.0.113.7"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(az.Calls, call => call.StartsWith("az eventgrid system-topic event-subscription update", StringComparison.Ordinal));
        Assert.Contains("also accept 203.0.113.7", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("azd env set", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void ShellHook_PublicLayout_SaysNothingAboutNetworkAccess()
    {
        using var az = new FakeAzureCli();

        var result = az.RunHook(ShellHook, keyFromCall: 1, subscriptionExists: false,
            new Dictionary<string, string> { ["SUMMARIZER_NETWORK_LAYOUT"] = "public" });

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("private layout", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void PrivateLayout_OutputsTheValuesTheHookReadsForIt()
    {
        JsonAssert.ValueEqual("private", DeploymentSnapshot.Default.Outputs["SUMMARIZER_NETWORK_LAYOUT"], "layout");
        JsonAssert.ValueEqual(string.Empty, DeploymentSnapshot.Default.Outputs["SUMMARIZER_ALLOWED_IP_ADDRESSES"], "allowed addresses");
    }

    private static Dictionary<string, string> PrivateLayout(string allowedAddresses) => new()
    {
        ["SUMMARIZER_NETWORK_LAYOUT"] = "private",
        ["SUMMARIZER_ALLOWED_IP_ADDRESSES"] = allowedAddresses,
    };
}
