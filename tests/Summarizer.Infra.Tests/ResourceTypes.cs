namespace Summarizer.Infra.Tests;

/// <summary>ARM resource types the infrastructure declares.</summary>
internal static class ResourceTypes
{
    public const string ResourceGroup = "Microsoft.Resources/resourceGroups";
    public const string StorageAccount = "Microsoft.Storage/storageAccounts";
    public const string BlobService = "Microsoft.Storage/storageAccounts/blobServices";
    public const string BlobContainer = "Microsoft.Storage/storageAccounts/blobServices/containers";
    public const string Queue = "Microsoft.Storage/storageAccounts/queueServices/queues";
    public const string UserAssignedIdentity = "Microsoft.ManagedIdentity/userAssignedIdentities";
    public const string AppServicePlan = "Microsoft.Web/serverfarms";
    public const string Site = "Microsoft.Web/sites";
    public const string SiteConfig = "Microsoft.Web/sites/config";
    public const string CognitiveServicesAccount = "Microsoft.CognitiveServices/accounts";
    public const string CognitiveServicesDeployment = "Microsoft.CognitiveServices/accounts/deployments";
    public const string LogAnalyticsWorkspace = "Microsoft.OperationalInsights/workspaces";
    public const string ApplicationInsights = "Microsoft.Insights/components";
    public const string EventGridSystemTopic = "Microsoft.EventGrid/systemTopics";
    public const string RoleAssignment = "Microsoft.Authorization/roleAssignments";
    public const string VirtualNetwork = "Microsoft.Network/virtualNetworks";
    public const string PrivateEndpoint = "Microsoft.Network/privateEndpoints";
    public const string PrivateDnsZoneGroup = "Microsoft.Network/privateEndpoints/privateDnsZoneGroups";
    public const string PrivateDnsZone = "Microsoft.Network/privateDnsZones";
    public const string PrivateDnsZoneLink = "Microsoft.Network/privateDnsZones/virtualNetworkLinks";
    public const string NatGateway = "Microsoft.Network/natGateways";
    public const string PublicIPAddress = "Microsoft.Network/publicIPAddresses";
}
