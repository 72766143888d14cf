namespace Chancery.Server.Identity;

/// <summary>Section <c>Chancery:Identity</c>: the authorization server.</summary>
public sealed class IdentityOptions
{
    public const string Section = "Chancery:Identity";

    /// <summary>The issuer of tokens; default: the HTTP/1.1 endpoint's address.</summary>
    public Uri? Issuer { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Outside Development: a PKCS#12 file that signs tokens.</summary>
    public CertificateOptions SigningCertificate { get; set; } = new();

    /// <summary>Outside Development: a PKCS#12 file that encrypts what only the server reads (codes, refresh tokens).</summary>
    public CertificateOptions EncryptionCertificate { get; set; } = new();

    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Off only for measurements, and only in Development: every RPC then runs unchecked.</summary>
    public bool EnforceAccess { get; set; } = true;
}

public sealed class CertificateOptions
{
    public string? Path { get; set; }

    public string? Password { get; set; }
}
