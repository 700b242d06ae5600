using static Summarizer.Core.Engines.Extractive.PhraseWords;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// The names in one sentence, so a key phrase is a whole name or no name. A name is a longest run of capitalised words
/// with only a space, a hyphen or an initial's stop between them ("Kenneth Morgan Stancil III", "Arnold O. Jones",
/// "Dubai Open", "World Para-athletics Championships"), with the small words names use inside ("Bank of England",
/// "Bashar al-Assad"); a possessive ends one ("CNN's | John D. Sutter"). A capitalised word that opens the sentence, or
/// follows a colon or an opening quote, is in a name only when the rest of the article says it is a name (<see
/// cref="TermCasing"/>; "Meanwhile", "His" never are), and a weekday or month starts none ("on Monday Boris Johnson").
/// Titles split a name into the organisation before them and the person after ("Superior Court | Judge | Arnold O.
/// Jones"). Per-thread and reused: it serves one document at a time, one sentence at a time.
/// </summary>
internal sealed class NameRuns
{
    private const int MaxRetainedLength = 1 << 16;

    [ThreadStatic]
    private static NameRuns? t_current;

    private NameSlot[] _slots = new NameSlot[128];
    private readonly TermCasing _casing = new();
    private AnalyzedDocument _document = null!;
    private int _first;
    private int _end;

    /// <summary>The calling thread's index, set up for <paramref name="document"/>'s words before <paramref name="scanEnd"/>.</summary>
    public static NameRuns For(AnalyzedDocument document, int scanEnd)
    {
        var runs = t_current ??= new NameRuns();
        runs.Begin(document, scanEnd);
        return runs;
    }

    /// <summary>Lets go of buffers a very long document grew, as the phrase collections do.</summary>
    public static void Release()
    {
        if (t_current is { } runs && (runs._slots.Length > MaxRetainedLength || runs._casing.Capacity > MaxRetainedLength))
        {
            t_current = null;
        }
    }

    /// <summary>Finds the names of <paramref name="sentence"/>; the questions below are about its words until the next call.</summary>
    public void Index(int sentence)
    {
        _first = _document.SentenceFirstWord[sentence];
        _end = _document.SentenceFirstWord[sentence + 1];
        if (_slots.Length < _end - _first)
        {
            _slots = new NameSlot[Math.Max(_end - _first, 2 * _slots.Length)];
        }

        for (var w = _first; w < _end;)
        {
            if (!OpensName(w))
            {
                _slots[w - _first] = NameSlot.None;
                w++;
                continue;
            }

            var stop = RunEnd(w, out var openEnd);
            if (IsShouted(w, stop))
            {
                for (; w < stop; w++)
                {
                    _slots[w - _first] = NameSlot.None;
                }

                continue;
            }

            Mark(w, stop, openEnd);
            w = stop;
        }
    }

    /// <summary>Whether the word of the indexed sentence is in a name.</summary>
    public bool InName(int word) => Slot(word).InName;

    /// <summary>How many words the name that <paramref name="word"/> is in has after it (counting it), or 0.</summary>
    public int WordsToNameEnd(int word) => Slot(word).InName ? Slot(word).End - word : 0;

    /// <summary>
    /// Whether words [<paramref name="from"/>, <paramref name="to"/>) of the indexed sentence start and end where a name
    /// does: at its edges, after its titles ("Peter Robinson" in "First Minister Peter Robinson") or before them ("Port
    /// Authority" in "Port Authority Chairman Daniel Price"). "Minister Peter Robinson" and "Superior Court Judge
    /// Arnold" are pieces.
    /// </summary>
    public bool IsWhole(int from, int to)
    {
        var start = Slot(from);
        if (start.InName && start.Start != from && !(Slot(from - 1).Title && !start.Title))
        {
            return false;
        }

        var last = Slot(to - 1);
        return (!last.InName || (last.End == to && !last.OpenEnd) || (last.End != to && Slot(to).Title && !last.Title))
            && !HoldsTitleInside(from, to);
    }

    // A title between two parts of one name ("Unionist MLA Jenny Palmer") joins an organisation to a person: a phrase
    // is one or the other. A title that opens the phrase ("President Donald Trump") is the person's own, and one that
    // no full name follows is no title there ("Southampton General Hospital", "United Nations General Assembly").
    private bool HoldsTitleInside(int from, int to)
    {
        if (to - from < 3)
        {
            return false;
        }

        var run = -1;
        var state = 0; // 0: no name word yet, 1: a name word, 2: a name word then a title
        for (var w = from; w < to; w++)
        {
            var slot = Slot(w);
            if (slot.Start != run)
            {
                run = slot.Start;
                state = 0;
            }

            if (!slot.InName)
            {
                continue;
            }

            if (slot.Title)
            {
                state = state == 0 || !PersonFollows(w, slot.End) ? 0 : 2;
            }
            else if (state == 2)
            {
                return true;
            }
            else
            {
                state = 1;
            }
        }

        return false;
    }

    /// <summary>
    /// The next part of a name at or after <paramref name="word"/> that has at least two words and no title, with a
    /// capitalised word at each end: a whole name as <see cref="IsWhole"/> has it. Advances <paramref name="word"/>.
    /// </summary>
    public bool TryNextPart(ref int word, out int from, out int to)
    {
        while (word < _end)
        {
            var slot = Slot(word);
            if (!slot.InName || slot.Title)
            {
                word++;
                continue;
            }

            from = word;
            while (word < slot.End && !Slot(word).Title)
            {
                word++;
            }

            to = word;
            if (to - from >= 2 && !(to == slot.End && slot.OpenEnd)
                && char.IsUpper(_document.Word(from)[0]) && char.IsUpper(_document.Word(to - 1)[0]))
            {
                return true;
            }
        }

        from = to = -1;
        return false;
    }

    private bool PersonFollows(int title, int runEnd)
    {
        var w = title + 1;
        while (w < runEnd && Slot(w).Title)
        {
            w++;
        }

        return runEnd - w >= 2;
    }

    private NameSlot Slot(int word) => _slots[word - _first];

    private void Begin(AnalyzedDocument document, int scanEnd)
    {
        _document = document;
        _casing.Begin(document, scanEnd);
    }

    // A capitalised word starts a name unless it is a time word or opens the sentence without the article capitalising
    // it elsewhere; "al-Qaeda" starts at its article.
    private bool OpensName(int word)
    {
        if (!IsCapitalised(_document, word))
        {
            return word + 1 < _end && _document.Word(word) is "al" or "el" && NameJoined(_document, word, word + 1) && IsCapitalised(_document, word + 1);
        }

        if (Is(_document, word, WordFlags.TimeWord) || (Is(_document, word, WordFlags.ClauseWord) && _document.Word(word) is not "The"))
        {
            return false;
        }

        return (word != _first && !OpensClause(_document, word)) || IsNameAtOpening(word);
    }

    // A capitalised word opening a sentence or clause is a name's when the article capitalises it inside sentences too,
    // or when it is a content word the article never writes in lower case ("Weymouth College has…", not "Tourist David
    // Meadwell…" beside "tourists", nor "Selling Girl Scout cookies"), or names the office of a title after it ("Skills
    // Minister Matthew Hancock").
    private bool IsNameAtOpening(int word)
    {
        var term = _document.WordTerms[word];
        if (term < 0)
        {
            return false;
        }

        var flags = _document.WordFlags[word];
        return _casing.IsCapitalisedInside(term)
            || ((flags & WordFlags.PhraseWord) != 0 && (flags & WordFlags.CannotEndPhrase) == 0
                && (!_casing.IsWrittenInLowerCase(term) || (word + 1 < _end && Is(_document, word + 1, WordFlags.Title))));
    }

    // Where the name that starts at start ends. An "of" name may go on past "and" ("Association of Police and Crime
    // Commissioners"), as two names joined by it do too ("Duke of York and Prince Harry"): its end is open, and no
    // phrase ends there.
    private int RunEnd(int start, out bool openEnd)
    {
        var of = false;
        var w = start + 1;
        while (w < _end)
        {
            var lowerPart = HyphenJoined(_document, w - 1, w) && (w - 1 > start || IsHyphenBridge(w));
            if (NameJoined(_document, w - 1, w) && (ContinuesName(w) || lowerPart))
            {
                // A lower-case part joins by a hyphen inside a name ("World Para-athletics", "Stoke-on-Trent"), not at
                // its start ("Cornish-born").
                w++;
                continue;
            }

            var connectors = ConnectorsAt(start, w);
            if (connectors == 0)
            {
                break;
            }

            of |= _document.Word(w) is "of";
            w += connectors + 1;
        }

        openEnd = of && w + 1 < _end && _document.Word(w) is "and"
            && NameJoined(_document, w - 1, w) && NameJoined(_document, w, w + 1) && ContinuesName(w + 1);
        return w;
    }

    private bool ContinuesName(int word) => IsCapitalised(_document, word) && !Is(_document, word, WordFlags.ClauseWord);

    // A lower-case word hyphened between two capitalised ones, as in a place name ("Stoke-on-Trent").
    private bool IsHyphenBridge(int word) =>
        !IsCapitalised(_document, word) && word + 1 < _end && HyphenJoined(_document, word, word + 1) && IsCapitalised(_document, word + 1);

    // One or two connectors ("of", "of the", "al-") between the word before and a capitalised word after; 0 when none.
    // "of" follows a name's one head word or a title ("Bank of England", "Secretary of State"); after two words it
    // joins a person to an organisation ("Thabo Sefolosha of the Atlanta Hawks"), two names.
    private int ConnectorsAt(int start, int word)
    {
        if (_document.Word(word) is "of" && word - start != 1 && !Is(_document, word - 1, WordFlags.Title))
        {
            return 0;
        }

        for (var count = 1; count <= 2 && word + count < _end; count++)
        {
            var connector = _document.Word(word + count - 1);
            var joins = Is(_document, word + count - 1, WordFlags.NameConnector) || (count == 2 && connector is "the");
            if (!joins || !NameJoined(_document, word + count - 2, word + count - 1))
            {
                return 0;
            }

            var next = word + count;
            if (NameJoined(_document, next - 1, next) && ContinuesName(next) && (_document.WordFlags[next] & WordFlags.TimeWord) == 0)
            {
                return count;
            }
        }

        return 0;
    }

    // A run in capitals that holds a stop word is shouting ("SHE IS LYING ABOUT MY AGE"), not a name; "US ARMY" goes too.
    private bool IsShouted(int start, int end)
    {
        var stopWord = false;
        for (var w = start; w < end; w++)
        {
            foreach (var c in _document.Word(w))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            stopWord |= _document.WordTerms[w] < 0;
        }

        return stopWord && end - start > 1;
    }

    // Titles, and the office a title names ("Secretary of State", "Mayor of London"), split a name.
    private void Mark(int start, int end, bool openEnd)
    {
        var afterTitle = false;
        for (var w = start; w < end; w++)
        {
            var text = _document.Word(w);
            var title = Is(_document, w, WordFlags.Title);
            if (!title && afterTitle && w + 1 < end && text is "of")
            {
                var office = _document.Word(w + 1) is "the" && w + 2 < end ? w + 2 : w + 1;
                for (; w <= office; w++)
                {
                    _slots[w - _first] = new NameSlot(start, end, Title: true, openEnd);
                }

                w--;
                continue;
            }

            afterTitle = title;
            _slots[w - _first] = new NameSlot(start, end, title, openEnd);
        }
    }

    private readonly record struct NameSlot(int Start, int End, bool Title, bool OpenEnd)
    {
        public static NameSlot None => new(-1, -1, false, false);

        public bool InName => Start >= 0;
    }
}
