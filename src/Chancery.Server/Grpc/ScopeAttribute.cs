namespace Chancery.Server.Grpc;

/// <summary>
/// The scope a gRPC method needs. Every method of chancery.v1 carries one; a method without it
/// is refused (fail closed). <see cref="Public"/> methods may be called without a token.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScopeAttribute(string scope) : Attribute
{
    public string Scope => scope;

    public bool Public { get; init; }
}
