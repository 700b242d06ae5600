namespace Summarizer.Infra.Tests;

/// <summary>
/// Nothing in the compiled template reads or builds a key, a SAS or a key-bearing connection string: every connection
/// is made with the managed identity.
/// </summary>
public sealed class SecretFreeTemplateTests
{
    [Theory]
    [InlineData("listKeys")]
    [InlineData("listAccountSas")]
    [InlineData("listServiceSas")]
    [InlineData("listConnectionStrings")]
    [InlineData("listAdminKeys")]
    [InlineData("AccountKey=")]
    [InlineData("SharedAccessSignature")]
    [InlineData("DefaultEndpointsProtocol")]
    [InlineData("InstrumentationKey=")]
    [InlineData("ApiKey")]
    public void CompiledTemplate_DoesNotMention(string secretMarker)
    {
        Assert.True(CompiledTemplate.Main.Build.ExitCode == 0, CompiledTemplate.Main.Build.ToString());

        Assert.DoesNotContain(secretMarker, CompiledTemplate.Main.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CompiledTemplate_HasNoSecureParametersOrOutputs()
    {
        // A secure parameter or output would mean a secret is being passed around; the design has none to pass.
        Assert.DoesNotContain("securestring", CompiledTemplate.Main.Json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secureObject", CompiledTemplate.Main.Json, StringComparison.OrdinalIgnoreCase);
    }
}
