// A private DNS zone linked to the virtual network, so that inside it a service's public host name (for example
// NAME.blob.core.windows.net) resolves to the address of its private endpoint instead of the public one.

@description('Zone name, e.g. privatelink.blob.core.windows.net.')
param name string

@description('Tags applied to the zone and its link.')
param tags object

@description('Name of the virtual network (in this resource group) whose resolver uses the zone.')
param virtualNetworkName string

resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' existing = {
  name: virtualNetworkName
}

resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: name
  location: 'global'
  tags: tags
}

resource link 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: virtualNetworkName
  location: 'global'
  tags: tags
  properties: {
    virtualNetwork: {
      id: vnet.id
    }
    // The endpoints' records are written by their zone groups; VMs in the network are not registered.
    registrationEnabled: false
  }
}

output id string = zone.id
