using System.Reflection;
using Google.Protobuf.Reflection;

namespace Chancery.Server.Tests.Fuzzing;

/// <summary>Every RPC of package chancery.v1, from the generated descriptors: a new proto file or RPC joins by itself.</summary>
public static class ChanceryMethods
{
    public const string Package = "chancery.v1";

    public static IReadOnlyList<MethodDescriptor> All { get; } = typeof(V1.Units).Assembly.GetTypes()
        .Where(t => t.Name.EndsWith("Reflection", StringComparison.Ordinal))
        .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
        .OfType<FileDescriptor>()
        .Where(f => f.Package == Package)
        .SelectMany(f => f.Services)
        .SelectMany(s => s.Methods)
        .OrderBy(m => m.FullName, StringComparer.Ordinal)
        .ToList();

    /// <summary>"service/method", as grpc-dotnet's endpoint metadata names it.</summary>
    public static string Key(MethodDescriptor method) => $"{method.Service.FullName}/{method.Name}";

    /// <summary>A seed of its own for each method, stable across runs (string.GetHashCode is not).</summary>
    public static int Seed(int baseSeed, MethodDescriptor method)
    {
        var hash = 2166136261u;
        foreach (var c in method.FullName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return baseSeed ^ (int)hash;
    }
}
