namespace Ecosystem.TestServer.State;

/// <summary>A Projects v2 board owned by an organization or a user.</summary>
public sealed class Project
{
    private readonly GitHubState _state;

    internal Project(GitHubState state, long id, string owner, int number, string title)
    {
        _state = state;
        Id = id;
        Owner = owner;
        Number = number;
        Title = title;
    }

    public long Id { get; }
    public string NodeId => $"PVT_{Id}";
    public string Owner { get; }
    public int Number { get; }
    public string Title { get; }
    internal List<ProjectField> FieldList { get; } = [];
    internal List<ProjectItem> ItemList { get; } = [];

    public IReadOnlyList<ProjectField> Fields
    {
        get { lock (_state.Gate) { return [.. FieldList]; } }
    }

    public IReadOnlyList<ProjectItem> Items
    {
        get { lock (_state.Gate) { return [.. ItemList]; } }
    }

    public Project WithSingleSelectField(string name, params string[] options)
    {
        lock (_state.Gate)
        {
            var fieldId = _state.NextId();
            FieldList.Add(new ProjectField(
                $"PVTSSF_{fieldId}",
                name,
                ProjectFieldType.SingleSelect,
                [.. options.Select((o, i) => new ProjectFieldOption($"{fieldId:x}{i:x2}", o))]));
        }
        return this;
    }

    public Project WithField(string name, ProjectFieldType type)
    {
        if (type == ProjectFieldType.SingleSelect)
        {
            throw new ArgumentException("Use WithSingleSelectField for single-select fields.", nameof(type));
        }
        lock (_state.Gate)
        {
            FieldList.Add(new ProjectField($"PVTF_{_state.NextId()}", name, type, []));
        }
        return this;
    }

    /// <summary>Puts an issue on the board (or returns its existing item).</summary>
    public ProjectItem AddItem(Issue issue)
    {
        lock (_state.Gate)
        {
            return _state.AddProjectItem(this, issue);
        }
    }

    public ProjectItem? ItemFor(Issue issue)
    {
        lock (_state.Gate)
        {
            return ItemList.FirstOrDefault(i => i.Issue == issue);
        }
    }

    internal ProjectField? FieldByName(string name) =>
        FieldList.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}
