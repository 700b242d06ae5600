using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The two network layouts. Private (the default, <c>vnetEnabled=true</c>): storage and Azure OpenAI refuse the
/// internet and are reached through private endpoints whose names resolve in linked private DNS zones, and the app joins
/// a delegated subnet and sends all its outbound traffic through it, reaching the internet (linked pages, telemetry)
/// through a NAT gateway. Public (<c>vnetEnabled=false</c>): no network resources, both services open to any network
/// (Entra ID still required), the app's outbound traffic on the platform's own path.
/// </summary>
public sealed class NetworkLayoutTests
{
    private const string PrivateEndpointSubnet = "private-endpoints";
    private const string AppSubnet = "app";

    private static readonly DeploymentSnapshot Private = DeploymentSnapshot.Default;

    private static readonly string[] NetworkTypes =
    [
        ResourceTypes.VirtualNetwork,
        ResourceTypes.PrivateEndpoint,
        ResourceTypes.PrivateDnsZoneGroup,
        ResourceTypes.PrivateDnsZone,
        ResourceTypes.PrivateDnsZoneLink,
        ResourceTypes.NatGateway,
        ResourceTypes.PublicIPAddress,
    ];

    [Fact]
    public void Default_IsThePrivateLayout()
    {
        JsonAssert.ValueEqual("private", Private.Outputs["SUMMARIZER_NETWORK_LAYOUT"], "layout output");
        Assert.Single(Private.OfType(ResourceTypes.VirtualNetwork));
    }

    [Fact]
    public void Private_AppSubnetIsDelegatedToFlexConsumption()
    {
        var subnet = Subnet(AppSubnet);

        var delegation = Assert.Single(subnet["properties"]!["delegations"]!.AsArray());
        JsonAssert.ValueEqual("Microsoft.App/environments", delegation?["properties"]?["serviceName"], "app subnet delegation");
    }

    [Fact]
    public void Private_AppSubnetReachesTheInternetThroughANatGatewayWithAStaticAddress()
    {
        // The app routes all its traffic into the network, and Azure retires default outbound access, so the path
        // to the public web (linked pages, Application Insights) is explicit: a NAT gateway on the app subnet.
        var subnet = Subnet(AppSubnet);
        var gateway = Private.Single(ResourceTypes.NatGateway);
        var address = Private.Single(ResourceTypes.PublicIPAddress);

        JsonAssert.ValueEqual(false, subnet["properties"]?["defaultOutboundAccess"], "app subnet default outbound access");
        JsonAssert.ValueEqual(Private.Id(ResourceTypes.NatGateway), subnet["properties"]?["natGateway"]?["id"], "app subnet NAT gateway");
        JsonAssert.ValueEqual("Standard", gateway["sku"]?["name"], "NAT gateway SKU");
        JsonAssert.ValueEqual(Private.Id(ResourceTypes.PublicIPAddress), Assert.Single(gateway["properties"]!["publicIpAddresses"]!.AsArray())?["id"], "NAT gateway address");
        JsonAssert.ValueEqual("Standard", address["sku"]?["name"], "public address SKU");
        JsonAssert.ValueEqual("Static", address["properties"]?["publicIPAllocationMethod"], "public address allocation");
        JsonAssert.ValueEqual("IPv4", address["properties"]?["publicIPAddressVersion"], "public address version");
        Assert.All([gateway, address], resource => JsonAssert.ValueEqual(DeploymentSnapshot.Location, resource["location"], "NAT region"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BothLayouts_AppHasAPathToThePublicWeb(bool vnetEnabled)
    {
        // Links are fetched from the app. Integrated with a network, every packet follows that network's routes, so
        // its subnet must have an explicit internet path; outside any network, the platform's outbound path is used.
        var snapshot = DeploymentSnapshot.ForLayout(vnetEnabled);
        var site = snapshot.Single(ResourceTypes.Site)["properties"];
        var routesAll = (bool?)site?["siteConfig"]?["vnetRouteAllEnabled"] == true;

        if (!vnetEnabled)
        {
            Assert.False(routesAll);
            Assert.Null(site?["virtualNetworkSubnetId"]);
            return;
        }

        Assert.True(routesAll);
        var integrated = (string)site!["virtualNetworkSubnetId"]!;
        var subnet = snapshot.Single(ResourceTypes.VirtualNetwork)["properties"]!["subnets"]!.AsArray()
            .Single(s => integrated.EndsWith("/subnets/" + (string)s!["name"]!, StringComparison.Ordinal))!;
        Assert.Contains(snapshot.OfType(ResourceTypes.NatGateway), gateway => (string)gateway["id"]! == (string?)subnet["properties"]?["natGateway"]?["id"]);
    }

    [Fact]
    public void Private_EndpointSubnetHasNoDelegationAndNoInternetEgress()
    {
        var subnet = Subnet(PrivateEndpointSubnet);

        Assert.True(subnet["properties"]?["delegations"] is null || subnet["properties"]!["delegations"]!.AsArray().Count == 0);
        JsonAssert.ValueEqual(false, subnet["properties"]?["defaultOutboundAccess"], "endpoint subnet outbound access");
        Assert.NotEqual((string?)Subnet(AppSubnet)["properties"]?["addressPrefix"], (string?)subnet["properties"]?["addressPrefix"]);
    }

    [Fact]
    public void Private_EndpointsCoverBlobQueueTableAndAzureOpenAI_InTheEndpointSubnet()
    {
        var endpoints = Private.OfType(ResourceTypes.PrivateEndpoint)
            .Select(endpoint => endpoint["properties"]!)
            .Select(properties => (
                Service: (string)properties["privateLinkServiceConnections"]![0]!["properties"]!["privateLinkServiceId"]!,
                Group: (string)properties["privateLinkServiceConnections"]![0]!["properties"]!["groupIds"]![0]!,
                Subnet: (string)properties["subnet"]!["id"]!))
            .OrderBy(endpoint => endpoint.Group, StringComparer.Ordinal)
            .ToArray();

        var storage = Private.Id(ResourceTypes.StorageAccount);
        var openAi = Private.Id(ResourceTypes.CognitiveServicesAccount);
        Assert.Equal(
            // The host writes its diagnostic events to tables (AZFD0003 when it cannot), so table has an endpoint too.
            [(openAi, "account"), (storage, "blob"), (storage, "queue"), (storage, "table")],
            endpoints.Select(endpoint => (endpoint.Service, endpoint.Group)));
        Assert.All(endpoints, endpoint => Assert.Equal(SubnetId(PrivateEndpointSubnet), endpoint.Subnet));
        Assert.All(Private.OfType(ResourceTypes.PrivateEndpoint), endpoint =>
            JsonAssert.ValueEqual(DeploymentSnapshot.Location, endpoint["location"], "endpoint region"));
    }

    [Fact]
    public void Private_EachEndpointRegistersInTheZoneOfItsService()
    {
        var groups = Private.OfType(ResourceTypes.PrivateDnsZoneGroup).ToArray();

        Assert.Equal(4, groups.Length);
        foreach (var group in groups)
        {
            var config = Assert.Single(group["properties"]!["privateDnsZoneConfigs"]!.AsArray())!;
            var service = (string)config["name"]!;
            var zone = (string)config["properties"]!["privateDnsZoneId"]!;
            Assert.True(ZoneServes(zone, service), $"{group["name"]} registers in '{zone}', which is not the {service} zone.");
        }
    }

    [Fact]
    public void Private_DnsZonesForBlobQueueTableAndOpenAI_AreEachLinkedToTheNetwork()
    {
        var zones = Private.OfType(ResourceTypes.PrivateDnsZone).Select(zone => (string)zone["name"]!).ToArray();
        var links = Private.OfType(ResourceTypes.PrivateDnsZoneLink).ToArray();

        Assert.Equal(4, zones.Length);
        Assert.Contains("privatelink.openai.azure.com", zones);
        Assert.Single(zones, zone => ZoneServes(zone, "blob"));
        Assert.Single(zones, zone => ZoneServes(zone, "queue"));
        Assert.Single(zones, zone => ZoneServes(zone, "table"));
        // Storage zone names follow the cloud (core.windows.net, core.chinacloudapi.cn, ...) rather than naming one.
        Assert.All(zones.Where(zone => !zone.Contains("openai", StringComparison.Ordinal)),
            zone => Assert.Contains("environment().suffixes.storage", zone, StringComparison.Ordinal));
        Assert.All(Private.OfType(ResourceTypes.PrivateDnsZone), zone => JsonAssert.ValueEqual("global", zone["location"], "zone location"));

        Assert.Equal(4, links.Length);
        foreach (var service in new[] { "blob", "queue", "table", "account" })
        {
            var link = Assert.Single(links, link => ZoneServes((string)link["name"]!, service));
            JsonAssert.ValueEqual(Private.Id(ResourceTypes.VirtualNetwork), link["properties"]?["virtualNetwork"]?["id"], $"{service} zone link");
            JsonAssert.ValueEqual(false, link["properties"]?["registrationEnabled"], $"{service} zone auto-registration");
        }
    }

    [Fact]
    public void Private_StorageAndOpenAI_DisablePublicNetworkAccessAndDenyByDefault()
    {
        foreach (var type in new[] { ResourceTypes.StorageAccount, ResourceTypes.CognitiveServicesAccount })
        {
            var properties = Private.Single(type)["properties"];

            JsonAssert.ValueEqual("Disabled", properties?["publicNetworkAccess"], $"{type} public network access");
            JsonAssert.ValueEqual("Deny", properties?["networkAcls"]?["defaultAction"], $"{type} firewall default");
            JsonAssert.ValueEqual(Array.Empty<object>(), properties?["networkAcls"]?["ipRules"], $"{type} allowed addresses");
        }
    }

    [Fact]
    public void Private_StorageLetsTrustedAzureServicesThrough()
    {
        // Event Grid's system topic on the account is a trusted service; the reference templates keep this bypass.
        JsonAssert.ValueEqual("AzureServices", Private.Single(ResourceTypes.StorageAccount)["properties"]?["networkAcls"]?["bypass"], "bypass");
    }

    [Fact]
    public void Private_AppIsIntegratedWithTheAppSubnetAndRoutesAllTrafficThroughIt()
    {
        var properties = Private.Single(ResourceTypes.Site)["properties"];

        JsonAssert.ValueEqual(SubnetId(AppSubnet), properties?["virtualNetworkSubnetId"], "integration subnet");
        JsonAssert.ValueEqual(true, properties?["siteConfig"]?["vnetRouteAllEnabled"], "route all outbound traffic");
    }

    [Fact]
    public void Private_AppIsCreatedAfterTheEndpointsItReachesStorageAndOpenAIThrough()
    {
        // The host connects to storage as soon as it starts; before the endpoints and their DNS records exist, the
        // names would resolve to the closed public endpoints.
        var functionApp = Assert.Single(
            CompiledTemplate.Main.Root["resources"]!.AsArray(),
            resource => (string?)resource?["name"] == "function-app")!;
        var dependsOn = functionApp["dependsOn"]!.AsArray().Select(node => (string)node!).ToArray();

        Assert.Contains("storageEndpoints", dependsOn);
        Assert.Contains(dependsOn, dependency => dependency.Contains("'pe-openai'", StringComparison.Ordinal));
    }

    [Fact]
    public void Private_AllowedAddresses_OpenTheFirewallsToThoseAddressesOnly()
    {
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object>
        {
            ["allowedIpAddresses"] = " 203.0.113.7, 198.51.100.0/24 ,",
        });

        foreach (var type in new[] { ResourceTypes.StorageAccount, ResourceTypes.CognitiveServicesAccount })
        {
            var properties = snapshot.Single(type)["properties"];
            var addresses = properties!["networkAcls"]!["ipRules"]!.AsArray().Select(rule => (string)rule!["value"]!);

            // Public access must be on for IP rules to apply; the firewall still denies every other address.
            JsonAssert.ValueEqual("Enabled", properties["publicNetworkAccess"], $"{type} public network access");
            JsonAssert.ValueEqual("Deny", properties["networkAcls"]?["defaultAction"], $"{type} firewall default");
            Assert.Equal(["203.0.113.7", "198.51.100.0/24"], addresses);
        }

        JsonAssert.ValueEqual("203.0.113.7,198.51.100.0/24", snapshot.Outputs["SUMMARIZER_ALLOWED_IP_ADDRESSES"], "allowed addresses output");
        Assert.Equal(4, snapshot.OfType(ResourceTypes.PrivateEndpoint).Count());
    }

    [Fact]
    public void Private_AllowedSingleAddressAsSlash32_IsWrittenAsTheBareAddress()
    {
        // The storage firewall refuses /31 and /32 ranges ("use individual IP address rules"), which would fail the
        // whole provisioning for an address written the way many tools print it.
        var snapshot = DeploymentSnapshot.Create(new Dictionary<string, object> { ["allowedIpAddresses"] = "203.0.113.7/32,198.51.100.0/24" });

        foreach (var type in new[] { ResourceTypes.StorageAccount, ResourceTypes.CognitiveServicesAccount })
        {
            var rules = snapshot.Single(type)["properties"]!["networkAcls"]!["ipRules"]!.AsArray();
            Assert.Equal(["203.0.113.7", "198.51.100.0/24"], rules.Select(rule => (string)rule!["value"]!));
        }
    }

    [Fact]
    public void Public_HasNoNetworkResources()
    {
        var snapshot = DeploymentSnapshot.Public;

        Assert.All(NetworkTypes, type => Assert.Empty(snapshot.OfType(type)));
        JsonAssert.ValueEqual("public", snapshot.Outputs["SUMMARIZER_NETWORK_LAYOUT"], "layout output");
    }

    [Fact]
    public void Public_StorageAndOpenAI_AcceptAnyNetwork()
    {
        var snapshot = DeploymentSnapshot.Public;

        foreach (var type in new[] { ResourceTypes.StorageAccount, ResourceTypes.CognitiveServicesAccount })
        {
            var properties = snapshot.Single(type)["properties"];

            JsonAssert.ValueEqual("Enabled", properties?["publicNetworkAccess"], $"{type} public network access");
            JsonAssert.ValueEqual("Allow", properties?["networkAcls"]?["defaultAction"], $"{type} firewall default");
        }
    }

    [Fact]
    public void Public_AppIsNotIntegratedWithAnyNetwork()
    {
        var properties = DeploymentSnapshot.Public.Single(ResourceTypes.Site)["properties"];

        Assert.Null(properties?["virtualNetworkSubnetId"]);
        JsonAssert.ValueEqual(false, properties?["siteConfig"]?["vnetRouteAllEnabled"], "route all outbound traffic");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void BothLayouts_KeepTheSameResourcesOtherThanNetworking(bool vnetEnabled)
    {
        static string[] NonNetwork(DeploymentSnapshot snapshot) => snapshot.Resources
            .Where(resource => !NetworkTypes.Contains((string)resource["type"]!, StringComparer.OrdinalIgnoreCase))
            .Select(resource => $"{resource["type"]} {resource["name"]}")
            .Order(StringComparer.Ordinal)
            .ToArray();

        var snapshot = DeploymentSnapshot.ForLayout(vnetEnabled);

        Assert.Empty(snapshot.Diagnostics);
        Assert.Equal(NonNetwork(DeploymentSnapshot.ForLayout(!vnetEnabled)), NonNetwork(snapshot));
    }

    private static string SubnetId(string name) => $"{Private.Id(ResourceTypes.VirtualNetwork)}/subnets/{name}";

    private static JsonObject Subnet(string name) =>
        Assert.Single(
            Private.Single(ResourceTypes.VirtualNetwork)["properties"]!["subnets"]!.AsArray(),
            subnet => (string?)subnet!["name"] == name)!.AsObject();

    /// <summary>
    /// Whether a zone (its name or id, possibly an unevaluated expression such as
    /// <c>format('privatelink.{0}.{1}', 'blob', environment().suffixes.storage)</c>) is the private zone of a service.
    /// </summary>
    private static bool ZoneServes(string zone, string service) => service switch
    {
        "account" => zone.Contains("privatelink.openai.azure.com", StringComparison.Ordinal),
        _ => zone.Contains($"privatelink.{service}.", StringComparison.Ordinal)
            || (zone.Contains("'privatelink.{0}.{1}'", StringComparison.Ordinal) && zone.Contains($"'{service}'", StringComparison.Ordinal)),
    };
}
