using System.Globalization;
using System.Text;
using System.Xml;

namespace Chancery.Core.Regulations.Text.Export;

/// <summary>What the FRBR identification of an Akoma Ntoso export names: the work's stable identifier, e.g. <c>/vn/000.00.00.H30/quy-che/2016/1</c>, and the version's date.</summary>
public sealed record AkomaNtosoWork(string WorkUri, DateOnly Date, string? Title = null);

/// <summary>
/// A body as Akoma Ntoso 3.0 XML: <c>akomaNtoso/act</c> with its <c>meta/identification</c> (FRBR
/// work, expression, manifestation), a <c>preface</c> with the title, and the <c>body</c> of
/// <c>chapter</c>, <c>section</c>, <c>article</c>, <c>paragraph</c> (khoản) and <c>point</c>, each
/// with <c>num</c>, <c>heading</c>, and <c>content/p</c> (or <c>intro/p</c> before its children).
/// <c>eId</c> is the readable id (Chancery's names, <c>dieu_5__khoan_1</c>, rather than AKN's
/// <c>art_5__para_1</c>), <c>GUID</c> (AKN's own attribute for it) the persistent id.
/// </summary>
public static class AkomaNtosoExport
{
    public const string Namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    public static string Write(RegulationBody body, AkomaNtosoWork work)
    {
        var output = new StringBuilder(8192);
        var settings = new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, Encoding = Encoding.UTF8, CheckCharacters = true };
        using (var xml = XmlWriter.Create(output, settings))
        {
            xml.WriteStartElement("akomaNtoso", Namespace);
            xml.WriteStartElement("act", Namespace);
            xml.WriteAttributeString("name", "quyChe");
            Meta(xml, work);
            if (!string.IsNullOrEmpty(work.Title))
            {
                xml.WriteStartElement("preface", Namespace);
                xml.WriteStartElement("p", Namespace);
                xml.WriteElementString("docTitle", Namespace, work.Title);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteStartElement("body", Namespace);
            foreach (var provision in body.Provisions)
            {
                Provision(xml, provision, null);
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return output.ToString();
    }

    private static void Meta(XmlWriter xml, AkomaNtosoWork work)
    {
        var date = work.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        xml.WriteStartElement("meta", Namespace);
        xml.WriteStartElement("identification", Namespace);
        xml.WriteAttributeString("source", "#chancery");
        Frbr(xml, "FRBRWork", work.WorkUri, date, "work");
        Frbr(xml, "FRBRExpression", work.WorkUri + "/vie@" + date, date, "expression");
        Frbr(xml, "FRBRManifestation", work.WorkUri + "/vie@" + date + "/main.xml", date, "manifestation");
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Frbr(XmlWriter xml, string element, string uri, string date, string name)
    {
        xml.WriteStartElement(element, Namespace);
        Empty(xml, "FRBRthis", ("value", uri));
        Empty(xml, "FRBRuri", ("value", uri));
        Empty(xml, "FRBRdate", ("date", date), ("name", name));
        Empty(xml, "FRBRauthor", ("href", "#chancery"));
        if (element == "FRBRWork")
        {
            Empty(xml, "FRBRcountry", ("value", "vn"));
        }

        if (element == "FRBRExpression")
        {
            Empty(xml, "FRBRlanguage", ("language", "vie"));
        }

        xml.WriteEndElement();
    }

    private static void Empty(XmlWriter xml, string element, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(element, Namespace);
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }

        xml.WriteEndElement();
    }

    private static void Provision(XmlWriter xml, Provision p, string? parentEid)
    {
        var eid = ProvisionTree.ChildEid(parentEid, p.Kind, p.Number);
        xml.WriteStartElement(p.Kind switch
        {
            ProvisionKind.Chapter => "chapter",
            ProvisionKind.Section => "section",
            ProvisionKind.Article => "article",
            ProvisionKind.Clause => "paragraph",
            _ => "point",
        }, Namespace);
        xml.WriteAttributeString("eId", eid);
        xml.WriteAttributeString("GUID", p.Guid.ToString());
        xml.WriteElementString("num", Namespace, p.Kind switch
        {
            ProvisionKind.Chapter => "Chương " + p.Number,
            ProvisionKind.Section => "Mục " + p.Number,
            ProvisionKind.Article => "Điều " + p.Number + ".",
            ProvisionKind.Clause => p.Number + ".",
            _ => p.Number + ")",
        });
        if (p.Heading is not null)
        {
            xml.WriteElementString("heading", Namespace, p.Heading);
        }

        if (p.Children.Count == 0)
        {
            Paragraphs(xml, "content", p.Text, always: true);
        }
        else
        {
            Paragraphs(xml, "intro", p.Text, always: false);
            foreach (var child in p.Children)
            {
                Provision(xml, child, eid);
            }
        }

        xml.WriteEndElement();
    }

    private static void Paragraphs(XmlWriter xml, string element, string text, bool always)
    {
        if (text.Length == 0 && !always)
        {
            return;
        }

        xml.WriteStartElement(element, Namespace);
        foreach (var line in text.Split('\n'))
        {
            xml.WriteElementString("p", Namespace, line);
        }

        xml.WriteEndElement();
    }
}
