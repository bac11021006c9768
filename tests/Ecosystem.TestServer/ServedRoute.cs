namespace Ecosystem.TestServer;

/// <summary>A REST route the server serves: method and GitHub's OpenAPI path template (without <c>/api/v3</c>).</summary>
public sealed record ServedRoute(string Method, string Template);
