namespace Chancery.Portal.Setup;

/// <summary>Where the Chancery server is and how the portal is registered with it (<c>Portal:…</c>).</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The server's gRPC endpoint (h2c on loopback, or https).</summary>
    public string GrpcAddress { get; set; } = "http://127.0.0.1:5200";

    /// <summary>The authorization server: the issuer of the server's tokens.</summary>
    public string Authority { get; set; } = "http://127.0.0.1:5201/";

    public string ClientId { get; set; } = "chancery-portal";

    /// <summary>A confidential client's secret; empty for a public client (PKCE only).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Plain HTTP to the authorization server, allowed on loopback only.</summary>
    public bool AuthorityOnLoopback => Uri.TryCreate(Authority, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
