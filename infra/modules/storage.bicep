// One storage account serves the Functions host (AzureWebJobsStorage), the deployment package and the articles and
// summaries containers. Shared keys are off: every client, the host included, signs in with Microsoft Entra ID.

@description('Name of the storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Region of the storage account.')
param location string

@description('Tags applied to the storage account.')
param tags object

@description('Container that holds the Flex Consumption deployment package.')
param deploymentContainerName string

@description('True in the private layout: the account refuses the internet and is reached through private endpoints.')
param privateNetworking bool

@description('Public IPv4 addresses or CIDR ranges let through the firewall in the private layout (a workstation that uploads articles); ignored in the public layout.')
param allowedIpAddresses array = []

@description('Days a deleted blob or container can still be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 7

// These names are the defaults of Summarizer:ArticlesContainer and Summarizer:SummariesContainer; the function app is
// given them explicitly as well, so the two cannot drift apart.
var articlesContainerName = 'articles'
var summariesContainerName = 'summaries'

// The app keeps its per-article claims (empty blobs it leases while paying the engine) beside the summaries, in the
// container named after them with '-claims' appended; creating it here saves the first claim a round trip.
var claimsContainerName = '${summariesContainerName}-claims'

// Private layout: public access is off altogether, unless some addresses are allowed in, in which case it is on with a
// firewall that denies everything else. Public layout: open to any network, with Entra ID still required.
var publicNetworkAccess = !privateNetworking || !empty(allowedIpAddresses) ? 'Enabled' : 'Disabled'

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    dnsEndpointType: 'Standard'
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
      ipRules: privateNetworking ? map(allowedIpAddresses, address => { action: 'Allow', value: address }) : []
      // Trusted Azure services keep access even when the firewall denies, as in Microsoft's Flex Consumption
      // quickstarts: Event Grid needs it to set up the system topic's subscriptions on the account.
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    // An overwritten or deleted article or summary can be recovered for a while: nothing is lost to a mistake.
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource articlesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: articlesContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource summariesContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: summariesContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource claimsContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: claimsContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

// The reconciliation sweep's work queue and the queue its repeatedly failing messages end in (the host would create
// both on first use; declaring them keeps them visible and lets the poison queue be watched from the start).
var requestQueueName = 'summarize-requests'

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource requestQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = {
  parent: queueService
  name: requestQueueName
}

resource requestPoisonQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = {
  parent: queueService
  name: '${requestQueueName}-poison'
}

output id string = account.id
output name string = account.name
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output articlesContainerName string = articlesContainer.name
output summariesContainerName string = summariesContainer.name
output deploymentContainerName string = deploymentContainer.name
output requestQueueName string = requestQueue.name
output requestPoisonQueueName string = requestPoisonQueue.name
