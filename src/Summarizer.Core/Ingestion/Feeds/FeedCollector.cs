using static Summarizer.Core.Ingestion.Feeds.FeedVocabulary;

namespace Summarizer.Core.Ingestion.Feeds;

/// <summary>
/// Gathers what a feed reader finds into a <see cref="FeedDocument"/>, by one rule for both readers: a <c>title</c> counts
/// when it is the channel's or an item's own (not an image's, a text input's or an Atom entry's <c>source</c>), and an
/// item's text is its full content when it has one, else its description. Every field is charged to the article's
/// character budget as it is read.
/// </summary>
internal sealed class FeedCollector
{
    private readonly DecodeBudget _budget;
    private readonly long _characterLimit;
    private readonly List<FeedEntry> _entries = [];
    private FeedText? _title;
    private bool _inEntry;
    private FeedText? _entryTitle;
    private FeedText? _entrySummary;
    private FeedText? _entryContent;

    public FeedCollector(DecodeBudget budget)
    {
        _budget = budget;

        // A reading that falls back to the lenient reader starts its count again: the first pass's characters are not text twice.
        _characterLimit = budget.Characters + budget.MaxCharacters;
    }

    public void StartEntry()
    {
        EndEntry();
        _inEntry = true;
    }

    public void EndEntry()
    {
        if (_inEntry && (_entryTitle ?? _entryContent ?? _entrySummary) is not null)
        {
            _entries.Add(new FeedEntry(_entryTitle, _entryContent ?? _entrySummary));
        }

        _inEntry = false;
        _entryTitle = _entrySummary = _entryContent = null;
    }

    /// <summary>True when a field of <paramref name="role"/> inside a <paramref name="parent"/> element is text the reader keeps.</summary>
    public bool Wants(Role role, Role parent) => (role, parent) switch
    {
        (Role.Title, Role.Channel) => _title is null && !_inEntry,
        (Role.Title, Role.Entry) => _inEntry && _entryTitle is null,
        (Role.Summary, Role.Entry) => _inEntry && _entrySummary is null,
        (Role.Content, Role.Entry) => _inEntry && _entryContent is null,
        _ => false,
    };

    /// <summary>Keeps a field <see cref="Wants"/> accepted.</summary>
    public void Add(Role role, Role parent, FeedText text)
    {
        if (!_budget.TryChargeCharacters(text.Value.Length, _characterLimit))
        {
            throw new SummarizerException(ErrorCodes.DocumentTooComplex,
                $"The feed holds more than {_budget.MaxCharacters:N0} characters of text, more than a summary can use; it is too complex to summarise.");
        }

        switch (role)
        {
            case Role.Title when parent == Role.Channel:
                _title = text;
                break;
            case Role.Title:
                _entryTitle = text;
                break;
            case Role.Summary:
                _entrySummary = text;
                break;
            case Role.Content:
                _entryContent = text;
                break;
        }
    }

    public FeedDocument ToDocument()
    {
        EndEntry();
        return new FeedDocument(_title, _entries);
    }
}
