namespace Ecosystem.TestServer.State;

/// <summary>A repository; the fluent methods seed it (each takes the state's lock).</summary>
public sealed class Repository
{
    private readonly GitHubState _state;

    internal Repository(GitHubState state, long id, string owner, string name, DateTimeOffset createdAt)
    {
        _state = state;
        Id = id;
        Owner = owner;
        Name = name;
        CreatedAt = createdAt;
    }

    public long Id { get; }
    public string NodeId => $"R_{Id}";
    public string Owner { get; internal set; }
    public string Name { get; internal set; }
    public string FullName => $"{Owner}/{Name}";
    public DateTimeOffset CreatedAt { get; }
    public int Stars { get; private set; }
    public bool IsArchived { get; private set; }
    public bool IsFork { get; private set; }

    /// <summary>
    /// Served all the same, as to a token with access; GitHub takes no default community health file from a private
    /// <c>.github</c> repository.
    /// </summary>
    public bool IsPrivate { get; private set; }
    public string? LicenseSpdxId { get; private set; }
    public string DefaultBranch { get; private set; } = "main";
    internal SortedSet<string> Paths { get; } = new(StringComparer.Ordinal);

    /// <summary>The text of files seeded with one; every other path is an empty file.</summary>
    internal Dictionary<string, string> FileTexts { get; } = new(StringComparer.Ordinal);
    internal List<Commit> CommitList { get; } = [];
    internal List<Issue> IssueList { get; } = [];
    internal int LastIssueNumber { get; set; }
    internal Dictionary<string, Label> LabelCatalog { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>People seeded without access to the repository (<see cref="WithoutAccess"/>).</summary>
    internal HashSet<string> NoAccess { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Issue> Issues
    {
        get { lock (_state.Gate) { return [.. IssueList]; } }
    }

    public IReadOnlyCollection<Label> Labels
    {
        get { lock (_state.Gate) { return [.. LabelCatalog.Values]; } }
    }

    /// <summary>Renames or transfers the repository; its former names still find it, as GitHub follows renames.</summary>
    public Repository MovedTo(string owner, string name) => Set(() => _state.Move(this, owner, name));

    public Repository WithStars(int stars) => Set(() => Stars = stars);

    public Repository Archived(bool archived = true) => Set(() => IsArchived = archived);

    public Repository Fork(bool fork = true) => Set(() => IsFork = fork);

    public Repository Private(bool isPrivate = true) => Set(() => IsPrivate = isPrivate);

    /// <summary>SPDX id of the detected licence (e.g. <c>BSD-3-Clause</c>), or null for none.</summary>
    public Repository WithLicense(string? spdxId) => Set(() => LicenseSpdxId = spdxId);

    public Repository WithDefaultBranch(string branch) => Set(() => DefaultBranch = branch);

    /// <summary>Adds files by path (<c>docs/index.md</c>, <c>.github/workflows/ci.yml</c>); their folders appear as trees.</summary>
    public Repository WithFiles(params string[] paths) => Set(() => Paths.UnionWith(paths.Select(p => p.Trim('/'))));

    /// <summary>Removes files by path (a seeded repository without its CONTRIBUTING.md); a folder left empty is gone.</summary>
    public Repository WithoutFiles(params string[] paths) => Set(() =>
    {
        foreach (var path in paths)
        {
            Paths.Remove(path.Trim('/'));
            FileTexts.Remove(path.Trim('/'));
        }
    });

    /// <summary>Adds (or replaces) one file with its text; its folders appear as trees.</summary>
    public Repository WithFile(string path, string text) => Set(() =>
    {
        var trimmed = path.Trim('/');
        Paths.Add(trimmed);
        FileTexts[trimmed] = text;
    });

    /// <summary>Adds a commit on the default branch; the author login is null for e-mails that match no account.</summary>
    public Repository WithCommit(DateTimeOffset committedDate, string authorEmail, string? authorLogin = null, string? authorName = null)
    {
        lock (_state.Gate)
        {
            if (authorLogin is not null)
            {
                _state.EnsureUser(authorLogin, UserKind.User);
            }

            var oid = Convert.ToHexStringLower(BitConverter.GetBytes(_state.NextId())).PadRight(40, '0');
            CommitList.Add(new Commit(oid, committedDate, authorName ?? authorLogin ?? authorEmail, authorEmail, authorLogin));
        }
        return this;
    }

    /// <summary>
    /// People without access to the repository, whom GitHub does not assign to its issues: adding them as assignees (or
    /// opening an issue with them) is no error, GitHub answers as usual with the issue, only without them.
    /// </summary>
    public Repository WithoutAccess(params string[] logins) => Set(() => NoAccess.UnionWith(logins));

    /// <summary>Adds a label to the repository's label catalog.</summary>
    public Repository WithLabel(string name, string color = "ededed", string? description = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureLabel(this, name, color, description);
        }
        return this;
    }

    /// <summary>Opens an issue as <paramref name="author"/> (created now unless <paramref name="at"/> is given); labels are added without events.</summary>
    public Issue AddIssue(string title, string? body, string author, IEnumerable<string>? labels = null, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(author, UserKind.User);
            var issue = _state.CreateIssue(this, title, body, author, at ?? _state.Now);
            foreach (var label in labels ?? [])
            {
                _state.EnsureLabel(this, label, "ededed", null);
                issue.LabelNames.Add(label);
            }
            return issue;
        }
    }

    private Repository Set(Action change)
    {
        lock (_state.Gate)
        {
            change();
        }
        return this;
    }
}
