namespace Ecosystem.Domain.Intake;

/// <summary>A GitHub repository, <c>owner/name</c>.</summary>
public sealed record RepositoryReference(string Owner, string Name)
{
    public string FullName => Owner + "/" + Name;

    public override string ToString() => FullName;
}
