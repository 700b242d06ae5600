using Summarizer.Core.Ingestion;

namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>Pages and texts in legacy encodings, written for these tests (Fixtures/Ingestion/Encodings).</summary>
internal static class EncodingFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ingestion", "Encodings", name));

    public static Article Decode(string name, string? contentType = null) =>
        new ArticleDecoder().Decode(new ArticleInput(Bytes(name), name, contentType));
}
