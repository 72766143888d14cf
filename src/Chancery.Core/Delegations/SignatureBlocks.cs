using Chancery.Core.Positions;
using Chancery.Core.Registry;
using Chancery.Core.Text;
using Chancery.Core.Units;

namespace Chancery.Core.Delegations;

/// <summary>
/// The signature block as the document prints it, line by line, after Decree 30/2020/NĐ-CP art. 13
/// and Annex I, section II, item 7 ("quyền hạn, chức vụ, họ và tên và chữ ký của người có thẩm
/// quyền"). Each line in capitals; the authority line ("TM.", "Q.", "KT.", "TL.", "TUQ.") first,
/// then the title line; the name, printed under the signature, is not part of the block. Checked
/// against the wording of item 7 and art. 13 as secondary sources quote them (the decree's own
/// text was not at hand); the sub-clause numbers cited are our reading.
/// <list type="bullet">
/// <item>TM. (item 7, the signer's authority; art. 13(2)): "TM." before the name of the collective leadership (<c>TM. ỦY BAN NHÂN DÂN</c>),
/// the place being in the document's header; the head's title below (<c>CHỦ TỊCH</c>).</item>
/// <item>Q. (item 7): "Q." before the head's title when given the head's powers (an acting appointment):
/// <c>Q. CHỦ TỊCH</c> (<c>TM. ỦY BAN NHÂN DÂN</c> above it for a collective body).</item>
/// <item>KT. (item 7; art. 13(1)): "KT." before the head's title, the deputy's own title below:
/// <c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c>; a deputy of a collective body signs on its behalf too
/// (art. 13(2)): <c>TM. ỦY BAN NHÂN DÂN</c> / <c>KT. CHỦ TỊCH</c> / <c>PHÓ CHỦ TỊCH</c>. A deputy
/// assigned to run the unit (phụ trách, điều hành), also while the head position is vacant, signs
/// as a deputy signing for the head: KT., never Q.</item>
/// <item>TL. and TUQ. (item 7; art. 13(3) and 13(4)): before the head's title; the grantee's title below with the unit they
/// head (<c>TUQ. CHỦ TỊCH</c> / <c>TRƯỞNG PHÒNG NỘI VỤ</c>; <c>TL. CHỦ TỊCH</c> /
/// <c>CHÁNH VĂN PHÒNG</c>). Passed on to the grantee's deputy (art. 13(4)): <c>TL. CHỦ TỊCH</c> /
/// <c>KT. TRƯỞNG PHÒNG NỘI VỤ</c> / <c>PHÓ TRƯỞNG PHÒNG</c>.</item>
/// <item>Item 7, the title: the title is the signer's official leadership position, without titles the State
/// does not set ("cấp phó thường trực", "cấp phó phụ trách"): a running deputy prints
/// <c>PHÓ CHỦ TỊCH</c>, never "PHÓ CHỦ TỊCH PHỤ TRÁCH".</item>
/// </list>
/// </summary>
public static class SignatureBlocks
{
    /// <summary>The head in their own name, on behalf of a collective body, or acting (Q.).</summary>
    public static IReadOnlyList<string> Head(UnitView unit, PositionState head, AppointmentState appointment) =>
        head.CollectiveBody ? ["TM. " + Body(unit), Title(head, appointment)] : [Title(head, appointment)];

    /// <summary>KT.: a deputy for the head (of a collective body: on its behalf too).</summary>
    public static IReadOnlyList<string> ForTheHead(UnitView unit, PositionState head, PositionState deputy, AppointmentState deputyAppointment) =>
        head.CollectiveBody
            ? ["TM. " + Body(unit), "KT. " + Upper(head.Title), Title(deputy, deputyAppointment)]
            : ["KT. " + Upper(head.Title), Title(deputy, deputyAppointment)];

    /// <summary>TUQ.: the head of a subordinate unit on authorization.</summary>
    public static IReadOnlyList<string> OnAuthorization(PositionState head, string granteeTitle) => ["TUQ. " + Upper(head.Title), granteeTitle];

    /// <summary>TL.: the head of a subordinate unit or the chief of office, by order.</summary>
    public static IReadOnlyList<string> ByOrder(PositionState head, string granteeTitle) => ["TL. " + Upper(head.Title), granteeTitle];

    /// <summary>KT. under TL.: the grantee's deputy.</summary>
    public static IReadOnlyList<string> ForTheGrantee(PositionState head, string granteeTitle, PositionState deputy, AppointmentState deputyAppointment) =>
        ["TL. " + Upper(head.Title), "KT. " + granteeTitle, Title(deputy, deputyAppointment)];

    /// <summary>The collective body as its TM. line prints it: the kind of body, the place being in the document's header.</summary>
    public static string Body(UnitView unit) => unit.Version.Kind switch
    {
        UnitKind.PeopleCommittee => "ỦY BAN NHÂN DÂN",
        UnitKind.PeopleCouncil => "HỘI ĐỒNG NHÂN DÂN",
        UnitKind.PartyCommittee => "BAN THƯỜNG VỤ",
        _ => Upper(unit.Version.ShortName ?? unit.Version.Name),
    };

    public static string Upper(string text) => text.ToUpper(VietnameseText.Culture);

    /// <summary>The position's title in capitals, with "Q." for an acting holder.</summary>
    public static string Title(PositionState position, AppointmentState appointment) =>
        (appointment.Kind == AppointmentKind.Acting ? "Q. " : "") + Upper(position.Title);

    /// <summary>
    /// A grantee's title with the unit they head: "Trưởng phòng" of "Phòng Nội vụ" prints
    /// "TRƯỞNG PHÒNG NỘI VỤ" (the unit's first word is not repeated); "Giám đốc" of "Sở Nội vụ",
    /// "GIÁM ĐỐC SỞ NỘI VỤ". The chief of office's title already names the office.
    /// </summary>
    public static string TitleWithUnit(RegistrySnapshot snapshot, PositionState position, AppointmentState appointment, DateOnly date)
    {
        var title = Title(position, appointment);
        if (position.Role == PositionRole.ChiefOfOffice || snapshot.Units.Get(position.UnitId, date) is not { } unit)
        {
            return title;
        }

        var name = Upper(unit.Version.ShortName ?? unit.Version.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rest = name.Length > 1 && words.Length > 0 && words[^1] == name[0] ? name[1..] : name;
        return string.Join(' ', words.Concat(rest));
    }
}
