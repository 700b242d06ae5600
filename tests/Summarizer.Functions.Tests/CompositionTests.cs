using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Storage;
using Summarizer.Functions.Triggers;
using Summarizer.Functions.Hosting;

namespace Summarizer.Functions.Tests;

public sealed class CompositionTests
{
    [Theory]
    [InlineData(typeof(ArticleTrigger))]
    [InlineData(typeof(SummarizeTextFunction))]
    [InlineData(typeof(ArticlesFunctions))]
    [InlineData(typeof(SummariesFunctions))]
    [InlineData(typeof(HealthFunction))]
    [InlineData(typeof(ContainerInitializer))]
    public void AddSummarizer_ProvidesEverythingTheFunctionClassesNeed(Type functionClass)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ArticlesStorage"] = "UseDevelopmentStorage=true" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSummarizer(configuration);
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        Assert.NotNull(ActivatorUtilities.CreateInstance(provider, functionClass));
    }
}
