using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.AI.Tests;

/// <summary>
/// Composing the embedded engine never reads the model's token vocabulary: o200k_base is some 70 MB on the heap and a
/// fifth of a second of start-up, which every CLI run and function app paid when the unlimited budget built a counter.
/// </summary>
public sealed class ExtractiveCompositionTests
{
    private const string VocabularyAssembly = "Microsoft.ML.Tokenizers.Data.O200kBase";

    [Fact]
    public void AddSummarizerEngine_Extractive_NeverLoadsTheModelVocabulary()
    {
        // A load context of its own, so what the composition loads is seen whatever other tests in this process loaded.
        var context = new IsolatedContext();
        try
        {
            var ai = context.LoadFromAssemblyName(typeof(ArticleTokenBudget).Assembly.GetName());
            var compose = ai.GetType(typeof(EngineServiceCollectionExtensions).FullName!)!.GetMethod(nameof(EngineServiceCollectionExtensions.AddSummarizerEngine))!;
            var settings = ai.GetType(typeof(EngineOptions).FullName!)!.GetMethod(nameof(EngineOptions.Read))!.Invoke(null, [new ConfigurationBuilder().Build()]);
            var services = (IServiceCollection)compose.Invoke(null, [new ServiceCollection(), new ConfigurationBuilder().Build(), settings])!;
            using var provider = services.BuildServiceProvider();

            var budget = provider.GetRequiredService(ai.GetType(typeof(ArticleTokenBudget).FullName!)!);

            Assert.Null(budget.GetType().GetProperty(nameof(ArticleTokenBudget.MaxTokens))!.GetValue(budget));
            Assert.DoesNotContain(context.Assemblies, assembly => assembly.GetName().Name == VocabularyAssembly);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void CountingTokens_InTheSameIsolation_LoadsTheVocabulary()
    {
        // The check above can see a load: counting one token in the same kind of context does load the vocabulary.
        var context = new IsolatedContext();
        try
        {
            var ai = context.LoadFromAssemblyName(typeof(ArticleTokenBudget).Assembly.GetName());
            var counter = Activator.CreateInstance(ai.GetType(typeof(TokenCounter).FullName!)!, [null]);
            counter!.GetType().GetMethod(nameof(TokenCounter.Count))!.Invoke(counter, ["harbour"]);

            Assert.Contains(context.Assemblies, assembly => assembly.GetName().Name == VocabularyAssembly);
        }
        finally
        {
            context.Unload();
        }
    }

    // Loads the app's own assemblies and the tokenizer's from the test folder into this context; the framework, DI and
    // configuration stay shared with the test, so the service collection and configuration types are the test's own.
    private sealed class IsolatedContext() : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName name) =>
            name.Name is { } simple && (simple.StartsWith("Summarizer.", StringComparison.Ordinal) || simple.StartsWith("Microsoft.ML.Tokenizers", StringComparison.Ordinal))
                ? LoadFromAssemblyPath(Path.Combine(AppContext.BaseDirectory, simple + ".dll"))
                : null;
    }
}
