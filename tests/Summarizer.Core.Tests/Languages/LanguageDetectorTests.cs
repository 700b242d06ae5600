using Summarizer.Core.Languages;

namespace Summarizer.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    public static TheoryData<string, string> Paragraphs => LanguageSamples.Paragraphs;

    public static TheoryData<string> Unsupported => LanguageSamples.Unsupported;

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Detect_NewsParagraph_ReturnsItsLanguage(string expected, string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.True(expected == detection.Language, $"Expected {expected}, got {Describe(detection)}");
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Theory]
    [MemberData(nameof(Paragraphs))]
    public void Analyze_NewsParagraph_IsConfidentAndMostlyCovered(string expected, string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.Equal(expected, detection.Language);
        Assert.True(detection.Confidence >= 0.3, Describe(detection));
        Assert.True(detection.Coverage >= LanguageDetector.MinCoverage, Describe(detection));
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Detect_UnsupportedLanguage_ReturnsUnd(string text)
    {
        var detection = LanguageDetector.Analyze(text);

        Assert.True(detection.Language == LanguageCodes.Undetermined, Describe(detection));
    }

    internal static string Describe(LanguageDetection detection) =>
        $"{detection.Language} confidence {detection.Confidence} coverage {detection.Coverage} words {detection.WordsSampled} scores "
        + string.Join(' ', detection.Scores.Select(pair => $"{pair.Key}={pair.Value}"));
}
