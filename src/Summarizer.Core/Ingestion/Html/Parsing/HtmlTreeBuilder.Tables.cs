namespace Summarizer.Core.Ingestion.Html.Parsing;

/// <summary>
/// Where nodes go around tables: text and elements met where only table parts may stand are foster parented (moved
/// before the table), a column group holds only columns, and the "in table" modes outlast a foster-parented element.
/// </summary>
internal sealed partial class HtmlTreeBuilder
{
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
