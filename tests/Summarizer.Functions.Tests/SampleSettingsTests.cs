using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Storage;
using Summarizer.Storage.Configuration;
using Summarizer.Functions.Hosting;
using Summarizer.Functions.Triggers;
using Summarizer.Links;
using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

/// <summary>
/// <c>local.settings.sample.json</c> is what a newcomer copies to run the app: it must name every setting the app reads
/// and start the app as it stands.
/// </summary>
public sealed class SampleSettingsTests
{
    private static readonly Lazy<Dictionary<string, string?>> Values = new(Load);

    public static TheoryData<string> SettingsTheAppReads()
    {
        // The queue endpoint is read for the summarize-requests queue when the connection is identity-based.
        var keys = new TheoryData<string>
        {
            "ArticlesStorage", "ArticlesStorage__blobServiceUri", "ArticlesStorage__queueServiceUri", "ArticlesStorage__credential", "ArticlesStorage__clientId",
        };
        foreach (var property in Settable(typeof(SummarizerOptions)))
        {
            keys.Add($"{SummarizerOptions.SectionName}__{property}");
        }

        keys.Add($"{EngineOptions.SectionName}__{nameof(EngineOptions.Engine)}");
        keys.Add($"{EngineOptions.SectionName}__{nameof(EngineOptions.Fallback)}");
        foreach (var property in Settable(typeof(AzureOpenAIOptions)).Where(p => p != nameof(AzureOpenAIOptions.Limits))
            .Concat(Settable(typeof(ChatSummarizerOptions)).Where(p => p != nameof(ChatSummarizerOptions.Model))))
        {
            keys.Add($"{AzureOpenAIOptions.SectionName}__{property}");
        }

        foreach (var property in Settable(typeof(FetchOptions)))
        {
            keys.Add($"{FetchOptions.SectionName}__{property}");
        }

        // Read outside the option classes: the sweep's timer schedule (by the host) and the telemetry exporters.
        keys.Add(SweepScheduleSetting);
        keys.Add(TelemetryServiceCollectionExtensions.AzureMonitorSetting);
        keys.Add(AzureMonitorAuthentication.Setting);
        keys.Add(TelemetryServiceCollectionExtensions.OtlpEndpointSetting);
        return keys;
    }

    [Theory]
    [MemberData(nameof(SettingsTheAppReads))]
    public void Sample_ListsEverySettingTheAppReads(string key) => Assert.True(Values.Value.ContainsKey(key), $"{key} is missing");

    [Fact]
    public void Sample_HoldsNoSecrets()
    {
        Assert.Equal("", Values.Value["AzureOpenAI__ApiKey"]);
        Assert.Equal("", Values.Value["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        Assert.Equal("", Values.Value["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
    }

    [Fact]
    public void Sample_SchedulesTheSweepHourlyAndResolvesEveryTriggerExpression()
    {
        // The host fails a function whose %setting% does not resolve, so the sample must hold every one the triggers name.
        Assert.Equal("0 0 * * * *", Values.Value[SweepScheduleSetting]);
        foreach (var expression in BindingExpressions.All)
        {
            var setting = expression.Split('%')[1].Replace(":", "__", StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(Values.Value.GetValueOrDefault(setting)), $"{setting} is missing or empty");
        }
    }

    [Fact]
    public void Sample_StartsTheAppAsItStands()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(Values.Value.ToDictionary(kv => kv.Key.Replace("__", ":", StringComparison.Ordinal), kv => kv.Value))
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizer(configuration);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal("articles", provider.GetRequiredService<IOptions<SummarizerOptions>>().Value.ArticlesContainer);
    }

    private const string SweepScheduleSetting = "Summarizer__SweepSchedule";

    private static IEnumerable<string> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }).Select(p => p.Name);

    private static Dictionary<string, string?> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryRoot.Combine("local.settings.sample.json")));
        return json.RootElement.GetProperty("Values").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.Ordinal);
    }
}
