using System.Text.Json;
using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>Compares a JSON value from a template or snapshot with a C# literal.</summary>
internal static class JsonAssert
{
    public static void ValueEqual(object expected, JsonNode? actual, string what) =>
        Assert.True(
            JsonNode.DeepEquals(JsonSerializer.SerializeToNode(expected), actual),
            $"{what}: expected {JsonSerializer.Serialize(expected)}, found {actual?.ToJsonString() ?? "nothing"}.");

    /// <summary>
    /// Asserts that a value is resolved at deployment time from a property of the given resource, e.g.
    /// "[reference('/subscriptions/.../userAssignedIdentities/id-x', '2024-11-30').clientId]".
    /// </summary>
    public static void ReadsPropertyOf(string resourceId, string property, JsonNode? actual, string what)
    {
        var text = (string?)actual ?? string.Empty;
        Assert.True(
            text.Contains($"reference('{resourceId}'", StringComparison.OrdinalIgnoreCase)
                && text.Contains($").{property}", StringComparison.Ordinal),
            $"{what}: expected a value read from {property} of {resourceId}, found '{text}'.");
    }
}
