namespace Summarizer.Core.Engines.Extractive;

/// <summary>
/// One thread's numbering of a language's stems (<see cref="WordCache"/>) as the terms of the document it is analysing:
/// an array indexed by stem, marked with the document, so a new document starts afresh without clearing anything.
/// </summary>
internal sealed class StemMarks
{
    private Mark[] _marks = new Mark[4096];

    /// <summary>The document whose terms are being numbered (see <see cref="BeginDocument"/>).</summary>
    public int Document { get; private set; }

    /// <summary>Starts numbering the terms of a new document from zero; the old numbering no longer applies.</summary>
    public int BeginDocument()
    {
        if (++Document == 0)
        {
            // After four billion documents on one thread the marks would repeat; start them over.
            Array.Clear(_marks);
            Document = 1;
        }

        return Document;
    }

    /// <summary>The term number of stem <paramref name="stem"/> in the current document; a stem new to it takes <paramref name="nextTerm"/>.</summary>
    public int TermOf(int stem, ref int nextTerm)
    {
        if (stem >= _marks.Length)
        {
            Array.Resize(ref _marks, Math.Max(stem + 1, _marks.Length * 2));
        }

        ref var mark = ref _marks[stem];
        if (mark.Document != Document)
        {
            mark = new Mark(Document, nextTerm++);
        }

        return mark.Term;
    }

    private readonly record struct Mark(int Document, int Term);
}
