using System.Collections.Frozen;

namespace Summarizer.Core.Languages;

/// <summary>
/// Stop-word lists shipped as embedded resources (<c>Resources/Languages/stopwords-xx.txt</c>), each read once, on first use.
/// </summary>
public static class StopWords
{
    // Lazy<T> in its default mode runs each load once even when many threads ask at the same moment.
    private static readonly FrozenDictionary<string, Lazy<StopWordSet>> Sets = LanguageCodes.Supported
        .ToFrozenDictionary(code => code, code => new Lazy<StopWordSet>(() => Load(code)), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, Lazy<StopWordSet>>.AlternateLookup<ReadOnlySpan<char>> SetsBySpan =
        Sets.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The stop words of a language given by ISO 639-1 code ("de"; "de-AT" and "DE" work too), or
    /// <see cref="StopWordSet.Empty"/> for a language without a list, including "und".
    /// </summary>
    public static StopWordSet For(string languageCode)
    {
        ArgumentNullException.ThrowIfNull(languageCode);
        return SetsBySpan.TryGetValue(LanguageCodes.PrimarySubtag(languageCode), out var set) ? set.Value : StopWordSet.Empty;
    }

    private static StopWordSet Load(string code)
    {
        var resourceName = $"Summarizer.Core.Resources.Languages.stopwords-{code}.txt";
        using var stream = typeof(StopWords).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded stop-word list '{resourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return new StopWordSet(code, ReadWords(reader));
    }

    private static List<string> ReadWords(StreamReader reader)
    {
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word[0] != '#')
            {
                words.Add(word.ToLowerInvariant());
            }
        }

        return words;
    }
}
