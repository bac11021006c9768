using System.Text.RegularExpressions;
using Ecosystem.TestServer.Logging;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary>Requests from the server's log as short lines (<c>GET /repos/…</c>, <c>query RepositoryFacts</c>) to compare exactly.</summary>
public static partial class RequestLines
{
    public static string[] Of(IEnumerable<RecordedRequest> requests) => [.. requests.Select(Line)];

    public static string Line(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.IsGraphQL)
        {
            var match = Operation().Match(request.GraphQLDocument ?? string.Empty);
            return match.Success ? $"{match.Groups[1].Value} {match.Groups[2].Value}" : $"{request.GraphQLOperation} (anonymous)";
        }

        var path = request.Path.StartsWith("/api/v3", StringComparison.Ordinal) ? request.Path["/api/v3".Length..] : request.Path;
        return $"{request.Method} {path}";
    }

    // A document may open with comment lines (# …) before its operation.
    [GeneratedRegex(@"^(?:\s*#[^\n]*\n)*\s*(query|mutation)\s*([A-Za-z0-9_]*)")]
    private static partial Regex Operation();
}
