namespace Chancery.Server.Admin;

/// <summary>
/// A command line of the form <c>[host options] admin &lt;command&gt; [words] [options]</c>, where
/// options of either kind may stand anywhere. The command's own options (<see cref="Known"/>) are
/// taken out; everything else (<c>--contentRoot DIR</c>, <c>--environment NAME</c>,
/// <c>--Chancery:Key=value</c> or <c>--Chancery:Key value</c>) is a host option and goes to the
/// host's configuration as it would when serving. Only words after <c>admin</c> are the command's.
/// </summary>
public sealed class AdminArguments
{
    /// <summary>The command's options: whether each takes a value (a flag does not).</summary>
    private static readonly Dictionary<string, bool> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["scope"] = true, ["redirect-uri"] = true, ["post-logout-redirect-uri"] = true, ["display-name"] = true,
        ["role"] = true, ["unit"] = true, ["reason"] = true, ["public"] = false, ["checkpoint"] = true,
    };

    /// <summary>Host options without a ':' in their name that the host understands.</summary>
    private static readonly HashSet<string> HostSwitches = new(StringComparer.OrdinalIgnoreCase)
    {
        "contentRoot", "environment", "applicationName", "urls", "webroot", "AllowedHosts",
    };

    private readonly Dictionary<string, List<string>> options = new(StringComparer.OrdinalIgnoreCase);

    private AdminArguments()
    {
    }

    /// <summary>What follows <c>admin</c> that is no option: the command and its words.</summary>
    public IReadOnlyList<string> Words { get; private set; } = [];

    /// <summary>What the host's configuration gets.</summary>
    public IReadOnlyList<string> HostArgs { get; private set; } = [];

    /// <summary>Why the line cannot be run (an unknown option, a missing value), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>Each value given to an option of the command, in order.</summary>
    public IReadOnlyList<string> Values(string option) => options.TryGetValue(option, out var values) ? values : [];

    public string? Value(string option) => Values(option) is [.., var last] ? last : null;

    public bool Flag(string option) => options.ContainsKey(option);

    /// <summary>The administration command in <paramref name="args"/>, or null when the line starts the server.</summary>
    public static AdminArguments? Parse(string[] args)
    {
        var parsed = new AdminArguments();
        var host = new List<string>();
        var words = new List<string>();
        var admin = false;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                if (!admin && words.Count == 0 && arg == "admin")
                {
                    admin = true;
                }
                else
                {
                    words.Add(arg);
                }

                continue;
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (Known.TryGetValue(name, out var takesValue))
            {
                if (!takesValue)
                {
                    parsed.Add(name, equals < 0 ? "true" : arg[(equals + 1)..]);
                }
                else if (equals >= 0)
                {
                    parsed.Add(name, arg[(equals + 1)..]);
                }
                else if (i + 1 < args.Length)
                {
                    parsed.Add(name, args[++i]);
                }
                else
                {
                    parsed.Error ??= $"--{name} needs a value.";
                }

                continue;
            }

            if (!name.Contains(':', StringComparison.Ordinal) && !HostSwitches.Contains(name))
            {
                parsed.Error ??= $"Unknown option {arg}. The command's options are --{string.Join(", --", Known.Keys)}; " +
                    "configuration is given as --Section:Key=value (or --Section:Key value), --contentRoot DIR, --environment NAME.";
            }

            host.Add(arg);
            if (equals < 0)
            {
                if (i + 1 < args.Length)
                {
                    host.Add(args[++i]);
                }
                else
                {
                    parsed.Error ??= $"{arg} needs a value.";
                }
            }
        }

        if (!admin)
        {
            return null;
        }

        parsed.Words = words;
        parsed.HostArgs = host;
        return parsed;
    }

    private void Add(string name, string value)
    {
        if (!options.TryGetValue(name, out var values))
        {
            options[name] = values = [];
        }

        values.Add(value);
    }
}
