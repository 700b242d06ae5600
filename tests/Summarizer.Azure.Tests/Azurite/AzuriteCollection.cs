namespace Summarizer.Testing;

/// <summary>Every test class in this collection shares one Azurite process for the whole assembly.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
