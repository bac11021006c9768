namespace Ecosystem.Domain.Intake;

public sealed record RepositoryReference(string Owner, string Name)
{
    public string FullName => Owner + "/" + Name;

    public override string ToString() => FullName;
}
