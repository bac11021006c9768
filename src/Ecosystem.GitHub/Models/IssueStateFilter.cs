namespace Ecosystem.GitHub.Models;

/// <summary>Which issues a listing returns, as GitHub's <c>state</c> parameter.</summary>
public enum IssueStateFilter
{
    Open,
    Closed,
    All,
}
