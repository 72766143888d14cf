using System.Text.RegularExpressions;
using Chancery.Core.Errors;
using Chancery.Core.Text;

namespace Chancery.Core.Access;

/// <summary>Checks and cleans what callers give for users, clients and grants.</summary>
public static partial class AccessInput
{
    public static string UserName(string? raw, InputErrors errors, string field = "user_name")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var name = (raw ?? "").Trim().ToLowerInvariant();
        if (!UserNamePattern().IsMatch(name))
        {
            errors.Add(field, "A user name has 3 to 100 characters: letters a-z, digits, '.', '_', '-', '@'.");
        }

        return name;
    }

    public static string DisplayName(string? raw, InputErrors errors, string field = "display_name")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var name = VietnameseText.Clean(raw);
        if (name.Length is 0 or > 200)
        {
            errors.Add(field, "A display name has 1 to 200 characters.");
        }

        return name;
    }

    public static string? Password(string? raw, InputErrors errors, string field = "password")
    {
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        if (raw.Length < PasswordHasher.MinLength || raw.Length > 200)
        {
            errors.Add(field, $"A password has {PasswordHasher.MinLength} to 200 characters (leave it empty to have one generated).");
        }

        return raw;
    }

    public static string ClientId(string? raw, InputErrors errors, string field = "client_id")
    {
        if (!TextGuard.Check(raw, errors, field))
        {
            return "";
        }

        var id = (raw ?? "").Trim();
        if (!ClientIdPattern().IsMatch(id))
        {
            errors.Add(field, "A client id has 3 to 100 characters: letters, digits, '.', '_', '-'.");
        }

        return id;
    }

    /// <summary>
    /// Whom a grant names: a user by its id (returned in its canonical form) or a client by its
    /// client_id; with no kind (a filter), either.
    /// </summary>
    public static string PrincipalId(PrincipalKind? kind, string? raw, InputErrors errors, string field = "principal_id")
    {
        var id = (raw ?? "").Trim();
        if (id.Length == 0)
        {
            errors.Add(field, "Name the user (its id) or the client (its client_id).");
            return id;
        }

        switch (kind)
        {
            case PrincipalKind.User when Guid.TryParse(id, out var userId):
                return userId.ToString();
            case PrincipalKind.User:
                errors.Add(field, $"A user is named by its id (a UUID such as 0195f3a2-7c1e-7d4b-9a61-2f0c3e4d5a6b).");
                return id;
            default:
                return ClientId(id, errors, field);
        }
    }

    public static IReadOnlyList<string> Scopes(IEnumerable<string> raw, InputErrors errors, string field = "scopes")
    {
        var scopes = raw.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (!scopes.All(s => TextGuard.Check(s, errors, field)))
        {
            return [];
        }

        foreach (var scope in scopes.Where(s => !Access.Scopes.IsKnown(s)))
        {
            errors.Add(field, $"'{scope}' is not a scope of Chancery ({string.Join(", ", Access.Scopes.All)}).");
        }

        return scopes;
    }

    public static IReadOnlyList<Uri> Uris(IEnumerable<string> raw, InputErrors errors, string field)
    {
        var uris = new List<Uri>();
        foreach (var text in raw.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            if (!TextGuard.Check(text, errors, field))
            {
                continue;
            }

            if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && string.IsNullOrEmpty(uri.Fragment))
            {
                uris.Add(uri);
            }
            else
            {
                errors.Add(field, $"'{text}' is not an absolute http(s) address without a fragment.");
            }
        }

        return uris;
    }

    [GeneratedRegex("^[a-z0-9._@-]{3,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex UserNamePattern();

    [GeneratedRegex("^[A-Za-z0-9._-]{3,100}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientIdPattern();
}
