using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Summarizer.Core.Documents;

/// <summary>
/// The escaping every JSON the app writes uses. Article text ends up in these documents, and a document can end up in
/// a page (an HTML preview, a log viewer, a browser that sniffs): <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes and
/// the other HTML-sensitive characters are always written as <c>\u</c> escapes, so no text in them reads as markup.
/// Letters of every script (é, 中, я) stay as themselves, so the JSON remains readable; only characters outside the
/// Basic Multilingual Plane (emoji) and controls are escaped, as the encoder always does.
/// </summary>
public static class SafeJsonEncoder
{
    public static JavaScriptEncoder Instance { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);
}
