using Chancery.Portal.Setup;
using Chancery.Portal.Texts;

namespace Chancery.Portal.Pages.Admin;

/// <summary>
/// What the administration pages share: their words, and their fields with the server's messages.
/// The server decides who may see and change users, clients and grants (system administrators);
/// a page asked by someone else shows the missing right it answered.
/// </summary>
public abstract class AdminPage : PortalPage
{
    public AdminText A => AdminText.Current;

    /// <summary>What a change answered that is shown once (a generated password or secret).</summary>
    public string? ShownOnce { get; protected set; }

    /// <summary>How <see cref="ShownOnce"/> is introduced: a password or a secret.</summary>
    public virtual string ShownOnceLabel => A.PasswordShownOnce;

    public string? Done { get; protected set; }

    public FieldInput Input(string name, string label, string? value, string? hint = null) => new(name, label, value, hint, FieldError(name), T.ErrorPrefix);

    /// <summary>Whether the signed-in person holds the role, as the server's userinfo said at sign-in (for links only; the server decides).</summary>
    public bool Holds(string role) => User.HasClaim(c => c.Type == SignInSetup.RoleClaim && (c.Value == role || c.Value.StartsWith(role + ":", StringComparison.Ordinal)));

    public static string Instant(string? utc) => Dates.ShowInstant(utc);
}
