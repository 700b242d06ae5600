// The Event Grid system topic for the storage account. The BlobCreated subscription that feeds the blob trigger is
// not declared here: its webhook URL carries the host's blobs_extension key, which exists only once the deployed app
// has started, so infra/hooks/postdeploy.* creates it after `azd deploy`.

@description('Name of the system topic.')
param name string

@description('Region of the storage account the topic listens to (a system topic lives with its source).')
param location string

@description('Tags applied to the topic.')
param tags object

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
