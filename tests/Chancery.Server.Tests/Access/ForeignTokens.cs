using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Chancery.Server.Tests.Infrastructure;

namespace Chancery.Server.Tests.Access;

/// <summary>
/// Forged access tokens: the header and claims of a real token (issuer http://localhost/, subject,
/// scopes, lifetime), with a new token id, signed by a key of the test's choosing.
/// </summary>
public static class ForeignTokens
{
    /// <summary>
    /// A key the server has never seen, made once per test run: making a 2048-bit RSA key takes
    /// a tenth of a second or more, which the access matrix paid in every one of its rows.
    /// </summary>
    private static readonly Lazy<RSA> ForeignKey = new(() => RSA.Create(2048));

    /// <summary>Signed by an RSA key that the server has never seen.</summary>
    public static string SignWithNewKey(string token) => SignWith(token, ForeignKey.Value);

    /// <summary>Signed by the server's own signing key: the control that shows the forgery is otherwise well made.</summary>
    public static string SignWithServerKey(string token)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12FromFile(TestCertificates.SigningPath, TestCertificates.Password, X509KeyStorageFlags.EphemeralKeySet);
        using var key = certificate.GetRSAPrivateKey()!;
        return SignWith(token, key);
    }

    public static JsonObject Claims(string token) => (JsonObject)JsonNode.Parse(Decode(token.Split('.')[1]))!;

    public static JsonObject Header(string token) => (JsonObject)JsonNode.Parse(Decode(token.Split('.')[0]))!;

    private static string SignWith(string token, RSA key)
    {
        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("RS256", Header(token)["alg"]?.GetValue<string>());
        var claims = Claims(token);
        claims["jti"] = Guid.NewGuid().ToString();
        var input = parts[0] + "." + Encode(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = key.SignData(Encoding.ASCII.GetBytes(input), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return input + "." + Encode(signature);
    }

    private static string Decode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - padded.Length % 4) % 4);
        return Encoding.UTF8.GetString(Convert.FromBase64String(padded));
    }

    private static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
