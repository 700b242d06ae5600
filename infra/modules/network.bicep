// The virtual network of the private layout: one subnet the Flex Consumption app joins for its outbound traffic and
// one that holds the private endpoints of the storage account and the Azure OpenAI account. The app subnet reaches the
// internet (linked pages, Application Insights' ingestion endpoint) through a NAT gateway with one static public
// address: the app routes all its traffic into this network, and Azure retires default outbound access (subnets made
// with network API 2025-07-01 or later are private unless asked otherwise), so the internet path is explicit.

@description('Name of the virtual network.')
param name string

@description('Region of the virtual network; private endpoints and the app must be in the same one.')
param location string

@description('Tags applied to the virtual network.')
param tags object

@description('Address space of the virtual network.')
param addressPrefix string = '10.0.0.0/16'

@description('Subnet the function app is integrated with. Flex Consumption asks for at least a /27; a /24 leaves room to scale out.')
param appSubnetPrefix string = '10.0.1.0/24'

@description('Subnet holding the private endpoints.')
param privateEndpointSubnetPrefix string = '10.0.2.0/24'

@description('Name of the NAT gateway the app subnet reaches the internet through.')
param natGatewayName string

@description('Name of the static public IPv4 address the NAT gateway sends from; sites see the app come from it.')
param natPublicIpName string

var appSubnetName = 'app'
var privateEndpointSubnetName = 'private-endpoints'

resource natPublicIp 'Microsoft.Network/publicIPAddresses@2024-07-01' = {
  name: natPublicIpName
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Regional'
  }
  properties: {
    publicIPAddressVersion: 'IPv4'
    publicIPAllocationMethod: 'Static'
  }
}

resource natGateway 'Microsoft.Network/natGateways@2024-07-01' = {
  name: natGatewayName
  location: location
  tags: tags
  sku: {
    name: 'Standard'
  }
  properties: {
    idleTimeoutInMinutes: 4
    publicIpAddresses: [
      {
        id: natPublicIp.id
      }
    ]
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2024-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: appSubnetPrefix
          // Flex Consumption joins a subnet delegated to Microsoft.App/environments (not Microsoft.Web/serverFarms as
          // the other plans do).
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
          // Outbound internet traffic leaves through the NAT gateway only: the subnet is private, so nothing
          // depends on default outbound access, which Azure is retiring.
          natGateway: {
            id: natGateway.id
          }
          defaultOutboundAccess: false
        }
      }
      {
        name: privateEndpointSubnetName
        properties: {
          addressPrefix: privateEndpointSubnetPrefix
          privateEndpointNetworkPolicies: 'Disabled'
          // Private endpoints answer inbound connections only; nothing here needs to reach the internet.
          defaultOutboundAccess: false
        }
      }
    ]
  }
}

output id string = vnet.id
output name string = vnet.name
output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, appSubnetName)
output privateEndpointSubnetId string = resourceId(
  'Microsoft.Network/virtualNetworks/subnets',
  vnet.name,
  privateEndpointSubnetName
)
