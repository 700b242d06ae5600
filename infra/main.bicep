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

@description('Model capacity in thousands of tokens per minute; it must fit the subscription quota in that region.')
@minValue(1)
param openAiDeploymentCapacity int = 30

@description('Most instances the function app scales out to.')
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

@description('HTTP requests one instance handles at once before the platform adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID). They get Storage Blob Data Contributor so they can upload articles and read summaries; empty grants nothing.')
param principalId string = ''

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
    applicationInsightsName: applicationInsightsName
    openAiEndpoint: openAi.outputs.endpoint
    openAiDeploymentName: openAi.outputs.deploymentName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
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
