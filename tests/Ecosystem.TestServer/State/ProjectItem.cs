namespace Ecosystem.TestServer.State;

/// <summary>An issue on a Projects v2 board; field values are option ids (single select) or text (<c>yyyy-MM-dd</c> for dates), keyed by field id.</summary>
public sealed class ProjectItem
{
    private readonly GitHubState _state;

    internal ProjectItem(GitHubState state, long id, Project project, Issue issue)
    {
        _state = state;
        Id = id;
        Project = project;
        Issue = issue;
    }

    public long Id { get; }
    public string NodeId => $"PVTI_{Id}";
    public Project Project { get; }
    public Issue Issue { get; }
    internal Dictionary<string, string> ValueList { get; } = new(StringComparer.Ordinal);

    /// <summary>When each value of <see cref="ValueList"/> was last set (GitHub's <c>updatedAt</c> of a field value).</summary>
    internal Dictionary<string, DateTimeOffset> SetAtList { get; } = new(StringComparer.Ordinal);

    /// <summary>Sets a field's value (option id or text) now; the caller holds the state's lock.</summary>
    internal void Set(string fieldId, string value)
    {
        ValueList[fieldId] = value;
        SetAtList[fieldId] = _state.Now;
    }

    /// <summary>Clears a field's value; the caller holds the state's lock.</summary>
    internal void Clear(string fieldId)
    {
        ValueList.Remove(fieldId);
        SetAtList.Remove(fieldId);
    }

    /// <summary>Archived (hidden from the board's views): GitHub still lists it among the issue's items, and refuses to set its fields.</summary>
    public bool IsArchived
    {
        get { lock (_state.Gate) { return _archived; } }
        internal set { _archived = value; }
    }

    private bool _archived;

    public IReadOnlyDictionary<string, string> Values
    {
        get { lock (_state.Gate) { return new Dictionary<string, string>(ValueList, StringComparer.Ordinal); } }
    }

    /// <summary>The item's value for a field by name: the option name for single-select fields, the raw text otherwise.</summary>
    public string? ValueOf(string fieldName)
    {
        lock (_state.Gate)
        {
            var field = Project.FieldByName(fieldName);
            if (field is null || !ValueList.TryGetValue(field.Id, out var value))
            {
                return null;
            }
            return field.Type == ProjectFieldType.SingleSelect ? field.Options.FirstOrDefault(o => o.Id == value)?.Name : value;
        }
    }

    /// <summary>Archives the item, as staff or the board's auto-archive workflow do.</summary>
    public ProjectItem Archive()
    {
        lock (_state.Gate)
        {
            _archived = true;
        }
        return this;
    }

    /// <summary>Sets a field by name, now (as staff do by hand): an option name for single-select fields, the text otherwise.</summary>
    public ProjectItem WithValue(string fieldName, string value)
    {
        lock (_state.Gate)
        {
            var field = Project.FieldByName(fieldName)
                ?? throw new InvalidOperationException($"Project {Project.Number} has no field '{fieldName}'.");
            Set(field.Id, field.Type == ProjectFieldType.SingleSelect
                ? (field.Option(value) ?? throw new InvalidOperationException($"Field '{fieldName}' has no option '{value}'.")).Id
                : value);
        }
        return this;
    }
}
