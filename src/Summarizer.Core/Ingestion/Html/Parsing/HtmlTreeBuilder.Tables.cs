using System.Collections.Frozen;

namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Where nodes go around tables: text and elements met where only table parts may stand are foster parented (moved
/// before the table), a column group holds only columns, and the "in table" modes outlast a foster-parented element.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
    private static readonly FrozenSet<string> TableParts = FrozenSet.Create(StringComparer.Ordinal,
        "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th");

    /// <summary>
    /// Makes room for a table part: closes whatever is open inside the nearest table down to the right level and adds
    /// the implied <c>&lt;tbody&gt;</c> and <c>&lt;tr&gt;</c>. Returns false (the tag is ignored) outside any table.
    /// </summary>
    private bool OpenTablePart(string name)
    {
        var table = _open.FindLastIndex(element => element.Name == "table" && !element.IsForeign);
        if (table < 0)
        {
            return false;
        }

        switch (name)
        {
            case "tr":
                PopWhileNot(table, "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    Push(Append(Create("tbody", [], foreign: false)));
                }

                break;
            case "td" or "th":
                PopWhileNot(table, "tr", "tbody", "thead", "tfoot");
                if (Current.Name == "table")
                {
                    Push(Append(Create("tbody", [], foreign: false)));
                }

                if (Current.Name != "tr")
                {
                    Push(Append(Create("tr", [], foreign: false)));
                }

                break;
            case "col":
                PopWhileNot(table, "colgroup");
                break;
            default:
                PopTo(table + 1);
                break;
        }

        return true;
    }

    /// <summary>Pops down to the table at <paramref name="table"/> or, before reaching it, an element with one of the names.</summary>
    private void PopWhileNot(int table, params ReadOnlySpan<string> names)
    {
        while (_open.Count - 1 > table && !names.Contains(Current.Name))
        {
            Pop();
        }
    }

    private void EndTablePart(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var element = _open[i];
            if (element.Name == name && !element.IsForeign)
            {
                PopTo(i);
                return;
            }

            if (element.Name is "table" or "html" or "template")
            {
                return;
            }
        }
    }

    /// <summary>
    /// Adds a node where the HTML standard inserts it: in the current element, except that text and elements met where
    /// only table parts may stand (directly in a table, a row group or a row) are foster parented, moved before the
    /// table, as browsers show them.
    /// </summary>
    private T Append<T>(T node)
        where T : HtmlNode
    {
        if (IsColumnGroup(Current) && node is not HtmlElement { Name: "col" })
        {
            // A column group holds only columns: anything else ends it and lands in the table.
            Pop();
        }

        if (!IsTableContext(Current) || (node is HtmlElement element && (TableParts.Contains(element.Name) || element.Name == "col")))
        {
            Current.AppendChild(node);
            return node;
        }

        var table = _open.FindLast(open => open.Name == "table" && !open.IsForeign);
        if (table?.Parent is { } parent)
        {
            parent.InsertBefore(node, table);
        }
        else
        {
            Current.AppendChild(node);
        }

        return node;
    }

    /// <summary>
    /// Whether the nearest table structure open is a table, row group or row rather than a cell or caption: the
    /// standard's "in table" insertion modes, which still hold while a foster-parented element is the current one.
    /// </summary>
    private bool InTableMode()
    {
        for (var i = _open.Count - 1; i > 0; i--)
        {
            var element = _open[i];
            if (element.IsForeign)
            {
                continue;
            }

            switch (element.Name)
            {
                case "table" or "tbody" or "thead" or "tfoot" or "tr" or "colgroup":
                    return true;
                case "td" or "th" or "caption" or "template":
                    return false;
            }
        }

        return false;
    }

    private static bool IsColumnGroup(HtmlElement element) => element.Name == "colgroup" && !element.IsForeign;

    private static bool IsTableContext(HtmlElement element) =>
        !element.IsForeign && element.Name is "table" or "tbody" or "thead" or "tfoot" or "tr";
}
