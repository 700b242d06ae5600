// A private endpoint for one sub-resource of a service (blob, queue, table, or an Azure OpenAI account), with a zone
// group that keeps its A record in the matching private DNS zone.

@description('Name of the private endpoint.')
param name string

@description('Region of the endpoint: that of its virtual network, whatever the region of the service.')
param location string

@description('Tags applied to the endpoint.')
param tags object

@description('Subnet the endpoint takes its address from.')
param subnetId string

@description('Resource id of the service the endpoint connects to.')
param serviceId string

@description('Sub-resource of the service: blob, queue, table, account, ...')
param groupId string

@description('Private DNS zone that resolves the service host name to the endpoint.')
param privateDnsZoneId string

resource endpoint 'Microsoft.Network/privateEndpoints@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    subnet: {
      id: subnetId
    }
    privateLinkServiceConnections: [
      {
        name: name
        properties: {
          privateLinkServiceId: serviceId
          groupIds: [
            groupId
          ]
        }
      }
    ]
  }
}

resource zoneGroup 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-07-01' = {
  parent: endpoint
  name: 'default'
  properties: {
    privateDnsZoneConfigs: [
      {
        name: groupId
        properties: {
          privateDnsZoneId: privateDnsZoneId
        }
      }
    ]
  }
}

output id string = endpoint.id
