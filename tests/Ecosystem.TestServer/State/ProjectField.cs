namespace Ecosystem.TestServer.State;

public sealed record ProjectField(string Id, string Name, ProjectFieldType Type, IReadOnlyList<ProjectFieldOption> Options)
{
    public ProjectFieldOption? Option(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));
}
