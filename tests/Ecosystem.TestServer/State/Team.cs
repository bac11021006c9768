namespace Ecosystem.TestServer.State;

public sealed class Team
{
    private readonly GitHubState _state;

    internal Team(GitHubState state, long id, string organization, string slug)
    {
        _state = state;
        Id = id;
        Organization = organization;
        Slug = slug;
    }

    public long Id { get; }
    public string Organization { get; }
    public string Slug { get; }
    internal List<string> MemberList { get; } = [];

    public IReadOnlyList<string> Members
    {
        get { lock (_state.Gate) { return [.. MemberList]; } }
    }

    public Team WithMembers(params string[] logins)
    {
        lock (_state.Gate)
        {
            foreach (var login in logins)
            {
                _state.EnsureUser(login, UserKind.User);
                if (!MemberList.Contains(login, StringComparer.OrdinalIgnoreCase))
                {
                    MemberList.Add(login);
                }
            }
        }
        return this;
    }

    public Team WithoutMember(string login)
    {
        lock (_state.Gate)
        {
            MemberList.RemoveAll(m => string.Equals(m, login, StringComparison.OrdinalIgnoreCase));
        }
        return this;
    }
}
