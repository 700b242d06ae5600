
namespace Summarizer.Testing;

/// <summary>
/// Every test class in this collection shares one Azurite process for the whole assembly. Compiled into each test
/// project by tests/Directory.Build.props: xunit v2 only finds collection definitions in the test assembly itself.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
