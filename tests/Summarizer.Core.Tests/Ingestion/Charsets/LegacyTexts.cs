namespace Summarizer.Core.Tests.Ingestion.Charsets;

/// <summary>A few sentences in each script a legacy encoding was made for, written for these tests.</summary>
internal static class LegacyTexts
{
    public const string Russian = "Городская библиотека открылась после ремонта. Теперь в читальном зале больше мест, а по вечерам там "
        + "проходят лекции о местной истории. Вход, как и раньше, свободный.";

    public const string Ukrainian = "Цього літа в нашому селі відкрили нову школу. Діти їздять туди автобусом, який щоранку зупиняється "
        + "біля ґанку старої пошти. Тепер у школі є басейн, і батьки кажуть, що навчання стало цікавішим.";

    public const string Bulgarian = "Рилският манастир е най-големият манастир в България. Всяка година хиляди туристи изкачват "
        + "планината, за да видят стенописите и старата кула.";

    public const string Greek = "Άνοιξε ξανά η βιβλιοθήκη του δήμου μετά την ανακαίνιση. Τώρα η αίθουσα ανάγνωσης έχει περισσότερες "
        + "θέσεις και τα βράδια γίνονται ομιλίες για την τοπική ιστορία.";

    public const string Hebrew = "הספרייה העירונית נפתחה מחדש אחרי השיפוץ. עכשיו יש באולם הקריאה יותר מקומות, ובערבים מתקיימות בו "
        + "הרצאות על ההיסטוריה של העיר.";

    public const string Arabic = "أعيد افتتاح مكتبة المدينة بعد الترميم. أصبحت قاعة المطالعة تتسع لعدد أكبر من القراء، وتقام فيها "
        + "مساء كل خميس محاضرات عن تاريخ المنطقة.";

    public const string Japanese = "市立図書館が改装を終えて再び開館した。閲覧室の席が増え、夜には地域の歴史についての講演会も開かれる。"
        + "入館は以前と同じく無料だ。";

    public const string Korean = "시립 도서관이 공사를 마치고 다시 문을 열었다. 열람실 좌석이 늘었고 저녁에는 지역 역사에 관한 강연이 "
        + "열린다. 입장은 예전처럼 무료이다.";

    public const string ChineseSimplified = "市图书馆装修完毕后重新开放。阅览室的座位增加了，晚上还会举办关于本地历史的讲座。和以前一样，入馆免费。";

    public const string ChineseTraditional = "市立圖書館整修完畢後重新開放。閱覽室的座位增加了，晚上還會舉辦關於本地歷史的講座。和以前一樣，入館免費。";

    public const string Thai = "ห้องสมุดของเมืองเปิดให้บริการอีกครั้งหลังการปรับปรุง ตอนนี้ห้องอ่านหนังสือมีที่นั่งมากขึ้น "
        + "และในตอนเย็นมีการบรรยายเรื่องประวัติศาสตร์ท้องถิ่น";

    public const string Czech = "Městská knihovna se po opravě znovu otevřela. Čtenáři teď mají v čítárně více míst a večer se tam "
        + "konají přednášky o historii kraje. Vstup je jako dřív zdarma.";

    public const string Polish = "Miejska biblioteka została ponownie otwarta po remoncie. W czytelni jest teraz więcej miejsc, a "
        + "wieczorami odbywają się tam wykłady o historii regionu. Wstęp, jak dawniej, jest bezpłatny.";
}
