namespace Ecosystem.TestServer.State;

/// <summary>
/// The fake GitHub's whole world, in memory. Tests seed it through the fluent methods here and on the returned
/// objects; the server reads and changes it under one lock. Time stamps come from the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed class GitHubState
{
    private readonly Dictionary<string, GitHubUser> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Repository> _repositories = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Repositories by the names they had before a rename or transfer.</summary>
    private readonly Dictionary<string, Repository> _formerNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Team> _teams = [];
    private readonly Dictionary<string, HashSet<string>> _organizationMembers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Project> _projects = [];
    private readonly Dictionary<string, Package> _pypi = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Package> _conda = new(StringComparer.OrdinalIgnoreCase);
    private long _nextId = 1000;

    public GitHubState(TimeProvider? time = null)
    {
        Time = time ?? TimeProvider.System;
        AuthenticatedLogin = "ecosystem-bot[bot]";
    }

    public TimeProvider Time { get; }

    /// <summary>The token's login: GraphQL <c>viewer</c>, and the author of issues, comments and events made through the API.</summary>
    public string AuthenticatedLogin
    {
        get { lock (Gate) { return field; } }
        set
        {
            lock (Gate)
            {
                field = value;
                EnsureUser(value, value.EndsWith("[bot]", StringComparison.Ordinal) ? UserKind.Bot : UserKind.User);
            }
        }
    }

    internal Lock Gate { get; } = new();
    internal Dictionary<long, Comment> CommentsById { get; } = [];
    internal DateTimeOffset Now => Time.GetUtcNow();

    public IReadOnlyCollection<GitHubUser> Users
    {
        get { lock (Gate) { return [.. _users.Values]; } }
    }

    public IReadOnlyList<Project> Projects
    {
        get { lock (Gate) { return [.. _projects]; } }
    }

    /// <summary>Adds a user, or changes the kind and name of a known one (keeping its id).</summary>
    public GitHubUser AddUser(string login, UserKind kind = UserKind.User, string? name = null)
    {
        lock (Gate)
        {
            var prefix = kind switch
            {
                UserKind.Organization => "O_",
                UserKind.Bot => "BOT_",
                _ => "U_",
            };
            var user = _users.TryGetValue(login, out var known)
                ? known with { Kind = kind, Name = name ?? known.Name }
                : new GitHubUser(NextId(), "", login, kind, name, Now);
            user = user with { NodeId = prefix + user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            _users[login] = user;
            return user;
        }
    }

    public GitHubUser AddOrganization(string login) => AddUser(login, UserKind.Organization);

    /// <summary>Adds a repository; its owner becomes an organization unless already known.</summary>
    public Repository AddRepository(string owner, string name)
    {
        lock (Gate)
        {
            EnsureUser(owner, UserKind.Organization);
            var repository = new Repository(this, NextId(), owner, name, Now);
            _repositories[repository.FullName] = repository;
            return repository;
        }
    }

    /// <summary>Adds a team <c>org/slug</c> (creating the organization if unknown).</summary>
    public Team AddTeam(string organization, string slug)
    {
        lock (Gate)
        {
            EnsureUser(organization, UserKind.Organization);
            var team = new Team(this, NextId(), organization, slug);
            _teams.Add(team);
            return team;
        }
    }

    /// <summary>Makes <paramref name="logins"/> members of <paramref name="organization"/> (created if unknown); members of its teams are members too.</summary>
    public GitHubState WithOrganizationMembers(string organization, params string[] logins)
    {
        lock (Gate)
        {
            EnsureUser(organization, UserKind.Organization);
            if (!_organizationMembers.TryGetValue(organization, out var members))
            {
                members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                _organizationMembers[organization] = members;
            }

            foreach (var login in logins)
            {
                EnsureUser(login, UserKind.User);
                members.Add(login);
            }
        }
        return this;
    }

    /// <summary>Whether <paramref name="login"/> belongs to <paramref name="organization"/>: listed, or in one of its teams.</summary>
    public bool IsOrganizationMember(string organization, string login)
    {
        lock (Gate)
        {
            return (_organizationMembers.TryGetValue(organization, out var members) && members.Contains(login))
                || _teams.Any(t => string.Equals(t.Organization, organization, StringComparison.OrdinalIgnoreCase)
                    && t.MemberList.Contains(login, StringComparer.OrdinalIgnoreCase));
        }
    }

    /// <summary>Adds a Projects v2 board owned by an organization or user (created as an organization if unknown).</summary>
    public Project AddProject(string owner, int number, string title)
    {
        lock (Gate)
        {
            EnsureUser(owner, UserKind.Organization);
            var project = new Project(this, NextId(), owner, number, title);
            _projects.Add(project);
            return project;
        }
    }

    public Package AddPyPIPackage(string name, string version = "1.0.0", string? summary = null, string? homePage = null) =>
        AddPackage(_pypi, new Package(name, version, summary, homePage));

    public Package AddCondaPackage(string name, string version = "1.0.0", string? summary = null, string? homePage = null) =>
        AddPackage(_conda, new Package(name, version, summary, homePage));

    public GitHubUser? FindUser(string login)
    {
        lock (Gate) { return _users.GetValueOrDefault(login); }
    }

    public Repository? FindRepository(string owner, string name)
    {
        lock (Gate) { return _repositories.GetValueOrDefault($"{owner}/{name}"); }
    }

    /// <summary>The repository by its name, or by a former name (GitHub's <c>followRenames</c>).</summary>
    public Repository? FindRepositoryFollowingRenames(string owner, string name)
    {
        lock (Gate) { return FindRepository(owner, name) ?? _formerNames.GetValueOrDefault($"{owner}/{name}"); }
    }

    internal void Move(Repository repository, string owner, string name)
    {
        EnsureUser(owner, UserKind.Organization);
        _repositories.Remove(repository.FullName);
        _formerNames[repository.FullName] = repository;
        (repository.Owner, repository.Name) = (owner, name);
        _repositories[repository.FullName] = repository;
    }

    /// <summary>The seeded repository, or an exception naming it (for test set-up code).</summary>
    public Repository Repository(string owner, string name) =>
        FindRepository(owner, name) ?? throw new InvalidOperationException($"No repository {owner}/{name} is seeded.");

    public Issue Issue(string owner, string name, int number)
    {
        lock (Gate)
        {
            return Repository(owner, name).IssueList.FirstOrDefault(i => i.Number == number)
                ?? throw new InvalidOperationException($"No issue #{number} in {owner}/{name}.");
        }
    }

    public Team? FindTeam(string organization, string slug)
    {
        lock (Gate)
        {
            return _teams.FirstOrDefault(t =>
                string.Equals(t.Organization, organization, StringComparison.OrdinalIgnoreCase)
                && string.Equals(t.Slug, slug, StringComparison.OrdinalIgnoreCase));
        }
    }

    public Project? FindProject(string owner, int number)
    {
        lock (Gate)
        {
            return _projects.FirstOrDefault(p => string.Equals(p.Owner, owner, StringComparison.OrdinalIgnoreCase) && p.Number == number);
        }
    }

    public Package? FindPyPIPackage(string name)
    {
        lock (Gate) { return _pypi.GetValueOrDefault(name); }
    }

    public Package? FindCondaPackage(string name)
    {
        lock (Gate) { return _conda.GetValueOrDefault(name); }
    }

    internal long NextId() => Interlocked.Increment(ref _nextId);

    internal GitHubUser EnsureUser(string login, UserKind kind) =>
        _users.TryGetValue(login, out var user) ? user : AddUser(login, kind);

    internal Label EnsureLabel(Repository repository, string name, string color, string? description)
    {
        if (!repository.LabelCatalog.TryGetValue(name, out var label))
        {
            var id = NextId();
            label = new Label(id, $"LA_{id}", name, color, description);
            repository.LabelCatalog[name] = label;
        }
        return label;
    }

    internal Issue CreateIssue(Repository repository, string title, string? body, string author, DateTimeOffset at)
    {
        var number = ++repository.LastIssueNumber; // a deleted issue's number is never given again
        var issue = new Issue(this, repository, NextId(), number, title, body, author, at);
        repository.IssueList.Add(issue);
        return issue;
    }

    /// <summary>
    /// Like GitHub, at most 10 assignees; a login already assigned is not added twice, and one without access to the
    /// repository (<see cref="Repository.WithoutAccess"/>) is silently left out.
    /// </summary>
    internal void AssignAs(Issue issue, IEnumerable<string> logins)
    {
        foreach (var login in logins.Where(l => !issue.Repository.NoAccess.Contains(l)))
        {
            var user = EnsureUser(login, UserKind.User);
            if (issue.AssigneeList.Count < 10 && !issue.AssigneeList.Contains(user.Login, StringComparer.OrdinalIgnoreCase))
            {
                issue.AssigneeList.Add(user.Login);
            }
        }
        issue.UpdatedAt = Now;
    }

    internal void AddLabelsAs(Issue issue, IEnumerable<string> names, string actor, DateTimeOffset at)
    {
        foreach (var name in names)
        {
            var label = EnsureLabel(issue.Repository, name, "ededed", null);
            if (issue.LabelNames.Contains(label.Name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            issue.LabelNames.Add(label.Name);
            issue.EventList.Add(new IssueEvent(NextId(), $"LE_{_nextId}", "labeled", actor, label.Name, null, at));
            issue.UpdatedAt = at;
        }
    }

    internal bool RemoveLabelAs(Issue issue, string name, string actor, DateTimeOffset at)
    {
        var present = issue.LabelNames.FirstOrDefault(l => string.Equals(l, name, StringComparison.OrdinalIgnoreCase));
        if (present is null)
        {
            return false;
        }
        issue.LabelNames.Remove(present);
        issue.EventList.Add(new IssueEvent(NextId(), $"UNLE_{_nextId}", "unlabeled", actor, present, null, at));
        issue.UpdatedAt = at;
        return true;
    }

    internal void ChangeStateAs(Issue issue, string state, string? reason, string actor, DateTimeOffset at)
    {
        if (issue.State == state)
        {
            issue.StateReason = state == "closed" ? reason : issue.StateReason;
            return;
        }
        issue.State = state;
        issue.StateReason = reason;
        issue.ClosedAt = state == "closed" ? at : null;
        issue.UpdatedAt = at;
        var kind = state == "closed" ? "closed" : "reopened";
        issue.EventList.Add(new IssueEvent(NextId(), $"{(kind == "closed" ? "CE" : "REE")}_{_nextId}", kind, actor, null, reason, at));
    }

    internal ProjectItem AddProjectItem(Project project, Issue issue)
    {
        var existing = project.ItemList.FirstOrDefault(i => i.Issue == issue);
        if (existing is not null)
        {
            return existing;
        }
        var item = new ProjectItem(this, NextId(), project, issue);
        project.ItemList.Add(item);
        return item;
    }

    internal IEnumerable<Repository> AllRepositories() => _repositories.Values;

    internal IEnumerable<Project> AllProjects() => _projects;

    private Package AddPackage(Dictionary<string, Package> index, Package package)
    {
        lock (Gate)
        {
            index[package.Name] = package;
            return package;
        }
    }
}
