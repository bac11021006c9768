namespace Ecosystem.TestServer.State;

/// <summary>An issue (or pull request) with its comments and events. Read it under <see cref="GitHubState"/>'s lock or through its snapshots.</summary>
public sealed class Issue
{
    private readonly GitHubState _state;

    internal Issue(GitHubState state, Repository repository, long id, int number, string title, string? body, string author, DateTimeOffset createdAt)
    {
        _state = state;
        Repository = repository;
        Id = id;
        Number = number;
        Title = title;
        Body = body;
        Author = author;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public Repository Repository { get; }
    public long Id { get; }
    public string NodeId => $"I_{Id}";
    public int Number { get; }
    public string Title { get; internal set; }
    public string? Body { get; internal set; }
    public string Author { get; }
    public bool IsPullRequest { get; internal set; }
    public string State { get; internal set; } = "open";
    public string? StateReason { get; internal set; }
    public DateTimeOffset CreatedAt { get; }
    public DateTimeOffset UpdatedAt { get; internal set; }
    public DateTimeOffset? ClosedAt { get; internal set; }

    /// <summary>Whether the conversation is locked: only collaborators may comment. Staff lock it with <see cref="LockConversation"/>.</summary>
    public bool IsLocked { get; private set; }
    internal Lock Gate => _state.Gate;
    internal List<string> LabelNames { get; } = [];
    internal List<Comment> CommentList { get; } = [];
    internal List<IssueEvent> EventList { get; } = [];
    internal List<string> AssigneeList { get; } = [];

    public IReadOnlyList<string> Labels
    {
        get { lock (_state.Gate) { return [.. LabelNames]; } }
    }

    public IReadOnlyList<string> Assignees
    {
        get { lock (_state.Gate) { return [.. AssigneeList]; } }
    }

    public IReadOnlyList<Comment> Comments
    {
        get { lock (_state.Gate) { return [.. CommentList]; } }
    }

    public IReadOnlyList<IssueEvent> Events
    {
        get { lock (_state.Gate) { return [.. EventList]; } }
    }

    /// <summary>Assigns users (created if unknown), as staff do to name an application's reviewers.</summary>
    public Issue AssignTo(params string[] logins) => Assign(logins);

    /// <summary>Marks this issue as a pull request (the issues list returns it with a <c>pull_request</c> key).</summary>
    public Issue AsPullRequest()
    {
        lock (_state.Gate) { IsPullRequest = true; }
        return this;
    }

    /// <summary>Adds a comment as any user (created now unless <paramref name="at"/> is given); the user is created if unknown.</summary>
    public Comment AddComment(string author, string body, UserKind kind = UserKind.User, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(author, kind);
            var comment = new Comment(_state.NextId(), this, author, body, at ?? _state.Now);
            CommentList.Add(comment);
            _state.CommentsById[comment.Id] = comment;
            return comment;
        }
    }

    /// <summary>Deletes a comment, as a person with write access does on the web page (its webhook still carries it).</summary>
    public Issue DeleteComment(Comment comment)
    {
        lock (_state.Gate)
        {
            CommentList.Remove(comment);
            _state.CommentsById.Remove(comment.Id);
        }
        return this;
    }

    /// <summary>Assigns <paramref name="logins"/> (as a person would by hand; created if unknown).</summary>
    public Issue Assign(params string[] logins)
    {
        lock (_state.Gate)
        {
            _state.AssignAs(this, logins);
        }
        return this;
    }

    /// <summary>
    /// Deletes the issue, as a repository admin does from its page: GitHub finds it no more by its number or node id, and
    /// its project items go with it. (GitHub answers REST requests for a deleted issue with 410; the server with 404.)
    /// </summary>
    public void Delete()
    {
        lock (_state.Gate)
        {
            Repository.IssueList.Remove(this);
            foreach (var project in _state.AllProjects())
            {
                project.ItemList.RemoveAll(i => i.Issue == this);
            }
        }
    }

    /// <summary>Changes the title, as a person would by hand.</summary>
    public Issue Retitle(string title)
    {
        lock (_state.Gate)
        {
            Title = title;
        }
        return this;
    }

    /// <summary>Removes an assignee, as a person would by hand.</summary>
    public Issue Unassign(string login)
    {
        lock (_state.Gate)
        {
            AssigneeList.RemoveAll(a => string.Equals(a, login, StringComparison.OrdinalIgnoreCase));
        }
        return this;
    }

    /// <summary>Adds a label as <paramref name="actor"/> and records the <c>labeled</c> event, as GitHub does.</summary>
    public Issue AddLabel(string name, string actor, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(actor, UserKind.User);
            _state.AddLabelsAs(this, [name], actor, at ?? _state.Now);
        }
        return this;
    }

    /// <summary>Removes a label as <paramref name="actor"/> and records the <c>unlabeled</c> event.</summary>
    public Issue RemoveLabel(string name, string actor, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(actor, UserKind.User);
            _state.RemoveLabelAs(this, name, actor, at ?? _state.Now);
        }
        return this;
    }

    /// <summary>Closes the issue as <paramref name="actor"/> (<c>completed</c> or <c>not_planned</c>) and records the <c>closed</c> event.</summary>
    public Issue Close(string actor, string reason = "completed", DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(actor, UserKind.User);
            _state.ChangeStateAs(this, "closed", reason, actor, at ?? _state.Now);
        }
        return this;
    }

    /// <summary>
    /// Locks the conversation as <paramref name="actor"/>, as staff do on a heated or spammed thread, and records the
    /// <c>locked</c> event (GitHub's lock reason left out); <paramref name="locked"/> false unlocks it (<c>unlocked</c>).
    /// As on GitHub, locking a locked conversation (or unlocking an open one) changes nothing and records nothing.
    /// </summary>
    public Issue LockConversation(string actor, bool locked = true, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(actor, UserKind.User);
            if (IsLocked != locked)
            {
                IsLocked = locked;
                var id = _state.NextId();
                var (kind, prefix) = locked ? ("locked", "LOE") : ("unlocked", "UNLOE");
                EventList.Add(new IssueEvent(id, $"{prefix}_{id}", kind, actor, null, null, at ?? _state.Now));
            }
        }
        return this;
    }

    /// <summary>Reopens the issue as <paramref name="actor"/> and records the <c>reopened</c> event.</summary>
    public Issue Reopen(string actor, DateTimeOffset? at = null)
    {
        lock (_state.Gate)
        {
            _state.EnsureUser(actor, UserKind.User);
            _state.ChangeStateAs(this, "open", "reopened", actor, at ?? _state.Now);
        }
        return this;
    }
}
