namespace Chancery.Server.Tests.Infrastructure;

/// <summary>The checkout the tests were built from (the folder holding README.md and scripts/), found upwards from the test binaries.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "README.md")) &&
                System.IO.File.Exists(System.IO.Path.Combine(folder.FullName, "Chancery.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No checkout of Chancery above {AppContext.BaseDirectory}.");
    }
}
