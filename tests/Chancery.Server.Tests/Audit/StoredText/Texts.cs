using System.Text;

namespace Chancery.Server.Tests.Audit.StoredText;

/// <summary>Vietnamese texts at the limits of their fields, with line breaks where a field keeps them.</summary>
public static class Texts
{
    /// <summary>The reason of issue 9: more than 512 UTF-8 bytes, with a NUL; SQLite stored it cut at the NUL.</summary>
    public static readonly string NulReason = "Quyết định 1/QĐ-UBND " + new string('đ', 260) + "\u0000 về việc thử";

    private const string Words = "Ủy ban nhân dân xã Lương Sơn, tỉnh Hòa Bình; Đảng ủy phường Đồng Xoài; Sở Nội vụ — quy chế làm việc. ";

    /// <summary>Exactly <paramref name="length"/> characters of Vietnamese (NFC), beginning with <paramref name="start"/>, ending with a letter.</summary>
    public static string Line(string start, int length)
    {
        var builder = new StringBuilder(start);
        while (builder.Length < length)
        {
            builder.Append(Words);
        }

        builder.Length = length - 1;
        return builder.Append('đ').ToString();
    }

    /// <summary>Free text of <paramref name="length"/> characters with tabs, LF and CRLF line breaks, kept as given.</summary>
    public static string Paragraphs(string start, int length)
    {
        var builder = new StringBuilder(start).Append("\r\n\tĐiều 1. ");
        while (builder.Length < length)
        {
            builder.Append(Words).Append('\n').Append("Khoản 2.\t");
        }

        builder.Length = length - 1;
        return builder.Append('ư').ToString();
    }

    /// <summary>A name in decomposed form (NFD), as some keyboards send it; stored and hashed as NFC.</summary>
    public static string Decomposed(string name) => name.Normalize(NormalizationForm.FormD);
}
