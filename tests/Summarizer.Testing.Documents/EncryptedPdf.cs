using System.Globalization;
using System.Text;

namespace Summarizer.Testing.Documents;

/// <summary>
/// A minimal PDF protected by the standard security handler (RC4, revision 2) whose user password is not empty, built
/// byte by byte: PdfPig's writer cannot encrypt. The /U entry is random-looking bytes, so no password a reader tries
/// by default (the empty one) can open it, exactly like a file locked with an unknown password.
/// </summary>
public static class EncryptedPdf
{
    public static byte[] Bytes()
    {
        var o = new string('A', 64);
        var u = string.Concat(Enumerable.Range(0, 32).Select(i => ((i * 37 + 11) % 256).ToString("X2", CultureInfo.InvariantCulture)));
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 16 >>\nstream\n0123456789abcdef\nendstream",
            $"<< /Filter /Standard /V 1 /R 2 /O <{o}> /U <{u}> /P -4 >>",
        ];

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
