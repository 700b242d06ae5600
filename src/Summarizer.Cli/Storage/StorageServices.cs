using System.CommandLine;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
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
        var overrides = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (parseResult.GetValue(ArticlesContainer) is { } articles)
        {
            overrides[$"{SummarizerOptions.SectionName}:{nameof(SummarizerOptions.ArticlesContainer)}"] = articles;
        }

        if (parseResult.GetValue(SummariesContainer) is { } summaries)
        {
            overrides[$"{SummarizerOptions.SectionName}:{nameof(SummarizerOptions.SummariesContainer)}"] = summaries;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        try
        {
            var connection = parseResult.GetValue(Connection);
            services.AddSingleton(CreateServiceClient(connection, configuration, StorageClientProfiles.Background()));
            services.AddKeyedSingleton(StorageClientProfiles.InteractiveKey, CreateServiceClient(connection, configuration, StorageClientProfiles.Interactive()));
            services.AddSingleton(_ => CreateQueueServiceClient(connection, configuration));
            services.AddSummarizer(configuration);
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

    // Made on first use: only process --enqueue needs it, and only then must the connection name a queue endpoint.
    private static QueueServiceClient CreateQueueServiceClient(string? connection, IConfiguration configuration)
    {
        var options = new QueueClientOptions();
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new QueueServiceClient(connection, options);
        }

        var configured = configuration.GetSection(StorageConnection.ArticlesStorage);
        return configured.Value is { Length: > 0 } || configured.GetChildren().Any()
            ? StorageConnection.CreateQueueServiceClient(configuration, options: options)
            : new QueueServiceClient(DevelopmentStorage, options);
    }

    private static BlobServiceClient CreateServiceClient(string? connection, IConfiguration configuration, BlobClientOptions options)
    {
        // A one-shot tool has no trace collector and no log sink for the SDK: skipping both saves CPU on every request.
        options.Diagnostics.IsLoggingEnabled = false;
        options.Diagnostics.IsDistributedTracingEnabled = false;
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return new BlobServiceClient(connection, options);
        }

        var configured = configuration.GetSection(StorageConnection.ArticlesStorage);
        return configured.Value is { Length: > 0 } || configured.GetChildren().Any()
            ? StorageConnection.CreateBlobServiceClient(configuration, options: options)
            : new BlobServiceClient(DevelopmentStorage, options);
    }
}
