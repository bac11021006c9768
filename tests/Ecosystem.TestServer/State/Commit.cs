namespace Ecosystem.TestServer.State;

/// <summary>A commit on the default branch; <paramref name="AuthorLogin"/> is null when the e-mail matches no account.</summary>
public sealed record Commit(string Oid, DateTimeOffset CommittedDate, string AuthorName, string AuthorEmail, string? AuthorLogin);
