namespace Ecosystem.GitHub.Tests.Conformance;

/// <summary>One document's validation against GitHub's GraphQL schema: no errors means valid.</summary>
public sealed record GraphQLDocumentCheck(string Document, IReadOnlyList<string> Errors)
{
    public bool IsValid => Errors.Count == 0;

    public override string ToString() => IsValid ? "valid" : $"{string.Join("; ", Errors)} in:\n{Document}";
}
