// Azure OpenAI account and one model deployment. Keys are disabled: the function app calls it with its managed
// identity, which holds Cognitive Services OpenAI User on this account.

@description('Name of the Azure OpenAI account; also its custom subdomain, which Entra ID authentication requires.')
@minLength(2)
@maxLength(64)
param name string

@description('Region of the account. Pick one that offers the model, version and deployment type below.')
param location string

@description('Tags applied to the account.')
param tags object

@description('Name of the model deployment the app calls (AzureOpenAI:Deployment).')
param deploymentName string

@description('Model to deploy, e.g. gpt-4o-mini.')
param modelName string

@description('Model version, e.g. 2024-07-18.')
param modelVersion string

@description('Deployment type: GlobalStandard, DataZoneStandard or Standard, as the region offers.')
param deploymentSkuName string

@description('Capacity in thousands of tokens per minute.')
@minValue(1)
param deploymentCapacity int

@description('True in the private layout: the account refuses the internet and is reached through a private endpoint.')
param privateNetworking bool

@description('Public IPv4 addresses or CIDR ranges let through the firewall in the private layout (a workstation running the CLI with the azure-openai engine); ignored in the public layout.')
param allowedIpAddresses array = []

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: !privateNetworking || !empty(allowedIpAddresses) ? 'Enabled' : 'Disabled'
    networkAcls: {
      defaultAction: privateNetworking ? 'Deny' : 'Allow'
      ipRules: privateNetworking ? map(allowedIpAddresses, address => { value: address }) : []
    }
  }
}

resource deployment 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSkuName
    capacity: deploymentCapacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    // Keep the version the user chose until Azure retires it, rather than switching models under a running app.
    versionUpgradeOption: 'OnceCurrentVersionExpired'
  }
}

output id string = account.id
output name string = account.name
output endpoint string = account.properties.endpoint
output deploymentName string = deployment.name
