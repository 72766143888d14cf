using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Chancery.Core.Regulations.Text.Import;

/// <summary>
/// The paragraphs of a .docx file as plain text, one line each (a manual line break starts a line
/// too), read from <c>word/document.xml</c> with <see cref="ZipArchive"/> and <see cref="XmlReader"/>
/// rather than the Open XML SDK, so that every byte inflated is counted: a zip bomb stops at
/// <see cref="TextLimits.MaxDocxXmlBytes"/>, no DTD is read, nesting is bounded. Deleted revisions
/// and field codes are left out. Numbers that Word generates (automatic list numbering) are not in
/// the text and so are not read: the text must carry its numbers ("Điều 1.", "1.", "a)").
/// </summary>
internal static class DocxText
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static (string? Text, TextProblem? Problem) Read(Stream docx, long maxXmlBytes = TextLimits.MaxDocxXmlBytes)
    {
        try
        {
            using var zip = new ZipArchive(docx, ZipArchiveMode.Read, leaveOpen: true);
            var entry = zip.GetEntry("word/document.xml");
            if (entry is null)
            {
                return (null, NotADocument("it holds no word/document.xml"));
            }

            if (entry.Length > maxXmlBytes)
            {
                return (null, TooLarge(maxXmlBytes));
            }

            using var inflated = new BoundedStream(entry.Open(), maxXmlBytes);
            return (Paragraphs(inflated), null);
        }
        catch (BoundedStream.LimitException)
        {
            return (null, TooLarge(maxXmlBytes));
        }
        catch (InvalidDataException exception)
        {
            return (null, NotADocument(exception.Message));
        }
        catch (XmlException exception)
        {
            return (null, NotADocument(exception.Message));
        }
    }

    private static string Paragraphs(Stream xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = TextLimits.MaxDocxXmlBytes,
        };
        using var reader = XmlReader.Create(xml, settings);
        var text = new StringBuilder();
        var skipDepth = -1;
        var readNext = true;
        // ReadElementContentAsString leaves the reader on the node after the element: that node is read next, not skipped.
        for (var more = reader.Read(); more; more = readNext ? reader.Read() : !reader.EOF)
        {
            readNext = true;
            if (reader.Depth > TextLimits.MaxXmlDepth)
            {
                throw new XmlException($"The document nests elements deeper than {TextLimits.MaxXmlDepth} levels.");
            }

            if (text.Length > TextLimits.MaxCharacters)
            {
                break;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.NamespaceURI == WordNamespace && reader.LocalName == "p")
                {
                    text.Append('\n');
                }

                if (reader.Depth == skipDepth)
                {
                    skipDepth = -1;
                }

                continue;
            }

            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordNamespace || skipDepth >= 0)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "del" or "instrText" or "delText" when !reader.IsEmptyElement:
                    skipDepth = reader.Depth;
                    break;
                case "t":
                    text.Append(reader.ReadElementContentAsString());
                    readNext = false;
                    break;
                case "tab":
                    text.Append(' ');
                    break;
                case "br" or "cr":
                    text.Append('\n');
                    break;
                case "p" when reader.IsEmptyElement:
                    text.Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static TextProblem NotADocument(string why) =>
        new(1, 1, TextProblemTypes.NotADocument, "The file is not a readable .docx document: " + why);

    private static TextProblem TooLarge(long max) =>
        new(1, 1, TextProblemTypes.TooLarge, $"The document's text (word/document.xml) is larger than {max} bytes once inflated.");

    /// <summary>Counts what is read and stops past a limit, whatever the zip claims of the entry's size.</summary>
    private sealed class BoundedStream(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            read += n;
            return read > limit ? throw new LimitException() : n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        public sealed class LimitException : Exception;
    }
}
