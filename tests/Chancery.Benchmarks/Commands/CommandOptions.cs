using System.Globalization;
using Chancery.Core.Time;
using Microsoft.Extensions.Options;

namespace Chancery.Benchmarks.Commands;

/// <summary>The <c>--name value</c> options of a command.</summary>
public sealed class CommandOptions
{
    private readonly Dictionary<string, string> options = new(StringComparer.Ordinal);

    public CommandOptions(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    options[name] = "true";
                }

                name = arg[2..];
            }
            else if (name is not null)
            {
                options[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}'; options are --name value.");
            }
        }

        if (name is not null)
        {
            options[name] = "true";
        }
    }

    public string? Text(string name) => options.GetValueOrDefault(name);

    public string Text(string name, string fallback) => options.GetValueOrDefault(name) ?? fallback;

    public string Required(string name) =>
        options.GetValueOrDefault(name) ?? throw new ArgumentException($"--{name} is required.");

    public int Int(string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public double Double(string name, double fallback) =>
        options.TryGetValue(name, out var text) ? double.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => options.TryGetValue(name, out var text) && text != "false";

    /// <summary>A yyyy-mm-dd option, else today in Asia/Ho_Chi_Minh (as the server's default).</summary>
    public DateOnly Date(string name) =>
        options.TryGetValue(name, out var text)
            ? (IsoDate.TryParse(text, out var date) ? date : throw new ArgumentException($"--{name} takes a date yyyy-mm-dd."))
            : Today();

    public static DateOnly Today() =>
        new RegistryClock(TimeProvider.System, Options.Create(new RegistryClockOptions())).Today;
}
