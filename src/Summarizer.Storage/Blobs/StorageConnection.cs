using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Builds the storage clients of a named connection the way the Functions host reads it: either a connection string
/// (<c>ArticlesStorage=UseDevelopmentStorage=true</c>) or an identity-based section (<c>ArticlesStorage__blobServiceUri</c>,
/// <c>ArticlesStorage__queueServiceUri</c>, or <c>ArticlesStorage__accountName</c> for both; <c>ArticlesStorage__credential=managedidentity</c>,
/// <c>ArticlesStorage__clientId</c>). The one place every host (the Functions app, the CLI) makes a storage client.
/// </summary>
public static class StorageConnection
{
    public const string ArticlesStorage = "ArticlesStorage";

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, string connectionName = ArticlesStorage, BlobClientOptions? options = null) =>
        Create(configuration, connectionName, Endpoint.Blob,
            connectionString => new BlobServiceClient(connectionString, options),
            (uri, credential) => new BlobServiceClient(uri, credential, options));

    /// <summary>
    /// The queue service of the same named connection: the connection string, or <c>{name}__queueServiceUri</c> (else
    /// the account's queue endpoint from <c>{name}__accountName</c>) with the same identity settings as blobs.
    /// </summary>
    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, string connectionName = ArticlesStorage, QueueClientOptions? options = null) =>
        Create(configuration, connectionName, Endpoint.Queue,
            connectionString => new QueueServiceClient(connectionString, options),
            (uri, credential) => new QueueServiceClient(uri, credential, options));

    /// <summary>True when <paramref name="connectionName"/> is set at all, as a connection string or a section.</summary>
    public static bool IsConfigured(IConfiguration configuration, string connectionName = ArticlesStorage)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(connectionName);
        return section.Value is { Length: > 0 } || section.GetChildren().Any();
    }

    private static T Create<T>(IConfiguration configuration, string connectionName, Endpoint endpoint,
        Func<string, T> fromConnectionString, Func<Uri, TokenCredential, T> fromIdentity)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return fromConnectionString(connectionString);
        }

        var section = configuration.GetSection(connectionName);
        var uriKey = $"{endpoint.Name}ServiceUri";
        var serviceUri = section[uriKey] ?? (endpoint.AcceptsPlainServiceUri ? section["serviceUri"] : null);
        if (serviceUri is null && section["accountName"] is { Length: > 0 } accountName)
        {
            serviceUri = $"https://{accountName}.{endpoint.Name}.core.windows.net";
        }

        if (serviceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{connectionName}' has no {endpoint.Name} endpoint: set '{connectionName}' to a connection string " +
                $"or '{connectionName}__{uriKey}' (with '{connectionName}__credential=managedidentity').");
        }

        return Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri)
            ? fromIdentity(uri, CreateCredential(section))
            : throw new InvalidOperationException($"'{connectionName}__{uriKey}' is not an absolute URI.");
    }

    // Managed identity first, as the Functions host does; a client id selects a user-assigned identity.
    private static TokenCredential CreateCredential(IConfigurationSection section)
    {
        var clientId = section["clientId"];
        if (string.Equals(section["credential"], "managedidentity", StringComparison.OrdinalIgnoreCase))
        {
            return clientId is { Length: > 0 }
                ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(clientId))
                : new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned);
        }

        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
    }

    // The blob endpoint also answers to the older plain serviceUri key, as the host's blob extension does.
    private sealed record Endpoint(string Name, bool AcceptsPlainServiceUri)
    {
        public static readonly Endpoint Blob = new("blob", true);
        public static readonly Endpoint Queue = new("queue", false);
    }
}
