namespace Ecosystem.GitHub.GraphQL;

/// <summary>One entry of a GraphQL answer's <c>errors</c> array.</summary>
public sealed record GraphQLError(string Message, string? Type, IReadOnlyList<string> Path)
{
    public bool IsNotFound => string.Equals(Type, "NOT_FOUND", StringComparison.Ordinal);

    public override string ToString() =>
        (Type is null ? string.Empty : Type + " ")
        + (Path.Count == 0 ? string.Empty : "at " + string.Join('.', Path) + ": ")
        + Message;
}
