namespace Summarizer.Core.Tests.Ingestion.Feeds;

/// <summary>Small feeds written for these tests, one per shape a real feed takes.</summary>
internal static class FeedFixtures
{
    /// <summary>RSS 2.0 with every kind of metadata around two items: escaped HTML and CDATA HTML descriptions.</summary>
    public const string Rss20 = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Harbour Town Gazette</title>
          <link>https://gazette.example/</link>
          <description>News from the harbour</description>
          <managingEditor>desk@gazette.example (News desk)</managingEditor>
          <webMaster>web@gazette.example</webMaster>
          <copyright>Copyright 2026 Harbour Town Gazette</copyright>
          <lastBuildDate>Tue, 14 Apr 2026 10:00:00 +0100</lastBuildDate>
          <generator>FeedPress 4.2</generator>
          <image><title>Gazette logo</title><url>https://gazette.example/logo.png</url><link>https://gazette.example/</link></image>
          <item>
            <title>Ferry timetable changes next month</title>
            <link>https://gazette.example/ferry-timetable</link>
            <guid isPermaLink="false">gazette-2026-0412</guid>
            <pubDate>Tue, 14 Apr 2026 09:30:00 +0100</pubDate>
            <author>reporter@gazette.example (Ana Ruiz)</author>
            <dc:creator>Ana Ruiz</dc:creator>
            <dc:date>2026-04-14T09:30:00+01:00</dc:date>
            <category>Transport</category>
            <comments>https://gazette.example/ferry-timetable#comments</comments>
            <enclosure url="https://gazette.example/ferry.jpg" type="image/jpeg" length="1200"/>
            <description>&lt;p&gt;The harbour ferry will run every &lt;b&gt;twenty&lt;/b&gt; minutes from May.&lt;/p&gt;&lt;p&gt;Evening crossings end at ten o&amp;#8217;clock.&lt;/p&gt;</description>
          </item>
          <item>
            <title>Library extends opening hours</title>
            <link>https://gazette.example/library-hours</link>
            <pubDate>Mon, 13 Apr 2026 17:05:00 +0100</pubDate>
            <description><![CDATA[<p>The town library opens on Sundays from next week.</p><script>track()</script><p>Volunteers will staff the reading room &amp; the archive.</p>]]></description>
          </item>
        </channel>
        </rss>
        """;

    public const string Rss20Text =
        "Ferry timetable changes next month\n\nThe harbour ferry will run every twenty minutes from May.\n\n"
        + "Evening crossings end at ten o\u2019clock.\n\nLibrary extends opening hours\n\n"
        + "The town library opens on Sundays from next week.\n\nVolunteers will staff the reading room & the archive.";

    /// <summary>RSS 1.0: items are siblings of the channel, dates are Dublin Core, the image has a title of its own.</summary>
    public const string Rss10 = """
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns="http://purl.org/rss/1.0/">
          <channel rdf:about="https://notes.example/rss">
            <title>Field Notes</title>
            <link>https://notes.example/</link>
            <description>A naturalist's notebook</description>
            <items><rdf:Seq><rdf:li rdf:resource="https://notes.example/1"/></rdf:Seq></items>
          </channel>
          <image rdf:about="https://notes.example/logo.png"><title>Notebook logo</title><url>https://notes.example/logo.png</url></image>
          <item rdf:about="https://notes.example/1">
            <title>Swifts return early</title>
            <link>https://notes.example/1</link>
            <description>Swifts were back by mid April.</description>
            <content:encoded>&lt;p&gt;The first swifts were seen over the river on the twelfth of April.&lt;/p&gt;&lt;p&gt;That is a week earlier than last year.&lt;/p&gt;</content:encoded>
            <dc:creator>Jo Park</dc:creator>
            <dc:date>2026-04-12T18:20:00+02:00</dc:date>
            <dc:subject>Birds</dc:subject>
          </item>
        </rdf:RDF>
        """;

    /// <summary>Atom with HTML, XHTML and plain-text content, an author with an e-mail address and an entry's source feed.</summary>
    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Workshop Log</title>
          <subtitle>Notes from the bench</subtitle>
          <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
          <updated>2026-04-15T08:00:00Z</updated>
          <author><name>Sam Lee</name><email>sam@workshop.example</email></author>
          <link rel="self" href="https://workshop.example/atom.xml"/>
          <entry>
            <title type="html">Sharpening &amp;amp; honing</title>
            <link href="https://workshop.example/sharpening"/>
            <id>tag:workshop.example,2026:1</id>
            <published>2026-04-15T07:00:00Z</published>
            <content type="html">&lt;p&gt;A chisel needs a &lt;em&gt;flat&lt;/em&gt; back before anything else.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Glue-ups</title>
            <id>tag:workshop.example,2026:2</id>
            <updated>2026-04-14T07:00:00Z</updated>
            <source><title>Another feed</title><id>urn:other</id></source>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Dry-fit every joint first.</p><p>Clamp pressure should be <strong>even</strong> <em>all along</em>.</p></div></content>
          </entry>
          <entry>
            <title>Markup in plain text</title>
            <id>tag:workshop.example,2026:3</id>
            <summary type="text">Write &lt;b&gt; for bold &amp; move on.</summary>
          </entry>
        </feed>
        """;

    public const string AtomText =
        "Sharpening & honing\n\nA chisel needs a flat back before anything else.\n\nGlue-ups\n\nDry-fit every joint first.\n\n"
        + "Clamp pressure should be even all along.\n\nMarkup in plain text\n\nWrite <b> for bold & move on.";
}
