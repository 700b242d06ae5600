using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Azure.Configuration;
using Summarizer.Azure.Pipeline;
using Summarizer.Azure.Storage;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Azure;

public static class SummarizerServiceCollectionExtensions
{
    /// <summary>
    /// Everything a host needs to summarise articles in storage: validated <see cref="SummarizerOptions"/>, the engine
    /// <c>Summarizer:Engine</c> names, the <c>ArticlesStorage</c> connection, the two stores, the pipeline and the
    /// backfill. A <see cref="BlobServiceClient"/> or <see cref="ISummarizer"/> registered before this call is kept
    /// (the CLI's <c>--connection</c>, tests' decorators).
    /// </summary>
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SummarizerOptions>()
            .Bind(configuration.GetSection(SummarizerOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        EngineRegistration.AddConfiguredEngine(services, configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => StorageConnection.CreateBlobServiceClient(configuration));
        services.TryAddSingleton(sp => new BlobArticleStore(sp.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.ArticlesContainer)));
        services.TryAddSingleton(sp => new BlobSummaryStore(sp.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.SummariesContainer)));
        services.TryAddSingleton(sp => new ArticleDecoder(new IngestionOptions
        {
            MaxInputBytes = sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.MaxInputBytes,
        }));
        services.TryAddSingleton(sp => new ArticleProcessor(
            sp.GetRequiredService<ArticleDecoder>(), sp.GetRequiredService<ISummarizer>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SummaryPipeline>();
        services.TryAddSingleton<BackfillRunner>();
        return services;
    }
}
