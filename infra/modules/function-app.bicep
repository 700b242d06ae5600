// The Function App on the Flex Consumption plan, running the .NET 10 isolated worker as the user-assigned identity.
// Every connection is identity-based: the app holds no storage key, OpenAI key or instrumentation key.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app; also its host name, <name>.azurewebsites.net.')
param appName string

@description('Region of the plan and the app.')
param location string

@description('Tags applied to the plan and the app.')
param tags object

@description('azd service name from azure.yaml; azd finds the app to deploy to by this tag.')
param serviceName string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Name of the storage account for the host, the deployment package, articles and summaries.')
param storageAccountName string

@description('Container holding the deployment package.')
param deploymentContainerName string

@description('Container the blob trigger watches.')
param articlesContainerName string

@description('Container summaries are written to.')
param summariesContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Endpoint of the Azure OpenAI account, e.g. https://NAME.openai.azure.com/.')
param openAiEndpoint string

@description('Name of the Azure OpenAI model deployment.')
param openAiDeploymentName string

@description('Most instances the app scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('HTTP requests one instance handles at once before the platform adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

// Names and meanings follow the settings contract shared with src/Summarizer.Functions and src/Summarizer.AI.
// Flex Consumption takes the worker runtime and version from functionAppConfig, so FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not be set here.
var appSettings = {
  // Host storage, signed in as the user-assigned identity.
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identity.properties.clientId
  // The named connection of the blob trigger and the summary store.
  ArticlesStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
  ArticlesStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
  ArticlesStorage__credential: 'managedidentity'
  ArticlesStorage__clientId: identity.properties.clientId
  Summarizer__Engine: 'azure-openai'
  Summarizer__Fallback: 'extractive'
  Summarizer__ArticlesContainer: articlesContainerName
  Summarizer__SummariesContainer: summariesContainerName
  AzureOpenAI__Endpoint: openAiEndpoint
  AzureOpenAI__Deployment: openAiDeploymentName
  AzureOpenAI__ClientId: identity.properties.clientId
  // The connection string only says where to send telemetry; with local authentication disabled on the component the
  // authentication string is what proves who sends it.
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// A child resource rather than siteConfig.appSettings: the values read properties of other resources at deployment
// time, and this keeps the whole set in one reviewable object.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'appsettings'
  properties: appSettings
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
