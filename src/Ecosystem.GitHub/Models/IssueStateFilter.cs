namespace Ecosystem.GitHub.Models;

public enum IssueStateFilter
{
    Open,
    Closed,
    All,
}
