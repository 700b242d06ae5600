namespace Summarizer.Core.Tests.Languages;

/// <summary>Short news-like paragraphs written for these tests, keyed by the language they are written in.</summary>
internal static class LanguageSamples
{
    public static TheoryData<string, string> Paragraphs { get; } = new()
    {
        { "en", "The government said on Monday that it would raise the minimum wage by four per cent from April. Union leaders welcomed the move but warned that it was not enough to keep up with rising rents. The opposition has called for a vote in parliament before the end of the month." },
        { "en", "Firefighters were still battling a large blaze in the hills north of the city on Wednesday night. More than two thousand people have been told to leave their homes, and several roads remain closed. Officials said strong winds could push the fire towards the suburbs." },
        { "en", "The club confirmed that its captain will miss the rest of the season after an operation on his knee. He was injured in the second half of Saturday's match and had to be carried off the pitch. The manager said the team would have to find a way to win without him." },

        { "de", "Die Bundesregierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen bis zum Jahr 2030 doppelt so viele Windräder gebaut werden wie bisher geplant. Kritiker werfen der Regierung vor, die Kosten für die Verbraucher nicht ausreichend berücksichtigt zu haben." },
        { "de", "In der Nacht zum Sonntag ist es in der Innenstadt zu einem Großbrand gekommen. Die Feuerwehr war mit mehr als hundert Einsatzkräften vor Ort und konnte ein Übergreifen der Flammen auf benachbarte Gebäude verhindern. Verletzt wurde nach ersten Erkenntnissen niemand, die Ursache ist noch unklar." },
        { "de", "Der Verein hat sich von seinem Trainer getrennt, nachdem die Mannschaft zum fünften Mal in Folge verloren hatte. Wer die Nachfolge antreten soll, ist noch nicht entschieden. Die Spieler sollen bereits am Mittwoch wieder mit dem Training beginnen." },

        { "fr", "Le gouvernement a annoncé mardi une hausse des aides pour les agriculteurs touchés par la sécheresse. Selon le ministre, plus de dix mille exploitations pourront en bénéficier dès le mois prochain. Les syndicats estiment cependant que ces mesures arrivent trop tard pour sauver les récoltes de l'été." },
        { "fr", "Un incendie s'est déclaré dans la nuit de samedi à dimanche dans un immeuble du centre-ville. Les pompiers ont évacué une cinquantaine d'habitants et l'un d'eux a été transporté à l'hôpital. L'origine du feu n'est pas encore connue, mais une enquête a été ouverte." },
        { "fr", "L'équipe nationale s'est qualifiée pour la finale après une victoire difficile contre l'Italie. Les joueurs ont marqué deux buts en fin de match, alors que le public commençait à perdre espoir. L'entraîneur a salué le courage de ses joueurs et leur capacité à ne jamais abandonner." },

        { "es", "El Gobierno aprobó este martes un nuevo plan para reducir el precio de la vivienda en las grandes ciudades. Según el ministro, las medidas permitirán construir más de cien mil pisos en los próximos cinco años. La oposición ha criticado que el plan llega tarde y que no resuelve el problema de los alquileres." },
        { "es", "Un incendio forestal obligó a desalojar a cientos de vecinos en la provincia durante la noche del domingo. Los bomberos trabajan todavía para controlar las llamas, que avanzan con rapidez por el fuerte viento. Las autoridades pidieron a la población que no se acerque a la zona." },
        { "es", "El equipo local ganó el partido por dos goles a uno y se colocó en el primer puesto de la liga. El delantero marcó el gol de la victoria en el último minuto, ante la alegría de los aficionados. El entrenador dijo después que sus jugadores nunca dejaron de creer." },

        { "it", "Il governo ha approvato ieri un decreto per sostenere le famiglie colpite dall'aumento delle bollette. Secondo il ministro dell'Economia, gli aiuti arriveranno già dal mese prossimo a più di tre milioni di persone. L'opposizione sostiene però che le misure non siano sufficienti e chiede un intervento più deciso." },
        { "it", "Un incendio è scoppiato nella notte in un magazzino alla periferia della città. I vigili del fuoco sono intervenuti con dieci squadre e hanno spento le fiamme solo all'alba. Non ci sono feriti, ma la polizia ha aperto un'indagine per capire le cause del rogo." },
        { "it", "La squadra di casa ha vinto la partita per tre a zero e resta in testa alla classifica. L'allenatore ha detto che i giocatori hanno mostrato grande carattere, soprattutto nel secondo tempo. Domenica prossima la squadra affronterà la seconda in classifica in una gara che potrebbe decidere il campionato." },

        { "pt", "O governo anunciou nesta terça-feira um novo pacote de medidas para conter a subida dos preços dos alimentos. Segundo o ministro, as famílias com menores rendimentos vão receber um apoio mensal a partir de janeiro. A oposição considera que as medidas são insuficientes e pede uma redução dos impostos." },
        { "pt", "Um incêndio de grandes proporções obrigou à retirada de centenas de moradores durante a noite de domingo. Os bombeiros ainda estão no local e contam com o apoio de dois aviões. As autoridades pediram à população que evite a zona até que a situação esteja controlada." },
        { "pt", "A seleção nacional venceu o jogo por dois a zero e garantiu a passagem para a próxima fase do torneio. Os golos foram marcados na segunda parte, depois de uma primeira metade muito equilibrada. O treinador disse no final que a equipa ainda tem muito para melhorar." },

        { "nl", "Het kabinet heeft dinsdag een nieuw plan gepresenteerd om de woningnood aan te pakken. Volgens de minister moeten er de komende vijf jaar honderdduizend huizen extra worden gebouwd. De oppositie vindt dat het plan te laat komt en dat er te weinig geld voor is uitgetrokken." },
        { "nl", "In de nacht van zaterdag op zondag is er een grote brand uitgebroken in een loods op het industrieterrein. De brandweer was met tientallen mensen aanwezig en kon voorkomen dat het vuur zich naar andere gebouwen verspreidde. Over de oorzaak is nog niets bekend, de politie doet onderzoek." },
        { "nl", "De thuisploeg won de wedstrijd met twee tegen nul en staat nu bovenaan in de competitie. De trainer zei na afloop dat zijn spelers hard hebben gewerkt en de overwinning verdiend hebben. Volgende week speelt het team tegen de nummer twee van de ranglijst." },

        { "pl", "Rząd przyjął we wtorek projekt ustawy, który ma obniżyć ceny energii dla gospodarstw domowych. Według ministra nowe przepisy obejmą ponad dziesięć milionów rodzin i wejdą w życie od stycznia. Opozycja twierdzi jednak, że zmiany są spóźnione i nie rozwiązują problemu." },
        { "pl", "W nocy z soboty na niedzielę w centrum miasta wybuchł pożar kamienicy. Strażacy ewakuowali kilkudziesięciu mieszkańców, a jedna osoba trafiła do szpitala. Przyczyny pożaru nie są jeszcze znane, policja prowadzi śledztwo." },
        { "pl", "Gospodarze wygrali mecz dwa do zera i awansowali na pierwsze miejsce w tabeli. Trener powiedział po spotkaniu, że jego zawodnicy zagrali bardzo dobrze, zwłaszcza w drugiej połowie. W przyszłym tygodniu drużyna zmierzy się z liderem rozgrywek." },

        { "uk", "Уряд ухвалив у вівторок нову програму підтримки родин, які постраждали від війни. За словами міністра, допомогу отримають понад два мільйони людей вже з наступного місяця. Опозиція вважає, що цих коштів недостатньо, і вимагає переглянути бюджет." },
        { "uk", "У ніч на неділю в центрі міста сталася пожежа в житловому будинку. Рятувальники евакуювали кілька десятків мешканців, одну людину доправили до лікарні. Причини пожежі встановлюють, поліція відкрила кримінальне провадження." },
        { "uk", "Господарі виграли матч з рахунком два нуль і піднялися на перше місце в турнірній таблиці. Тренер сказав після гри, що його футболісти діяли дуже впевнено, особливо в другому таймі. Наступного тижня команда зіграє з лідером чемпіонату." },

        { "ru", "Правительство утвердило во вторник новую программу поддержки семей с детьми. По словам министра, помощь получат более двух миллионов человек уже со следующего месяца. Оппозиция считает, что этих средств недостаточно, и требует пересмотреть бюджет." },
        { "ru", "В ночь на воскресенье в центре города произошёл пожар в жилом доме. Спасатели эвакуировали несколько десятков жильцов, одного человека доставили в больницу. Причины пожара выясняются, полиция возбудила уголовное дело." },
        { "ru", "Хозяева выиграли матч со счётом два ноль и поднялись на первое место в турнирной таблице. Тренер сказал после игры, что его футболисты действовали очень уверенно, особенно во втором тайме. На следующей неделе команда сыграет с лидером чемпионата." },
    };

    /// <summary>Text in languages the detector does not support, which must come back as "und".</summary>
    public static TheoryData<string> Unsupported { get; } = new()
    {
        // Finnish
        "Hallitus esitteli tiistaina uuden suunnitelman asuntojen hintojen laskemiseksi. Ministerin mukaan uusia asuntoja rakennetaan seuraavan viiden vuoden aikana yli sata tuhatta. Oppositio pitää suunnitelmaa riittämättömänä ja vaatii lisää rahaa vuokra-asumiseen.",
        // Turkish
        "Hükümet salı günü konut fiyatlarını düşürmek için yeni bir plan açıkladı. Bakana göre önümüzdeki beş yıl içinde yüz binden fazla yeni konut inşa edilecek. Muhalefet ise planın yetersiz olduğunu ve kiraların hâlâ çok yüksek olduğunu söyledi.",
        // Welsh
        "Mae'r llywodraeth wedi cyhoeddi cynllun newydd i adeiladu mwy o dai fforddiadwy yng Nghymru. Yn ôl y gweinidog, bydd tua ugain mil o gartrefi newydd yn cael eu codi dros y pum mlynedd nesaf. Mae'r gwrthbleidiau yn dweud nad yw'r cynllun yn mynd yn ddigon pell.",
        // Swedish
        "Regeringen presenterade på tisdagen en ny plan för att sänka bostadspriserna i storstäderna. Enligt ministern ska mer än hundra tusen nya bostäder byggas under de kommande fem åren. Oppositionen menar att planen kommer för sent och att den inte räcker.",
        // Czech: shares many short words with Polish, but writes ě, ř and ů.
        "Vláda v úterý schválila nový plán na snížení cen bydlení ve velkých městech. Podle ministra se v příštích pěti letech postaví více než sto tisíc nových bytů. Opozice tvrdí, že plán přichází pozdě a že na nájmy nepomůže.",
        // Romanian
        "Guvernul a aprobat marți un nou plan pentru reducerea prețurilor locuințelor în marile orașe. Potrivit ministrului, în următorii cinci ani vor fi construite peste o sută de mii de locuințe noi. Opoziția susține că planul vine prea târziu și că nu rezolvă problema chiriilor.",
        // Serbian (Cyrillic): shares many short words with Russian, but writes ј, љ, њ, ћ, ђ and џ.
        "Влада је у уторак усвојила нови план за смањење цена станова у великим градовима. Према речима министра, у наредних пет година биће изграђено више од сто хиљада нових станова. Опозиција тврди да план долази прекасно и да неће решити проблем кирија.",
        // Greek
        "Η κυβέρνηση ανακοίνωσε την Τρίτη ένα νέο σχέδιο για τη μείωση των τιμών των κατοικιών στις μεγάλες πόλεις. Σύμφωνα με τον υπουργό, θα χτιστούν περισσότερα από εκατό χιλιάδες νέα σπίτια.",
    };
}
