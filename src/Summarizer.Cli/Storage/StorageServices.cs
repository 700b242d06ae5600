using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Storage;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Blobs;

namespace Summarizer.Cli.Storage;

/// <summary>
/// The options every storage command shares and the services behind them. The connection is <c>--connection</c>,
/// else the <c>ArticlesStorage</c> setting (environment: <c>ArticlesStorage</c> or <c>ArticlesStorage__blobServiceUri</c>),
/// else Azurite (<c>UseDevelopmentStorage=true</c>). Engine and container settings come from <c>Summarizer__…</c>
/// exactly as in the function app, so a backfill makes the summaries the app would make.
/// </summary>
internal sealed class StorageServices
{
    public const string DevelopmentStorage = "UseDevelopmentStorage=true";

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "Storage connection string; default: the ArticlesStorage setting, then UseDevelopmentStorage=true (Azurite).",
    };

    public Option<string?> ArticlesContainer { get; } = new("--articles-container")
    {
        Description = "Container holding the articles; default: Summarizer__ArticlesContainer, then 'articles'.",
    };

    public Option<string?> SummariesContainer { get; } = new("--summaries-container")
    {
        Description = "Container for summaries; default: Summarizer__SummariesContainer, then 'summaries'.",
    };

    public void AddTo(Command command, bool withSummaries)
    {
        command.Options.Add(Connection);
        command.Options.Add(ArticlesContainer);
        if (withSummaries)
        {
            command.Options.Add(SummariesContainer);
        }
    }

    /// <summary>Composes the services; throws <see cref="UsageException"/> for settings that cannot work.</summary>
    public ServiceProvider Build(ParseResult parseResult)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        try
        {
            // A one-shot tool has no trace collector and no log sink for the SDK: skipping both saves CPU on every request.
            services.AddSummarizer(Configuration(parseResult), options =>
            {
                options.Diagnostics.IsLoggingEnabled = false;
                options.Diagnostics.IsDistributedTracingEnabled = false;
            });
            var provider = services.BuildServiceProvider();
            try
            {
                // Every setting is checked now, with the same start-up validation the function app runs, so a bad
                // one is a usage error before any work starts instead of an exception in the middle of a run.
                provider.GetService<IStartupValidator>()?.Validate();
                _ = provider.GetRequiredService<StoredArticlePipeline>();
            }
            catch
            {
                provider.Dispose();
                throw;
            }

            return provider;
        }
        catch (OptionsValidationException ex)
        {
            throw new UsageException(string.Join(" ", ex.Failures));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new UsageException(string.Join(" ", ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new UsageException(ex.Message);
        }
    }

    // The environment as the app reads it, with the command's options on top: --connection is the ArticlesStorage
    // connection, and with neither that nor an ArticlesStorage setting the tool talks to Azurite.
    private IConfiguration Configuration(ParseResult parseResult)
    {
        var environment = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(Connection) is { } connection && !string.IsNullOrWhiteSpace(connection))
        {
            overrides[StorageConnection.ArticlesStorage] = connection;
        }
        else if (!StorageConnection.IsConfigured(environment))
        {
            overrides[StorageConnection.ArticlesStorage] = DevelopmentStorage;
        }

        if (parseResult.GetValue(ArticlesContainer) is { } articles)
        {
            overrides[$"{SummarizerOptions.SectionName}:{nameof(SummarizerOptions.ArticlesContainer)}"] = articles;
        }

        if (parseResult.GetValue(SummariesContainer) is { } summaries)
        {
            overrides[$"{SummarizerOptions.SectionName}:{nameof(SummarizerOptions.SummariesContainer)}"] = summaries;
        }

        return new ConfigurationBuilder().AddConfiguration(environment).AddInMemoryCollection(overrides).Build();
    }
}
