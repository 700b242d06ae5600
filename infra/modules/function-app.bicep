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

@description('Queue the sweep fills and the queue trigger works.')
param requestQueueName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Endpoint of the Azure OpenAI account, e.g. https://NAME.openai.azure.com/.')
param openAiEndpoint string

@description('Name of the Azure OpenAI model deployment.')
param openAiDeploymentName string

@description('NCRONTAB schedule (six fields, UTC) of the reconciliation sweep; empty switches the sweep off.')
param sweepSchedule string

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

@description('Subnet (delegated to Microsoft.App/environments) the app joins for its outbound traffic; empty leaves the app outside any virtual network.')
param virtualNetworkSubnetId string = ''

@description('How callers of the HTTP API prove who they are: keys (function keys only) or entra (a Microsoft Entra ID token as well).')
@allowed([
  'keys'
  'entra'
])
param apiAuth string = 'keys'

@description('Application (client) id of the API\'s app registration; required when apiAuth is entra.')
param apiAuthClientId string = ''

@description('Azure OpenAI limits the app applies, derived from the model deployment\'s tokens-per-minute quota.')
param openAiLimits {
  @description('Most article tokens one model request carries (AzureOpenAI:MaxInputTokens).')
  maxInputTokens: int
  @description('Most tokens one answer may have (AzureOpenAI:MaxOutputTokens).')
  maxOutputTokens: int
  @description('Model requests one article makes at once (AzureOpenAI:MaxConcurrentRequests).')
  maxConcurrentRequests: int
  @description('Most article tokens POST /api/summarize accepts (AzureOpenAI:MaxArticleTokens).')
  maxArticleTokens: int
}

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
  Summarizer__RequestsQueue: requestQueueName
  // The sweep enqueues stale articles on summarize-requests. The host resolves its timer's schedule from this setting
  // (%Summarizer:SweepSchedule%); an empty parameter keeps a valid schedule and switches the function off instead.
  Summarizer__SweepSchedule: empty(sweepSchedule) ? '0 0 * * * *' : sweepSchedule
  'AzureWebJobs.SweepArticles.Disabled': empty(sweepSchedule) ? 'true' : 'false'
  AzureOpenAI__Endpoint: openAiEndpoint
  AzureOpenAI__Deployment: openAiDeploymentName
  AzureOpenAI__ClientId: identity.properties.clientId
  AzureOpenAI__MaxInputTokens: string(openAiLimits.maxInputTokens)
  AzureOpenAI__MaxOutputTokens: string(openAiLimits.maxOutputTokens)
  AzureOpenAI__MaxConcurrentRequests: string(openAiLimits.maxConcurrentRequests)
  AzureOpenAI__MaxArticleTokens: string(openAiLimits.maxArticleTokens)
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
    // Outbound only: the app still answers on its public host name (the HTTP API, and Event Grid's calls to the blob
    // trigger's webhook), while everything it calls (storage, Azure OpenAI) is reached through the virtual network.
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // All outbound traffic, not only private addresses, goes through the virtual network, so the storage and
      // OpenAI host names resolve in its private DNS zones.
      vnetRouteAllEnabled: !empty(virtualNetworkSubnetId)
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

// App Service authentication in front of the Functions host. Declared in both modes so that switching back to keys
// really turns it off. Paths that must stay reachable without a token: the health probe, and the webhook Event Grid
// calls with the blobs_extension key (Event Grid cannot present a token for this app registration).
// Entra ID sign-in in front of the Functions host: requests without a valid token for the API's app registration are
// answered 401 before any function runs. Two paths stay open, since their callers cannot present such a token: the
// health probe, and the webhook Event Grid calls with the blobs_extension key.
var entraAuthSettings = {
  platform: {
    enabled: true
    runtimeVersion: '~1'
  }
  globalValidation: {
    requireAuthentication: true
    unauthenticatedClientAction: 'Return401'
    excludedPaths: [
      '/api/health'
      '/runtime/webhooks/blobs'
    ]
  }
  httpSettings: {
    requireHttps: true
  }
  identityProviders: {
    azureActiveDirectory: {
      enabled: true
      registration: {
        clientId: apiAuthClientId
        openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
      }
      validation: {
        // v1 tokens (az account get-access-token --resource api://ID) carry the identifier URI, v2 tokens the bare id.
        allowedAudiences: [
          'api://${apiAuthClientId}'
          apiAuthClientId
        ]
      }
    }
  }
  login: {
    tokenStore: {
      enabled: false
    }
  }
}

// Declared in keys mode too, switched off, so that going back from entra to keys really removes the sign-in.
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: apiAuth == 'entra'
    ? (empty(apiAuthClientId)
        ? fail('apiAuth is entra but apiAuthClientId is empty: create the app registration (docs/deploy.md, "The API behind Microsoft Entra ID") and set SUMMARIZER_API_CLIENT_ID')
        : entraAuthSettings)
    : {
        platform: {
          enabled: false
        }
      }
}

output name string = app.name
output defaultHostName string = app.properties.defaultHostName
