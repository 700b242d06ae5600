using Summarizer.Testing;

namespace Summarizer.Functions.Tests;

/// <summary>
/// The fixture every storage test stands on: a port collision once failed 86 tests of one CI run at start-up
/// (the blob and table services were handed the same port).
/// </summary>
public sealed class AzuriteFixtureTests
{
    [Fact]
    public void FreePorts_AreDistinct()
    {
        for (var round = 0; round < 200; round++)
        {
            var ports = AzuriteFixture.FreePorts(3);
            Assert.Equal(3, ports.Distinct().Count());
        }
    }

    [Fact]
    public async Task Start_LosingAPortRace_StartsAgainOnFreshPorts()
    {
        var calls = 0;
        var fixture = AzuriteFixture.WithPorts(count =>
        {
            var ports = AzuriteFixture.FreePorts(count);
            return ++calls == 1 ? [ports[0], ports[1], ports[0]] : ports; // first try: table collides with blob
        });
        try
        {
            await fixture.InitializeAsync();
            var container = await fixture.CreateContainerAsync("race");
            Assert.True(await container.ExistsAsync());
            Assert.Equal(2, calls);
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
