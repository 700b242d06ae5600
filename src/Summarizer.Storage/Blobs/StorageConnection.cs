using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;

namespace Summarizer.Storage.Blobs;

/// <summary>
/// Builds a <see cref="BlobServiceClient"/> from a named connection the way the Functions host reads it: either a
/// connection string (<c>ArticlesStorage=UseDevelopmentStorage=true</c>) or an identity-based section
/// (<c>ArticlesStorage__blobServiceUri</c>, <c>ArticlesStorage__credential=managedidentity</c>, <c>ArticlesStorage__clientId</c>).
/// </summary>
public static class StorageConnection
{
    public const string ArticlesStorage = "ArticlesStorage";

    public static BlobServiceClient CreateBlobServiceClient(IConfiguration configuration, string connectionName = ArticlesStorage, BlobClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new BlobServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(connectionName);
        var serviceUri = section["blobServiceUri"] ?? section["serviceUri"];
        if (serviceUri is null && section["accountName"] is { Length: > 0 } accountName)
        {
            serviceUri = $"https://{accountName}.blob.core.windows.net";
        }

        if (serviceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{connectionName}' is not configured: set '{connectionName}' to a connection string " +
                $"or '{connectionName}__blobServiceUri' (with '{connectionName}__credential=managedidentity').");
        }

        if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"'{connectionName}__blobServiceUri' is not an absolute URI.");
        }

        return new BlobServiceClient(uri, CreateCredential(section), options);
    }

    /// <summary>
    /// The queue service of the same named connection: the connection string, or <c>{name}__queueServiceUri</c> (else
    /// the account's queue endpoint from <c>{name}__accountName</c>) with the same identity settings as blobs.
    /// </summary>
    public static QueueServiceClient CreateQueueServiceClient(IConfiguration configuration, string connectionName = ArticlesStorage, QueueClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration[connectionName];
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            return new QueueServiceClient(connectionString, options);
        }

        var section = configuration.GetSection(connectionName);
        var serviceUri = section["queueServiceUri"];
        if (serviceUri is null && section["accountName"] is { Length: > 0 } accountName)
        {
            serviceUri = $"https://{accountName}.queue.core.windows.net";
        }

        if (serviceUri is null)
        {
            throw new InvalidOperationException(
                $"Storage connection '{connectionName}' has no queue endpoint: set '{connectionName}' to a connection string " +
                $"or '{connectionName}__queueServiceUri' (with '{connectionName}__credential=managedidentity').");
        }

        if (!Uri.TryCreate(serviceUri, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"'{connectionName}__queueServiceUri' is not an absolute URI.");
        }

        return new QueueServiceClient(uri, CreateCredential(section), options);
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
}
