using Chancery.Core.Audit;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace Chancery.Server.Audit;

/// <summary>
/// Signs audit checkpoints as a compact JWS with the server's token-signing key (the one
/// OpenIddict signs tokens with, published at /.well-known/jwks), typed
/// <see cref="AuditCheckpoint.Type"/> so that no checkpoint passes for an access token; checks them
/// against every signing key configured, so that checkpoints signed before a key rotation still
/// verify while the old key is kept.
/// </summary>
public sealed class CheckpointSigner(IOptionsMonitor<OpenIddictServerOptions> options) : IAuditCheckpointSigner
{
    private readonly JsonWebTokenHandler handler = new();

    public string Issuer => options.CurrentValue.Issuer?.AbsoluteUri ?? "";

    public SignedAuditCheckpoint Sign(AuditCheckpoint checkpoint)
    {
        var credentials = options.CurrentValue.SigningCredentials.FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no token-signing key to sign audit checkpoints with.");
        var jws = handler.CreateToken(checkpoint.Payload(), credentials, new Dictionary<string, object> { [JwtHeaderParameterNames.Typ] = AuditCheckpoint.Type });
        return new SignedAuditCheckpoint(checkpoint, credentials.Key.KeyId ?? "", jws);
    }

    public async Task<string?> CheckAsync(SignedAuditCheckpoint signed)
    {
        var result = await handler.ValidateTokenAsync(signed.Signature, new TokenValidationParameters
        {
            IssuerSigningKeys = options.CurrentValue.SigningCredentials.Select(c => c.Key).ToList(),
            ValidTypes = [AuditCheckpoint.Type],
            ValidateIssuer = false,
            ValidateAudience = false,
            ValidateLifetime = false,
            RequireExpirationTime = false,
            RequireSignedTokens = true,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return result.Exception?.Message ?? "not a checkpoint signed by this server";
        }

        var payload = AuditCheckpoint.FromPayload(Base64UrlEncoder.Decode(token.EncodedPayload));
        return payload == signed.Checkpoint ? null : "the signed sequence, hash, time or issuer differ from the checkpoint's";
    }
}
