// Entry point for `azd up` (or `az deployment sub create --template-file infra/main.bicep`). It runs at subscription
// scope, as azd expects, so that it can create the resource group and everything in it in one deployment.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name. Names the resource group and seeds the unique suffix of every resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource except, when openAiLocation is set, the Azure OpenAI account.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region for the Azure OpenAI account when the model is not offered in the main region; empty means the main region.')
param openAiLocation string = ''

@description('Name of the model deployment the app calls.')
param openAiDeploymentName string = 'summarizer'

@description('Model to deploy. Choose one your region offers (az cognitiveservices model list --location REGION).')
param openAiModelName string = 'gpt-4o-mini'

@description('Version of that model.')
param openAiModelVersion string = '2024-07-18'

@description('Deployment type of the model.')
@allowed([
  'GlobalStandard'
  'DataZoneStandard'
  'Standard'
])
param openAiDeploymentSku string = 'GlobalStandard'

@description('Model capacity in thousands of tokens per minute; it must fit the subscription quota in that region. The app\'s per-request, per-answer, concurrency and per-article token limits are derived from it. Below 5 no article of useful length fits a minute of quota.')
@minValue(5)
param openAiDeploymentCapacity int = 30

@description('Cost guard: most instances the function app scales out to (Flex Consumption bills per instance-second, so this caps the bill of a burst).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory per function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Cost guard: HTTP requests one instance handles at once before the platform adds another; higher means fewer instances for the same load.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('When the reconciliation sweep runs (NCRONTAB, six fields, UTC): it enqueues every article without an up-to-date summary for the queue workers. Default hourly; empty switches it off (through the AzureWebJobs.SweepArticles.Disabled setting).')
param sweepSchedule string = '0 0 * * * *'

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID). They get Storage Blob Data Contributor so they can upload articles and read summaries, and Storage Queue Data Message Sender for `summarizer process --enqueue`; empty grants nothing.')
param principalId string = ''

@description('Private layout (true, the default): a virtual network, private endpoints for storage and Azure OpenAI, both closed to the internet, and the app integrated with the network. False gives the public layout, for a quick trial.')
param vnetEnabled bool = true

@description('Comma-separated public IPv4 addresses or CIDR ranges let through the storage and Azure OpenAI firewalls in the private layout, e.g. the workstation that uploads articles; empty keeps both closed to the internet.')
param allowedIpAddresses string = ''

@description('How callers of the HTTP API prove who they are: keys (function keys) or entra (a Microsoft Entra ID token for the API\'s app registration, as well as the key).')
@allowed([
  'keys'
  'entra'
])
param apiAuth string = 'keys'

@description('Application (client) id of the API\'s app registration; required when apiAuth is entra.')
param apiAuthClientId string = ''

@description('E-mail address the failure and degraded-summary alerts notify; empty creates the action group without a receiver.')
param alertEmail string = ''

@description('Failed articles (error records, transient failures, failed executions) per alert window above which the failure alert fires.')
@minValue(0)
param alertFailureThreshold int = 5

@description('Degraded summaries (written by the fallback engine because the model failed) per alert window above which the degraded alert fires.')
@minValue(0)
param alertDegradedThreshold int = 10

// Same environment, subscription and region give the same names, so re-running `azd up` updates in place.
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
// Names are computed here, not read from module outputs, so every resource id is known before the deployment starts
// and what-if can predict the changes precisely.
var identityName = 'id-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
var openAiAccountName = 'oai-${resourceToken}'
var serviceName = 'api'
var virtualNetworkName = 'vnet-${resourceToken}'
var natGatewayName = 'ng-${resourceToken}'
var natPublicIpName = 'pip-ng-${resourceToken}'
// A single address is written bare: the storage firewall refuses /32 (and /31) ranges.
var allowedIps = map(
  filter(map(split(allowedIpAddresses, ','), address => trim(address)), address => !empty(address)),
  address => endsWith(address, '/32') ? replace(address, '/32', '') : address
)
// Private DNS zones of the private layout, one per kind of endpoint. The storage host uses blobs (leases, keys, the
// deployment package, articles and summaries), queues (summarize-requests and the poison queues) and tables (its
// diagnostic events), as in Microsoft's Flex Consumption quickstarts. Flex Consumption keeps no content on Azure Files,
// so file gets no endpoint.
var storageEndpointGroups = [
  'blob'
  'queue'
  'table'
]
var openAiPrivateDnsZoneName = 'privatelink.openai.azure.com'

// Cost guards on Azure OpenAI, derived from the deployment's quota so that one article never needs more than it: a long
// article is summarised as up to `concurrent` parts at once plus one request combining their notes, and each request
// (article text, prompt and answer cap) is held to a (concurrent + 1)th of a minute's tokens, so the whole article fits
// one minute. The prompt (instructions and JSON schema) is reserved 1,000 tokens; an article is allowed 90% of what the
// parts can carry, because parts are cut between paragraphs and are rarely full.
var openAiTokensPerMinute = openAiDeploymentCapacity * 1000
var openAiConcurrentRequests = min(4, max(1, openAiDeploymentCapacity / 10))
var openAiTokensPerRequest = openAiTokensPerMinute / (openAiConcurrentRequests + 1)
var openAiMaxOutputTokens = min(2000, openAiTokensPerRequest / 4)
var openAiMaxInputTokens = min(100000, openAiTokensPerRequest - openAiMaxOutputTokens - 1000)
var openAiLimits = {
  maxInputTokens: openAiMaxInputTokens
  maxOutputTokens: openAiMaxOutputTokens
  maxConcurrentRequests: openAiConcurrentRequests
  maxArticleTokens: openAiConcurrentRequests * openAiMaxInputTokens * 9 / 10
}
var blobTriggerFunctionName = 'SummarizeArticle'
var httpFunctionNames = [
  'SummarizeText'
  'PutArticle'
  'GetSummary'
  'RefreshSummary'
  'Health'
]

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: 'app-package'
    privateNetworking: vnetEnabled
    allowedIpAddresses: allowedIps
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module alerts 'modules/alerts.bicep' = {
  name: 'alerts'
  scope: resourceGroup
  dependsOn: [
    monitoring
  ]
  params: {
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    namePrefix: resourceToken
    alertEmail: alertEmail
    failureThreshold: alertFailureThreshold
    degradedThreshold: alertDegradedThreshold
  }
}

module openAi 'modules/openai.bicep' = {
  name: 'openai'
  scope: resourceGroup
  params: {
    name: openAiAccountName
    location: empty(openAiLocation) ? location : openAiLocation
    tags: tags
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSkuName: openAiDeploymentSku
    deploymentCapacity: openAiDeploymentCapacity
    privateNetworking: vnetEnabled
    allowedIpAddresses: allowedIps
  }
}

module network 'modules/network.bicep' = if (vnetEnabled) {
  name: 'network'
  scope: resourceGroup
  params: {
    name: virtualNetworkName
    location: location
    tags: tags
    natGatewayName: natGatewayName
    natPublicIpName: natPublicIpName
  }
}

module storageDnsZones 'modules/private-dns-zone.bicep' = [
  for group in (vnetEnabled ? storageEndpointGroups : []): {
    name: 'dns-${group}'
    scope: resourceGroup
    params: {
      name: 'privatelink.${group}.${environment().suffixes.storage}'
      tags: tags
      virtualNetworkName: virtualNetworkName
    }
    dependsOn: [
      network
    ]
  }
]

module storageEndpoints 'modules/private-endpoint.bicep' = [
  for (group, i) in (vnetEnabled ? storageEndpointGroups : []): {
    name: 'pe-storage-${group}'
    scope: resourceGroup
    params: {
      name: 'pe-${storageAccountName}-${group}'
      location: location
      tags: tags
      subnetId: network!.outputs.privateEndpointSubnetId
      serviceId: storage.outputs.id
      groupId: group
      privateDnsZoneId: storageDnsZones[i].outputs.id
    }
  }
]

module openAiDnsZone 'modules/private-dns-zone.bicep' = if (vnetEnabled) {
  name: 'dns-openai'
  scope: resourceGroup
  dependsOn: [
    network
  ]
  params: {
    name: openAiPrivateDnsZoneName
    tags: tags
    virtualNetworkName: virtualNetworkName
  }
}

module openAiEndpoint 'modules/private-endpoint.bicep' = if (vnetEnabled) {
  name: 'pe-openai'
  scope: resourceGroup
  params: {
    name: 'pe-${openAiAccountName}'
    location: location
    tags: tags
    subnetId: network!.outputs.privateEndpointSubnetId
    serviceId: openAi.outputs.id
    groupId: 'account'
    privateDnsZoneId: openAiDnsZone!.outputs.id
  }
}

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  scope: resourceGroup
  dependsOn: [
    identity
    storage
    openAi
    monitoring
  ]
  params: {
    identityName: identityName
    storageAccountName: storageAccountName
    openAiAccountName: openAiAccountName
    applicationInsightsName: applicationInsightsName
    userPrincipalId: principalId
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'function-app'
  scope: resourceGroup
  // The host connects to storage as soon as the app exists; granting its roles first avoids a start-up full of
  // authorization failures while the assignments catch up.
  dependsOn: [
    identity
    monitoring
    roleAssignments
    // The host's first connections to storage and Azure OpenAI must find the private endpoints and their DNS records.
    storageEndpoints
    openAiEndpoint
  ]
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    location: location
    tags: tags
    serviceName: serviceName
    identityName: identityName
    storageAccountName: storageAccountName
    deploymentContainerName: storage.outputs.deploymentContainerName
    articlesContainerName: storage.outputs.articlesContainerName
    summariesContainerName: storage.outputs.summariesContainerName
    requestQueueName: storage.outputs.requestQueueName
    applicationInsightsName: applicationInsightsName
    openAiEndpoint: openAi.outputs.endpoint
    openAiDeploymentName: openAi.outputs.deploymentName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    sweepSchedule: sweepSchedule
    virtualNetworkSubnetId: vnetEnabled ? network!.outputs.appSubnetId : ''
    apiAuth: apiAuth
    apiAuthClientId: apiAuthClientId
    openAiLimits: openAiLimits
  }
}

module eventGridTopic 'modules/event-grid-topic.bicep' = {
  name: 'event-grid-topic'
  scope: resourceGroup
  dependsOn: [
    storage
  ]
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
}

// azd stores these in .azure/<env>/.env; the post-deploy hooks and the README's commands read them from there.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = 'https://${functionApp.outputs.defaultHostName}'
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint
output AZURE_OPENAI_DEPLOYMENT string = openAi.outputs.deploymentName
output SUMMARIZER_API_URL string = 'https://${functionApp.outputs.defaultHostName}/api'
output SUMMARIZER_ARTICLES_CONTAINER string = storage.outputs.articlesContainerName
output SUMMARIZER_SUMMARIES_CONTAINER string = storage.outputs.summariesContainerName
output SUMMARIZER_BLOB_TRIGGER_FUNCTION string = blobTriggerFunctionName
output SUMMARIZER_HTTP_FUNCTIONS array = httpFunctionNames
output SUMMARIZER_NETWORK_LAYOUT string = vnetEnabled ? 'private' : 'public'
output SUMMARIZER_API_AUTH string = apiAuth
output SUMMARIZER_API_CLIENT_ID string = apiAuthClientId
output SUMMARIZER_ALLOWED_IP_ADDRESSES string = join(allowedIps, ',')
