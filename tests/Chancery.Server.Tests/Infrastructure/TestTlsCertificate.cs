using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// A self-signed TLS certificate for 127.0.0.1 and localhost, made once per test run, for servers
/// that run as production does (HTTPS). Clients trust exactly this certificate (<see cref="Trusts"/>), nothing else.
/// </summary>
public static class TestTlsCertificate
{
    private static readonly Lazy<(string Path, string Thumbprint)> File = new(Create);

    public const string Password = "test-only";

    public static string Path => File.Value.Path;

    public static bool Trusts(X509Certificate2? certificate) =>
        certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == File.Value.Thumbprint;

    private static (string, string) Create()
    {
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chancery-tests", "tls-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(folder, "tls.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return (path, certificate.GetCertHashString(HashAlgorithmName.SHA256));
    }
}
