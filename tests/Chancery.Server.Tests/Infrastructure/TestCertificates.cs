using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Chancery.Server.Tests.Infrastructure;

/// <summary>
/// Signing and encryption certificates for the test servers, made once per test run as PKCS#12
/// files, and given to the server through configuration as production would (instead of
/// development certificates, which pile up in the user's certificate store).
/// </summary>
public static class TestCertificates
{
    private static readonly Lazy<(string Signing, string Encryption)> Files = new(Create);

    public const string Password = "test-only";

    public static string SigningPath => Files.Value.Signing;

    public static string EncryptionPath => Files.Value.Encryption;

    private static (string, string) Create()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chancery-tests", "certificates-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        return (Make(folder, "signing", X509KeyUsageFlags.DigitalSignature), Make(folder, "encryption", X509KeyUsageFlags.KeyEncipherment));
    }

    private static string Make(string folder, string name, X509KeyUsageFlags usage)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN=Chancery test {name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        using var certificate = request.CreateSelfSigned(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2040, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var path = Path.Combine(folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
