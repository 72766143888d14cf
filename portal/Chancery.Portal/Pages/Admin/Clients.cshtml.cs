using Chancery.V1;
using Microsoft.AspNetCore.Mvc;

namespace Chancery.Portal.Pages.Admin;

/// <summary>A new client (machine, or interactive with redirect URIs), and a new secret for one; each secret shown once.</summary>
public sealed class ClientsModel(V1.Access.AccessClient access) : AdminPage
{
    /// <summary>The scopes a client may be given, as the contract lists them.</summary>
    public static readonly string[] KnownScopes =
    [
        "hierarchy.read", "hierarchy.write", "positions.read", "positions.write", "delegations.read", "delegations.write",
        "regulations.read", "regulations.write", "audit.read", "access.read", "access.write",
    ];

    [BindProperty(Name = "client_id")]
    public string? ClientId { get; set; }

    [BindProperty(Name = "display_name")]
    public string? DisplayName { get; set; }

    [BindProperty(Name = "scopes")]
    public List<string> Scopes { get; set; } = [];

    [BindProperty(Name = "redirect_uris")]
    public string? RedirectUris { get; set; }

    [BindProperty(Name = "public")]
    public bool Public { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    [BindProperty(Name = "rotate_client_id")]
    public string? RotateClientId { get; set; }

    public override string ShownOnceLabel => A.SecretShownOnce;

    /// <summary>Which form the problem belongs to.</summary>
    public bool Rotating { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var request = new RegisterClientRequest { ClientId = ClientId ?? "", DisplayName = DisplayName ?? "", Public = Public, Reason = Reason ?? "" };
        request.Scopes.AddRange(Scopes);
        request.RedirectUris.AddRange((RedirectUris ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var registered = await Call(ct => access.RegisterClientAsync(request, cancellationToken: ct).ResponseAsync);
        if (registered is null)
        {
            return Refused();
        }

        Done = $"{A.Done} {registered.Client.ClientId}";
        ShownOnce = registered.ClientSecret;
        return Cleared();
    }

    public async Task<IActionResult> OnPostRotateAsync()
    {
        Rotating = true;
        var rotated = await Call(ct => access.RotateClientSecretAsync(new RotateClientSecretRequest { ClientId = RotateClientId ?? "", Reason = Reason ?? "" }, cancellationToken: ct).ResponseAsync);
        if (rotated is null)
        {
            return Refused();
        }

        Done = $"{A.Done} {rotated.Client.ClientId}";
        ShownOnce = rotated.ClientSecret;
        return Cleared();
    }

    private IActionResult Cleared()
    {
        ClientId = DisplayName = RedirectUris = Reason = RotateClientId = null;
        Scopes = [];
        Public = false;
        ModelState.Clear();
        return Page();
    }

    /// <summary>The server's message for a field of the form that was posted.</summary>
    public string? ErrorOf(string field, bool rotateForm) => Rotating == rotateForm ? FieldError(field) : null;
}
