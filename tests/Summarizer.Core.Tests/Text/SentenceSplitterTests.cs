using Summarizer.Core.Text;

namespace Summarizer.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("He moved to the U.S. The move paid off.", new[] { "He moved to the U.S.", "The move paid off." })]
    [InlineData("The U.S. Senate passed the bill. It now goes to the House.", new[] { "The U.S. Senate passed the bill.", "It now goes to the House." })]
    [InlineData("The U.K. government said no. Critics disagreed.", new[] { "The U.K. government said no.", "Critics disagreed." })]
    [InlineData("Mr. Smith and Mrs. Jones met Dr. Brown. They talked.", new[] { "Mr. Smith and Mrs. Jones met Dr. Brown.", "They talked." })]
    [InlineData("She drove her daughter and Army Spc. Caleb Barnes to a concert. Pfc. Lee stayed.", new[] { "She drove her daughter and Army Spc. Caleb Barnes to a concert.", "Pfc. Lee stayed." })]
    [InlineData("Prof. Green met Gen. Miller and Sen. Brown. Rep. Lee and Gov. Hale agreed.", new[] { "Prof. Green met Gen. Miller and Sen. Brown.", "Rep. Lee and Gov. Hale agreed." })]
    [InlineData("Mass was held at St. Paul's Cathedral. The service ran late.", new[] { "Mass was held at St. Paul's Cathedral.", "The service ran late." })]
    [InlineData("She lives on Baker St. The house is old.", new[] { "She lives on Baker St.", "The house is old." })]
    [InlineData("Martin Luther King Jr. Day is a holiday.", new[] { "Martin Luther King Jr. Day is a holiday." })]
    [InlineData("He works for Acme Inc. The company makes anvils.", new[] { "He works for Acme Inc.", "The company makes anvils." })]
    [InlineData("Shares in Acme Ltd. rose. Shares in Widget Co. fell.", new[] { "Shares in Acme Ltd. rose.", "Shares in Widget Co. fell." })]
    [InlineData("Acme Corp. Chief Executive Jane Doe resigned.", new[] { "Acme Corp. Chief Executive Jane Doe resigned." })]
    [InlineData("It was Arsenal vs. Chelsea at the Emirates.", new[] { "It was Arsenal vs. Chelsea at the Emirates." })]
    [InlineData("They sell apples, pears, etc. Prices are low.", new[] { "They sell apples, pears, etc.", "Prices are low." })]
    [InlineData("They sell apples, pears, etc. and other fruit.", new[] { "They sell apples, pears, etc. and other fruit." })]
    [InlineData("The vote is on Aug. 5 in Washington.", new[] { "The vote is on Aug. 5 in Washington." })]
    [InlineData("It happened in Sept. The next month was calmer.", new[] { "It happened in Sept.", "The next month was calmer." })]
    [InlineData("Talks began on Jan. 12 and ended Feb. 3. The deal was signed.", new[] { "Talks began on Jan. 12 and ended Feb. 3.", "The deal was signed." })]
    [InlineData("Some fruits, e.g. apples, are sweet.", new[] { "Some fruits, e.g. apples, are sweet." })]
    [InlineData("Pick a safe word, i.e. one nobody guesses. Then write it down.", new[] { "Pick a safe word, i.e. one nobody guesses.", "Then write it down." })]
    [InlineData("He lives at No. 10 Downing Street.", new[] { "He lives at No. 10 Downing Street." })]
    [InlineData("Asked if he would resign, he said no. Police later confirmed it.", new[] { "Asked if he would resign, he said no.", "Police later confirmed it." })]
    [InlineData("The meeting starts at 10 a.m. EST on Monday.", new[] { "The meeting starts at 10 a.m. EST on Monday." })]
    [InlineData("The meeting ended at 5 p.m. Police then left.", new[] { "The meeting ended at 5 p.m.", "Police then left." })]
    [InlineData("It opens at 9 a.m. Tuesday, officials said.", new[] { "It opens at 9 a.m. Tuesday, officials said." })]
    [InlineData("Prices rose approx. three per cent.", new[] { "Prices rose approx. three per cent." })]
    [InlineData("The firm, Acme Inc. said it would appeal.", new[] { "The firm, Acme Inc. said it would appeal." })]
    [InlineData("The case Roe v. Wade was decided in 1973.", new[] { "The case Roe v. Wade was decided in 1973." })]
    [InlineData("She earned a Ph.D. at Yale. Then she taught.", new[] { "She earned a Ph.D. at Yale.", "Then she taught." })]
    public void Split_AbbreviationsAndTitles_EndSentencesOnlyWhenANewOneStarts(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("J. K. Rowling wrote the books.", new[] { "J. K. Rowling wrote the books." })]
    [InlineData("George W. Bush spoke. He left.", new[] { "George W. Bush spoke.", "He left." })]
    [InlineData("J.K. Rowling spoke first.", new[] { "J.K. Rowling spoke first." })]
    [InlineData("Franklin D. Roosevelt died in 1945. He was 63.", new[] { "Franklin D. Roosevelt died in 1945.", "He was 63." })]
    [InlineData("They chose Plan B. The rest is history.", new[] { "They chose Plan B.", "The rest is history." })]
    [InlineData("The blues legend B.B. King played.", new[] { "The blues legend B.B. King played." })]
    public void Split_Initials_StayInsideTheName(string text, string[] expected) => SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("The rate rose to 3.5 per cent. Markets fell.", new[] { "The rate rose to 3.5 per cent.", "Markets fell." })]
    [InlineData("Version v2.0.1 ships today. It fixes bugs.", new[] { "Version v2.0.1 ships today.", "It fixes bugs." })]
    [InlineData("The deal is worth $1.5bn. It closes in May.", new[] { "The deal is worth $1.5bn.", "It closes in May." })]
    [InlineData("Read more at example.com/a.b for details. Thanks.", new[] { "Read more at example.com/a.b for details.", "Thanks." })]
    [InlineData("Visit www.bbc.co.uk. The site is free.", new[] { "Visit www.bbc.co.uk.", "The site is free." })]
    [InlineData("Write to jane.doe@example.org. We reply fast.", new[] { "Write to jane.doe@example.org.", "We reply fast." })]
    [InlineData("See https://example.com/search?q=a.b&x=1 now. Done.", new[] { "See https://example.com/search?q=a.b&x=1 now.", "Done." })]
    public void Split_NumbersUrlsAndAddresses_DoNotBreakOnInnerStops(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("He paused... The room was silent.", new[] { "He paused...", "The room was silent." })]
    [InlineData("He said he would ... think about it.", new[] { "He said he would ... think about it." })]
    [InlineData("Wait for it… Then it came.", new[] { "Wait for it…", "Then it came." })]
    [InlineData("It was, well… complicated.", new[] { "It was, well… complicated." })]
    [InlineData("Did he really say that?! Nobody believed it.", new[] { "Did he really say that?!", "Nobody believed it." })]
    [InlineData("\"Why?\" he asked. Nobody answered.", new[] { "\"Why?\" he asked.", "Nobody answered." })]
    [InlineData("Stop!!! Please stop.", new[] { "Stop!!!", "Please stop." })]
    [InlineData("Really? Yes! Fine.", new[] { "Really?", "Yes!", "Fine." })]
    public void Split_EllipsesAndQuestionOrExclamationRuns_EndBeforeACapital(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("\"I am leaving,\" he said. \"The job is done.\" Next came the vote.", new[] { "\"I am leaving,\" he said.", "\"The job is done.\"", "Next came the vote." })]
    [InlineData("That was the plan (see above.) Next we vote.", new[] { "That was the plan (see above.)", "Next we vote." })]
    [InlineData("He said: ‘We won.’ Then he left.", new[] { "He said: ‘We won.’", "Then he left." })]
    [InlineData("The figures are final (as reported). Next year will differ.", new[] { "The figures are final (as reported).", "Next year will differ." })]
    [InlineData("Barnes replied, 'No. That leaves us as suspects.'", new[] { "Barnes replied, 'No.", "That leaves us as suspects.'" })]
    [InlineData("The vote was close. 52 members backed it.", new[] { "The vote was close.", "52 members backed it." })]
    [InlineData("It ended in 2014. 15 people died.", new[] { "It ended in 2014.", "15 people died." })]
    [InlineData("He left. \"We will return,\" he said.", new[] { "He left.", "\"We will return,\" he said." })]
    [InlineData("It said so in the U.S. \"We agree,\" he said.", new[] { "It said so in the U.S.", "\"We agree,\" he said." })]
    [InlineData("iPhone sales rose. eBay fell.", new[] { "iPhone sales rose.", "eBay fell." })]
    public void Split_QuotesBracketsAndSentenceStarts_EndAfterTheCloser(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("KYIV (Reuters) - Ukraine said it shot down a drone. Officials gave no details.", new[] { "KYIV (Reuters) - Ukraine said it shot down a drone.", "Officials gave no details." })]
    [InlineData("LONDON, England (CNN) -- The prime minister resigned. Her party met.", new[] { "LONDON, England (CNN) -- The prime minister resigned.", "Her party met." })]
    [InlineData("WASHINGTON, D.C. (CNN) -- Lawmakers met. They argued.", new[] { "WASHINGTON, D.C. (CNN) -- Lawmakers met.", "They argued." })]
    [InlineData("ST. LOUIS (Reuters) - A storm hit the city. Power failed.", new[] { "ST. LOUIS (Reuters) - A storm hit the city.", "Power failed." })]
    [InlineData("(CNN)Recently, a judge ruled. It was new.", new[] { "(CNN)Recently, a judge ruled.", "It was new." })]
    public void Split_Datelines_StayInTheFirstSentence(string text, string[] expected) => SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData(
        "By . Mark Smith . PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March 2014 . The minister spoke on Monday. He said little.",
        new[] { "By . Mark Smith . PUBLISHED: . 12:01 EST, 5 March 2014 . | . UPDATED: . 13:55 EST, 5 March 2014 .", "The minister spoke on Monday.", "He said little." })]
    [InlineData("By . Daily Mail Reporter . Police are hunting a man.", new[] { "By . Daily Mail Reporter .", "Police are hunting a man." })]
    [InlineData("By . Jane Doe and . John Roe . PUBLISHED: . 09:00 EST, 1 May 2014 . The council met.", new[] { "By . Jane Doe and . John Roe . PUBLISHED: . 09:00 EST, 1 May 2014 .", "The council met." })]
    [InlineData("Last updated at 10:44 AM on 24th September 2011 . The council met.", new[] { "Last updated at 10:44 AM on 24th September 2011 .", "The council met." })]
    [InlineData("Scroll down for video . Police said the man fled.", new[] { "Scroll down for video .", "Police said the man fled." })]
    [InlineData("One. . Two.", new[] { "One. .", "Two." })]
    [InlineData("By the time police arrived, he had gone.", new[] { "By the time police arrived, he had gone." })]
    [InlineData("Fans gathered. Scroll down for video More than 70 animals were seized.", new[] { "Fans gathered.", "Scroll down for video", "More than 70 animals were seized." })]
    [InlineData("Media playback is not supported on this device The Foxes beat Hull 3-1.", new[] { "Media playback is not supported on this device", "The Foxes beat Hull 3-1." })]
    public void Split_DailyMailFurniture_IsOneUnitNotAPileOfWords(string text, string[] expected) =>
        SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("你好。我很好！真的吗？是的。", new[] { "你好。", "我很好！", "真的吗？", "是的。" })]
    [InlineData("東京は晴れです。明日は雨でしょう。", new[] { "東京は晴れです。", "明日は雨でしょう。" })]
    [InlineData("他说：“我们赢了。”然后离开了。", new[] { "他说：“我们赢了。”", "然后离开了。" })]
    [InlineData("Это т.е. пример. Второе предложение.", new[] { "Это т.е. пример.", "Второе предложение." })]
    [InlineData("В 2014 г. в Москве прошёл саммит. Он длился два дня.", new[] { "В 2014 г. в Москве прошёл саммит.", "Он длился два дня." })]
    [InlineData("Это было в 2014 г. Он ушёл.", new[] { "Это было в 2014 г.", "Он ушёл." })]
    [InlineData("А. С. Пушкин родился в Москве.", new[] { "А. С. Пушкин родился в Москве." })]
    [InlineData("Офіс на вул. Хрещатик, 22. Це центр міста.", new[] { "Офіс на вул. Хрещатик, 22.", "Це центр міста." })]
    [InlineData("Президент В. Зеленський заявив про це. Він додав деталі.", new[] { "Президент В. Зеленський заявив про це.", "Він додав деталі." })]
    [InlineData("Am 3. Oktober feiern die Deutschen. Es ist ein Feiertag.", new[] { "Am 3. Oktober feiern die Deutschen.", "Es ist ein Feiertag." })]
    [InlineData("Im 19. Jahrhundert wuchs die Stadt. Sie wurde reich.", new[] { "Im 19. Jahrhundert wuchs die Stadt.", "Sie wurde reich." })]
    public void Split_OtherScripts_UseTheirOwnConventions(string text, string[] expected) => SentenceAssert.SplitsInto(text, expected);

    [Theory]
    [InlineData("Main findings\n\nThe study found a link. It was strong.\n\n- First point\n\n1. Second point", new[] { "Main findings", "The study found a link.", "It was strong.", "- First point", "1. Second point" }, new[] { 0, 1, 1, 2, 3 })]
    [InlineData("Key facts\n\n1. The bridge opens in May.\n\n2. Tolls are free.", new[] { "Key facts", "1. The bridge opens in May.", "2. Tolls are free." }, new[] { 0, 1, 2 })]
    [InlineData("a. First option\n\nb. Second option\n\niv. Fourth option", new[] { "a. First option", "b. Second option", "iv. Fourth option" }, new[] { 0, 1, 2 })]
    [InlineData("First line without a stop\nSecond line", new[] { "First line without a stop", "Second line" }, new[] { 0, 0 })]
    [InlineData("\n\n\nOne.\n\n\n\nTwo.\n\n", new[] { "One.", "Two." }, new[] { 0, 1 })]
    [InlineData("One.\r\n\r\nTwo.\r\nThree.", new[] { "One.", "Two.", "Three." }, new[] { 0, 1, 1 })]
    [InlineData("One.\n\n***\n\nTwo.", new[] { "One.", "Two." }, new[] { 0, 1 })]
    [InlineData("The ban ends today. Shops reopen. Bars follow next week. Schools wait.", new[] { "The ban ends today.", "Shops reopen.", "Bars follow next week.", "Schools wait." }, new[] { 0, 0, 0, 0 })]
    public void Split_BlocksAndLineBreaks_AreHardBoundariesNumberedByBlock(string text, string[] expected, int[] paragraphs)
    {
        var sentences = SentenceAssert.SplitsInto(text, expected);

        Assert.Equal(paragraphs, sentences.Select(s => s.Paragraph).ToArray());
    }

    [Fact]
    public void Split_ScrapedArticleInOneBlock_GivesCleanUnits()
    {
        const string text =
            "By . Anna Berg . PUBLISHED: . 08:15 EST, 2 June 2014 . | . UPDATED: . 10:02 EST, 2 June 2014 . " +
            "A former U.S. Navy officer was jailed on Monday for selling secrets to a firm in St. Louis, Mo. " +
            "Scroll down for video Lt. Cmdr. James R. Hale, 52, admitted taking $1.2m from Acme Corp. in 2011. " +
            "\"I made a terrible mistake,\" he told the court. \"I am sorry.\" Judge Mary O'Brien said the case was " +
            "'a betrayal of trust' (see p. 4) and jailed him for 7.5 years... The firm denied wrongdoing. " +
            "Its lawyer, Dr. Ken Ito, said: 'We will appeal.' Hale's wife wept as the sentence was read out.";

        var sentences = SentenceAssert.SplitsInto(text,
        [
            "By . Anna Berg . PUBLISHED: . 08:15 EST, 2 June 2014 . | . UPDATED: . 10:02 EST, 2 June 2014 .",
            "A former U.S. Navy officer was jailed on Monday for selling secrets to a firm in St. Louis, Mo.",
            "Scroll down for video",
            "Lt. Cmdr. James R. Hale, 52, admitted taking $1.2m from Acme Corp. in 2011.",
            "\"I made a terrible mistake,\" he told the court.",
            "\"I am sorry.\"",
            "Judge Mary O'Brien said the case was 'a betrayal of trust' (see p. 4) and jailed him for 7.5 years...",
            "The firm denied wrongdoing.",
            "Its lawyer, Dr. Ken Ito, said: 'We will appeal.'",
            "Hale's wife wept as the sentence was read out.",
        ]);

        Assert.All(sentences, s => Assert.Equal(0, s.Paragraph));
        Assert.Equal([true, false, true], sentences.Take(3).Select(s => NewsFurniture.IsFurniture(s.Text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n \n")]
    [InlineData(". . .")]
    public void Split_NoContent_ReturnsNoSentences(string text) => Assert.Empty(SentenceSplitter.Split(text));

    [Fact]
    public void Split_Null_Throws() => Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));

    [Fact]
    public void Split_HugeLineWithoutPunctuation_IsOneSentence()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 400_000));

        var sentence = Assert.Single(SentenceSplitter.Split(text));

        Assert.Equal(text.Length, sentence.Length);
    }

    [Fact]
    public void EnumerateBoundsAndCount_MatchSplit()
    {
        const string text = "Mr. Smith left. He said: \"Bye.\"\n\nThe end… Really? Yes.";
        var sentences = SentenceSplitter.Split(text);

        var bounds = new List<SentenceBounds>();
        foreach (var b in SentenceSplitter.EnumerateBounds(text)) bounds.Add(b);

        Assert.Equal(sentences.Select(s => new SentenceBounds(s.Start, s.Length, s.Paragraph)), bounds);
        Assert.Equal(sentences.Count, SentenceSplitter.Count(text));
        Assert.Equal(5, sentences.Count);
    }

    [Fact]
    public void Split_RandomPunctuationSoup_KeepsInvariants()
    {
        string[] pieces =
        [
            "Mr.", "U.S.", "the", "The", "3.5", "...", "…", "?!", "\"", "'", ")", "(", "\n", "\n\n", " . ", "By .",
            "PUBLISHED: .", "。", "г.", "J.", "etc.", "a.m.", "x", "Word.", "?", "!", "  ", "—", "1.", "www.a.b",
        ];
        var random = new Random(20260101);
        for (var round = 0; round < 300; round++)
        {
            var text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            SentenceAssert.HoldsInvariants(text, SentenceSplitter.Split(text));
        }
    }
}
