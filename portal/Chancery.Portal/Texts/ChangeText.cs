using Chancery.Portal.Setup;
using Chancery.V1;

namespace Chancery.Portal.Texts;

/// <summary>
/// The words of the change pages (units, plans, positions, appointments, delegations), in
/// Vietnamese and in English: a catalogue of its own beside <see cref="Text"/>, typed the same way
/// (keys in ChangeText.Keys.cs, one file per language).
/// </summary>
public sealed partial class ChangeText
{
    public static ChangeText Current => Languages.IsEnglish ? En : Vi;

    public string Role(PositionRole role) => role switch
    {
        PositionRole.Head => RoleHead,
        PositionRole.Deputy => RoleDeputy,
        PositionRole.ChiefOfOffice => RoleChiefOfOffice,
        PositionRole.Member => RoleMember,
        _ => "",
    };

    public IEnumerable<(string Value, string Text)> RoleOptions() =>
        new[] { (PositionRole.Unspecified.ToString(), ChooseRole) }
            .Concat(new[] { PositionRole.Head, PositionRole.Deputy, PositionRole.ChiefOfOffice, PositionRole.Member }.Select(r => (r.ToString(), Role(r))));

    public string KindName(V1.DelegationKind kind) => kind switch
    {
        V1.DelegationKind.Assignment => KindAssignment,
        V1.DelegationKind.Authorization => KindAuthorization,
        V1.DelegationKind.ByOrder => KindByOrder,
        _ => "",
    };

    /// <summary>The kind as EndedDelegation names it: assignment, authorization, by_order.</summary>
    public string KindName(string kind) => kind switch
    {
        "assignment" => KindAssignment,
        "authorization" => KindAuthorization,
        "by_order" => KindByOrder,
        _ => kind,
    };
}
