using Azure.Core;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.Storage.Configuration;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Queueing;
using Summarizer.Storage.Blobs;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;
using Summarizer.Links;

namespace Summarizer.Storage;

public static class SummarizerServiceCollectionExtensions
{
    /// <summary>
    /// Everything a host needs to summarise articles in storage: validated <see cref="SummarizerOptions"/>, the engine
    /// <see cref="EngineOptions"/> names (a bad <c>Summarizer:Engine</c> or <c>Summarizer:Fallback</c> throws
    /// <see cref="OptionsValidationException"/> here), the <c>ArticlesStorage</c> connection, the two stores, the pipeline and the
    /// backfill (with the SDK's own retry policy), the requests queue with its sweep, and <see cref="InteractiveStorage"/> (the same over a client with a
    /// short retry budget, keyed <see cref="StorageClientProfiles.InteractiveKey"/>). A <see cref="BlobServiceClient"/>
    /// (plain or keyed) or <see cref="ISummarizer"/> registered before this call is kept (tests' decorators). Every storage
    /// client is made here from the <c>ArticlesStorage</c> connection (<see cref="StorageConnection"/>);
    /// <paramref name="configureStorageClients"/> adjusts each one's options (the CLI switches the SDK's logging off).
    /// </summary>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration,
        Action<ClientOptions>? configureStorageClients = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SummarizerOptions>()
            .Bind(configuration.GetSection(SummarizerOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SummarizerOptions>, SummarizerOptionsValidator>());
        services.AddSummarizerEngine(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.CreateBlobServiceClient(configuration,
            options: Configured(StorageClientProfiles.Background(), configureStorageClients)));
        services.TryAddKeyedSingleton(StorageClientProfiles.InteractiveKey, (_, _) => StorageConnection.CreateBlobServiceClient(configuration,
            options: Configured(StorageClientProfiles.Interactive(), configureStorageClients)));
        services.TryAddSingleton(sp => ArticleStore(sp, sp.GetRequiredService<BlobServiceClient>()));
        services.TryAddSingleton(sp => SummaryStore(sp, sp.GetRequiredService<BlobServiceClient>()));
        services.TryAddSingleton(sp => new ArticleDecoder(new IngestionOptions
        {
            MaxInputBytes = sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.MaxInputBytes,
        }));
        services.TryAddSingleton(sp => new ArticleProcessor(
            sp.GetRequiredService<ArticleDecoder>(), sp.GetRequiredService<ISummarizer>(), sp.GetRequiredService<TimeProvider>()));
        // Links are fetched under the Fetch settings, and a page may be as large as any other article.
        services.AddLinkFetching(configuration, sp => sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.MaxInputBytes);
        services.TryAddSingleton<StoredArticlePipeline>();
        services.TryAddSingleton<BackfillRunner>();

        // The queue fan-out: the sweep fills summarize-requests, the queue trigger works it through the pipeline. The
        // queue client is made on first use, so hosts that never touch the queue need no queue endpoint.
        services.TryAddSingleton(_ => StorageConnection.CreateQueueServiceClient(configuration,
            options: Configured(new QueueClientOptions(), configureStorageClients)));
        services.TryAddSingleton(sp => new SummarizeRequests(sp.GetRequiredService<QueueServiceClient>(),
            sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.RequestsQueue));
        services.TryAddSingleton<ReconciliationSweep>();

        // The same pipeline over the interactive client: HTTP answers and CLI checks get their own short retry budget.
        services.TryAddSingleton(sp =>
        {
            var client = sp.GetRequiredKeyedService<BlobServiceClient>(StorageClientProfiles.InteractiveKey);
            return new InteractiveStorage(ActivatorUtilities.CreateInstance<StoredArticlePipeline>(sp, ArticleStore(sp, client), SummaryStore(sp, client)));
        });
        return services;
    }

    private static T Configured<T>(T options, Action<ClientOptions>? configure)
        where T : ClientOptions
    {
        configure?.Invoke(options);
        return options;
    }

    private static BlobArticleStore ArticleStore(IServiceProvider services, BlobServiceClient client) =>
        new(client.GetBlobContainerClient(services.GetRequiredService<IOptions<SummarizerOptions>>().Value.ArticlesContainer));

    private static BlobSummaryStore SummaryStore(IServiceProvider services, BlobServiceClient client) =>
        new(client.GetBlobContainerClient(services.GetRequiredService<IOptions<SummarizerOptions>>().Value.SummariesContainer));
}
