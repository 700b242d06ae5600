using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Summarizer.Links.Tests;

public sealed class FetchOptionsTests
{
    [Fact]
    public void Defaults_AllowPorts80And443_FiveRedirects_ThirtySeconds_NoPrivateHosts()
    {
        var policy = new FetchOptions().ToPolicy(5_000_000);

        Assert.Equal([80, 443], policy.AllowedPorts.Order());
        Assert.Equal(5, policy.MaxRedirects);
        Assert.Equal(TimeSpan.FromSeconds(30), policy.Timeout);
        Assert.True(policy.AllowList.IsEmpty);
        Assert.Equal(5_000_000, policy.MaxBytes);
    }

    [Fact]
    public void Settings_FromEnvironmentStyleKeys_BecomeThePolicy()
    {
        var provider = Compose(new()
        {
            ["Fetch:AllowedPorts"] = "443, 8443",
            ["Fetch:AllowedHosts"] = "wiki.corp.example,10.20.0.0/16",
            ["Fetch:MaxRedirects"] = "2",
            ["Fetch:Timeout"] = "00:00:10",
        });

        var policy = provider.GetRequiredService<LinkFetcher>().Policy;

        Assert.Equal([443, 8443], policy.AllowedPorts.Order());
        Assert.Equal(2, policy.MaxRedirects);
        Assert.Equal(TimeSpan.FromSeconds(10), policy.Timeout);
        Assert.True(policy.AllowList.Allows("wiki.corp.example", System.Net.IPAddress.Parse("10.1.1.1")));
        Assert.Equal(123_456, policy.MaxBytes);
    }

    [Theory]
    [InlineData("Fetch:AllowedPorts", "80,http", "Fetch:AllowedPorts holds 'http'")]
    [InlineData("Fetch:AllowedPorts", "70000", "Fetch:AllowedPorts holds '70000'")]
    [InlineData("Fetch:AllowedPorts", " ", "Fetch:AllowedPorts names no port")]
    [InlineData("Fetch:AllowedHosts", "10.0.0.0/40", "Fetch:AllowedHosts: '10.0.0.0/40'")]
    [InlineData("Fetch:MaxRedirects", "50", "Fetch:MaxRedirects must be between 0 and 20")]
    [InlineData("Fetch:Timeout", "00:30:00", "Fetch:Timeout must be between")]
    public void InvalidSetting_FailsStartUpNamingIt(string key, string value, string message)
    {
        var provider = Compose(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(error.Failures, failure => failure.StartsWith(message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.com/a", true)]
    [InlineData("http://example.com", true)]
    [InlineData("HTTP://EXAMPLE.COM/", true)]
    [InlineData("ftp://example.com/file", true)]
    [InlineData("story.html", false)]
    [InlineData("./news/story.txt", false)]
    [InlineData("C:\\news\\story.txt", false)]
    [InlineData("-", false)]
    [InlineData("folder/with://odd", false)]
    public void IsUrl_TellsUrlsFromPaths(string argument, bool isUrl)
    {
        Assert.Equal(isUrl, LinkInputs.IsUrl(argument));
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLinkFetching(configuration, _ => 123_456).BuildServiceProvider();
    }
}
