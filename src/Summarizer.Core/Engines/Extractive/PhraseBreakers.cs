using System.Collections.Frozen;
using Summarizer.Core.Languages;

namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// Words that end a key phrase although they are not stop words, so phrases stay names and topics rather than clauses
/// ("star Lena Ortiz turns", "Beitrag leisten müsse"): common English verbs (<see cref="EnglishVerbForms"/>),
/// contractions and "-ly" adverbs, weekday, month and time words ("harbour Tuesday", "vergangenen Jahr"), spelled-out
/// numbers ("injured three workers"), reporting verbs and verb endings in the inflected languages. Without a
/// part-of-speech tagger these lists and endings, with the rule that an English phrase does not end in an "-ed" or
/// "-ing" form, a German one does not end in a lower-case word and a Dutch one only continues after an inflected
/// adjective, keep phrases to the things an article is about.
/// </summary>
internal static class PhraseBreakers
{
    private static readonly string[] EnglishVerbs = Words(
        """
        use uses used using make makes made making take takes took taken taking give gives gave given get gets got go goes
        went gone come comes came see sees saw seen know knows knew known think thinks thought want wants wanted find finds
        found call calls called become becomes became begin begins began begun leave leaves left put puts keep keeps kept
        show shows showed shown help helps helped ask asks asked add adds added claim claims claimed expect expects expected
        allow allows allowed continue continues continued remain remains remained seem seems seemed plan plans planned
        vote votes voted say says said tell tells told believe believes believed hope hopes hoped try tries tried need needs
        needed feel feels felt let lets bring brings brought hold holds held run runs ran pay pays paid meet meets met
        include includes included set sets lead leads led understand understands stand stands stood lose loses lost
        warn warns warned urge urges urged agree agrees agreed face faces faced move moves moved live lives lived happen
        happens happened appear appears appeared provide provides provided announce announces announced report reports
        reported suggest suggests suggested accuse accuses accused deny denies denied reveal reveals revealed admit admits
        admitted insist insists insisted describe describes described avoid avoids avoided turn turns turned send sends
        sent sending win wins won rise rises rose fall falls fell cut cuts hit hits open opens close closes closed die
        dies died kill kills killed reach reaches reached return returns returned start starts started pass passes passed
        build builds built spend spends spent sell sells sold buy buys bought look looks looked work works worked play
        plays played means meant write writes wrote join joins joined talk talks talked leaves arrive arrives arrived
        """);

    private static readonly string[] NumberWords = Words(
        """
        one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
        nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
        billion billions dozen dozens half first second third fourth fifth
        ein eine zwei drei vier fünf sechs sieben acht neun zehn hundert tausend millionen milliarden
        un une deux trois quatre cinq six sept huit neuf dix cent cents mille millions milliards
        uno una dos tres cuatro cinco seis siete ocho nueve diez cien mil millones
        due tre quattro cinque sei sette otto nove dieci cento mille milioni
        um uma dois duas três quatro cinco seis sete oito nove dez cem mil milhões
        twee drie vier vijf zes zeven acht negen tien honderd duizend miljoen
        jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć sto tysiąc milion
        один два три четыре пять шесть семь восемь девять десять сто двести триста тысяча тысячи миллион миллиона миллионов
        один два три чотири п'ять шість сім вісім дев'ять десять сто тисяча тисячі мільйон мільйонів
        """);

    // Weekdays and time words in the supported languages (English months and weekdays come from WordLists): "im
    // vergangenen Jahr", "diez años" and "harbour Tuesday" are times, not topics.
    private static readonly string[] TimeWordList = Words(
        """
        today yesterday tomorrow tonight morning afternoon evening night week weekend month year years day days hour hours
        minute minutes decade decades weeks months
        montag dienstag mittwoch donnerstag freitag samstag sonntag heute gestern morgen woche wochen jahr jahre jahres
        jahren monat monate monats monaten tag tage tages tagen stunde stunden uhr
        lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui semaine semaines an ans année années mois jour
        jours heure heures
        lunes martes miércoles jueves viernes sábado domingo ayer hoy semana semanas año años mes meses día días hora horas
        lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi settimana settimane anno anni mese mesi giorno
        giorni segunda terça quarta quinta sexta ontem hoje ano anos mês dia dias
        maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag jaar jaren maand maanden dag dagen
        poniedziałek wtorek środa czwartek piątek sobota niedziela wczoraj dzisiaj tydzień rok roku lat lata miesiąc dni środę sobotę niedzielę
        понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье вчера сегодня неделе год года
        году лет месяц месяца дней
        понеділок вівторок середа середу четвер п'ятниця п'ятницю субота суботу неділя неділю вчора сьогодні тижня рік року
        років роки місяць днів
        """);

    // Words outside the stop-word lists that are never part of a topic: German reporting verbs and the adjectives that
    // only place a thing in time or order ("vergangenen", "wenigsten"), French and Spanish prepositions and adverbs.
    private static readonly string[] OtherFunctionWords = Words(
        """
        sagte sagten erklärte erklärten betonte kündigte forderte forderten teilte warnte warnten meinte berichtete kritisierte
        vergangene vergangenen vergangener letzte letzten letzter nächste nächsten kommende kommenden vorigen bisherigen
        wenigsten meisten weiteren anderen einigen mehreren
        devant derrière d'ici d’ici ici environ auprès
        cerca además
        давно недавно рядом вместе также около поэтому тоже разом також летом зимой весной осенью влітку взимку восени навесні
        заявил заявила заявили сказал сказала отметил отметила пообещал пообещала сказав сказала пообіцяв пообіцяла
        повідомив повідомила зазначив зазначила заявила заявили
        """);

    // Adjectives and nouns ending in "-ly" that are not adverbs ("friendly match", "elderly woman").
    private static readonly string[] LyWords = Words(
        """
        daily weekly monthly yearly hourly quarterly early elderly friendly unfriendly deadly costly lonely likely unlikely
        lovely holy ugly silly lively orderly family assembly supply rally ally reply anomaly monopoly jelly belly bully
        italy july homely timely untimely curly burly chilly woolly jolly bodily kindly sickly stately ghastly
        """);

    // Infinitive, reflexive and past-tense endings of Russian and Ukrainian verbs.
    // Only endings nouns rarely share: "-ать" is a verb, "-ость" ("область") and "-ла" ("школа") are not.
    private static readonly string[] SlavicVerbEndings =
        ["ать", "ять", "ить", "еть", "уть", "ться", "тися", "тись", "лся", "лась", "лись", "ати", "ити", "ути", "іти", "яти",
         "ется", "ится", "ются", "ятся", "ило", "ало", "ыло", "ено", "ется", "ться", "лися", "лася", "имуть", "ають", "ують", "ила", "ыла", "іла"];

    // Polish infinitives, past tenses and present plurals ("kosztować", "powiedziała", "krytykują").
    private static readonly string[] PolishVerbEndings =
        ["ować", "ać", "ić", "yć", "eć", "uje", "ują", "ają", "ała", "ało", "ali", "iła", "iło", "iły", "ili", "ęła", "ował"];

    // Finite verb endings nouns rarely share: French "-ent" (not "-ment"), "-ront", "-rait"; Spanish and Portuguese
    // stressed "-ó", "-á", "-aron", "-ieron".
    private static readonly string[] FrenchVerbEndings = ["ent", "ront", "rait", "aient"];
    private static readonly string[] IberianVerbEndings = ["ó", "á", "aron", "ieron", "ou", "aram", "eram"];

    // Month and weekday names from the sentence splitter's list, without its short time-zone codes ("et", "pt").
    private static readonly string[] CalendarWords = Words(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
        september october november december
        """);

    // One set per language, so checking a word is a single lookup: this runs for every word of every article.
    // English month abbreviations ("Aug. 18"); in other languages "Mar" is a sea.
    private static readonly string[] EnglishMonthAbbreviations = Words("jan feb mar apr jun jul aug sep sept oct nov dec");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishBreakers =
        Set([.. NumberWords, .. TimeWordList, .. CalendarWords, .. EnglishMonthAbbreviations, .. EnglishVerbs]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OtherBreakers =
        Set([.. NumberWords, .. TimeWordList, .. CalendarWords, .. OtherFunctionWords]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotAdverbs = Set(LyWords);

    // Calendar and time words in every language, for names: "Monday" opens no name, whatever the language.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeWords =
        Set([.. TimeWordList, .. CalendarWords]);

    /// <summary>
    /// What key phrases need to know of a word as written in <paramref name="language"/>, which depends on nothing else,
    /// so the engine works it out once per word form (<see cref="TermNormalizer"/>) instead of once per occurrence.
    /// </summary>
    public static WordFlags Classify(ReadOnlySpan<char> word, string language) =>
        (!char.IsDigit(word[0]) && !BreaksPhrase(word, language) ? WordFlags.PhraseWord : WordFlags.None)
        | (CannotEndPhrase(word, language) ? WordFlags.CannotEndPhrase : WordFlags.None)
        | (TimeWords.Contains(word) ? WordFlags.TimeWord : WordFlags.None);

    /// <summary>True when the word may not stand inside a phrase at all.</summary>
    public static bool BreaksPhrase(ReadOnlySpan<char> word, string language)
    {
        var english = language is LanguageCodes.English or LanguageCodes.Undetermined;
        if ((english ? EnglishBreakers : OtherBreakers).Contains(word))
        {
            return true;
        }

        if (english)
        {
            return IsContraction(word) || IsAdverb(word) || EnglishVerbForms.IsVerbForm(word);
        }

        return language switch
        {
            LanguageCodes.Russian or LanguageCodes.Ukrainian => IsSlavicVerb(word),
            LanguageCodes.Polish => IsLowerWithEnding(word, PolishVerbEndings),
            LanguageCodes.French => IsLowerWithEnding(word, FrenchVerbEndings) && !word.EndsWith("ment", StringComparison.Ordinal),
            LanguageCodes.Spanish or LanguageCodes.Portuguese => IsLowerWithEnding(word, IberianVerbEndings),
            _ => false,
        };
    }

    /// <summary>
    /// Words that may open or sit inside a phrase but not end one: English "-ed" and "-ing" forms ("divided residents"),
    /// and in German any lower-case word, since German noun phrases end in a capitalised noun.
    /// </summary>
    public static bool CannotEndPhrase(ReadOnlySpan<char> word, string language) => language switch
    {
        LanguageCodes.English or LanguageCodes.Undetermined =>
            word.Length > 4 && (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)),
        LanguageCodes.German => !char.IsUpper(word[0]),
        _ => false,
    };

    // "didn't", "I'm", "they've": an auxiliary or a pronoun, never part of a topic.
    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        var apostrophe = word.LastIndexOfAny('\'', '’');
        if (apostrophe <= 0)
        {
            return false;
        }

        var tail = word[(apostrophe + 1)..];
        return tail is "m" or "ve" or "ll" or "d" or "re" || (tail is "t" && word[apostrophe - 1] is 'n' or 'N');
    }

    // Lower-case words in "-ly" are adverbs ("allegedly", "heavily") unless listed as adjectives or nouns.
    private static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !NotAdverbs.Contains(word);

    /// <summary>
    /// Whether a lower-case Dutch word may follow <paramref name="previous"/> in a phrase. Dutch writes compounds as one
    /// word, so a phrase of lower-case words is an inflected adjective and its noun ("smalle grachten"); a lower-case word
    /// after a noun is the verb of a clause ("bewoners klagen"), and so is a word in "-t" after one in "-e" ("hotelbranche
    /// noemt"), unless it is a noun in "-nt" ("nieuwe president").
    /// </summary>
    public static bool CanFollowInDutch(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || (char.IsLower(previous[0]) && previous.EndsWith("e", StringComparison.Ordinal)
            && (!word.EndsWith("t", StringComparison.Ordinal) || word.EndsWith("ent", StringComparison.Ordinal) || word.EndsWith("ant", StringComparison.Ordinal)));

    private static bool IsSlavicVerb(ReadOnlySpan<char> word) => IsLowerWithEnding(word, SlavicVerbEndings);

    private static bool IsLowerWithEnding(ReadOnlySpan<char> word, string[] endings)
    {
        if (word.Length < 5 || char.IsUpper(word[0]))
        {
            return false;
        }

        foreach (var ending in endings)
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string[] Words(string words) => words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
