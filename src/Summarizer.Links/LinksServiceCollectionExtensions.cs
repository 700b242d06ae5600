using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Summarizer.Links;

public static class LinksServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="FetchOptions"/> from the <c>Fetch</c> section, validated at start-up (a bad setting fails the host with a
    /// message naming it), one <see cref="LinkFetcher"/> and <see cref="LinkInputs"/>. <paramref name="maxBytes"/> gives
    /// the host's input cap, which is also the body cap. A resolver or connector registered before this call is used
    /// (tests); otherwise the system's DNS and plain TCP.
    /// </summary>
    public static IServiceCollection AddLinkFetching(this IServiceCollection services, IConfiguration configuration, Func<IServiceProvider, long> maxBytes)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(maxBytes);
        services.AddOptions<FetchOptions>()
            .Bind(configuration.GetSection(FetchOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new LinkFetcher(
            provider.GetRequiredService<IOptions<FetchOptions>>().Value.ToPolicy(maxBytes(provider)),
            provider.GetRequiredService<TimeProvider>(),
            (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<LinkFetcher>(),
            provider.GetService<IAddressResolver>(),
            provider.GetService<ISocketConnector>()));
        services.TryAddSingleton<LinkInputs>();
        return services;
    }
}
