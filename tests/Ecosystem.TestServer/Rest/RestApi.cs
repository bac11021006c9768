using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecosystem.TestServer.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecosystem.TestServer.Rest;

/// <summary>The REST routes of the contract, served under <c>/api/v3</c>, plus the package-index endpoints.</summary>
internal sealed class RestApi(GitHubState state)
{
    private readonly List<ServedRoute> _routes = [];

    public IReadOnlyList<ServedRoute> Routes => _routes;

    public void Map(IEndpointRouteBuilder app)
    {
        Route(app, "GET", "/repos/{owner}/{repo}", GetRepository);
        Route(app, "GET", "/repos/{owner}/{repo}/issues", ListIssues);
        Route(app, "POST", "/repos/{owner}/{repo}/issues", CreateIssue);
        Route(app, "GET", "/repos/{owner}/{repo}/issues/{issue_number:int}", GetIssue);
        Route(app, "PATCH", "/repos/{owner}/{repo}/issues/{issue_number:int}", UpdateIssue);
        Route(app, "GET", "/repos/{owner}/{repo}/issues/{issue_number:int}/comments", ListComments);
        Route(app, "POST", "/repos/{owner}/{repo}/issues/{issue_number:int}/comments", CreateComment);
        Route(app, "PATCH", "/repos/{owner}/{repo}/issues/comments/{comment_id:long}", UpdateComment);
        Route(app, "DELETE", "/repos/{owner}/{repo}/issues/comments/{comment_id:long}", DeleteComment);
        Route(app, "POST", "/repos/{owner}/{repo}/issues/{issue_number:int}/labels", AddLabels);
        Route(app, "DELETE", "/repos/{owner}/{repo}/issues/{issue_number:int}/labels/{name}", RemoveLabel);
        Route(app, "GET", "/repos/{owner}/{repo}/issues/{issue_number:int}/events", ListEvents);
        Route(app, "POST", "/repos/{owner}/{repo}/issues/{issue_number:int}/assignees", AddAssignees);
        Route(app, "DELETE", "/repos/{owner}/{repo}/issues/{issue_number:int}/assignees", RemoveAssignees);
        Route(app, "GET", "/orgs/{org}/teams/{team_slug}/members", ListTeamMembers);
        Route(app, "GET", "/orgs/{org}/members/{username}", CheckOrganizationMember);
        Route(app, "GET", "/users/{username}", GetUser);
        Route(app, "GET", "/rate_limit", GetRateLimit);
        app.MapGet("/pypi/{name}/json", GetPyPIPackage);
        app.MapGet("/conda/package/conda-forge/{name}", GetCondaPackage);
    }

    private void Route(IEndpointRouteBuilder app, string method, string pattern, Func<HttpContext, RestShapes, Task> handler)
    {
        _routes.Add(new ServedRoute(method, RouteTemplate(pattern)));
        app.MapMethods("/api/v3" + pattern, [method], context =>
        {
            var request = context.Request;
            var shapes = new RestShapes(state, $"{request.Scheme}://{request.Host}/");
            return handler(context, shapes);
        });
    }

    private static string RouteTemplate(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, ":[a-z]+}", "}");

    private Task GetRepository(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            return FindRepository(context) is { } repository ? Json(context, 200, shapes.Repository(repository)) : NotFound(context);
        }
    }

    private Task ListIssues(HttpContext context, RestShapes shapes)
    {
        var query = context.Request.Query;
        var wantedState = query["state"].FirstOrDefault() ?? "open";
        var labels = (query["labels"].FirstOrDefault() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var byUpdated = query["sort"].FirstOrDefault() == "updated";
        var ascending = query["direction"].FirstOrDefault() == "asc";
        var since = Since(context);
        if (wantedState is not ("open" or "closed" or "all"))
        {
            return Json(context, 422, RestShapes.Error($"Validation Failed: state '{wantedState}' is not one of open, closed, all"));
        }
        lock (state.Gate)
        {
            if (FindRepository(context) is not { } repository)
            {
                return NotFound(context);
            }
            var issues = repository.IssueList
                .Where(i => wantedState == "all" || i.State == wantedState)
                .Where(i => labels.All(l => i.LabelNames.Contains(l, StringComparer.OrdinalIgnoreCase)))
                .Where(i => since is null || i.UpdatedAt >= since);
            Func<Issue, DateTimeOffset> key = byUpdated ? i => i.UpdatedAt : i => i.CreatedAt;
            var ordered = ascending ? issues.OrderBy(key).ThenBy(i => i.Number) : issues.OrderByDescending(key).ThenByDescending(i => i.Number);
            return Json(context, 200, Paging.Page(context, [.. ordered.Select(shapes.Issue)]));
        }
    }

    private async Task CreateIssue(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        var title = body?["title"]?.GetValueKind() == JsonValueKind.String ? body["title"]!.GetValue<string>() : null;
        if (string.IsNullOrEmpty(title))
        {
            await Json(context, 422, RestShapes.Error("Invalid request.\n\n\"title\" wasn't supplied."));
            return;
        }
        JsonObject? answer = null;
        lock (state.Gate)
        {
            if (FindRepository(context) is { } repository)
            {
                var now = state.Now;
                var issue = state.CreateIssue(repository, title, Text(body, "body"), state.AuthenticatedLogin, now);
                state.AddLabelsAs(issue, Names(body?["labels"]), state.AuthenticatedLogin, now);
                state.AssignAs(issue, Names(body?["assignees"]));
                answer = shapes.Issue(issue);
                context.Response.Headers.Location = answer["url"]!.GetValue<string>();
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 201, answer));
    }

    private Task GetIssue(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            return FindIssue(context) is { } issue ? Json(context, 200, shapes.Issue(issue)) : NotFound(context);
        }
    }

    private async Task UpdateIssue(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        var newState = Text(body, "state");
        if (newState is not (null or "open" or "closed"))
        {
            await Json(context, 422, RestShapes.Error($"Validation Failed: state '{newState}' is not one of open, closed"));
            return;
        }
        JsonObject? answer;
        lock (state.Gate)
        {
            if (FindIssue(context) is not { } issue)
            {
                answer = null;
            }
            else
            {
                var now = state.Now;
                if (Text(body, "title") is { } title)
                {
                    issue.Title = title;
                    issue.UpdatedAt = now;
                }
                if (body?.ContainsKey("body") == true)
                {
                    issue.Body = Text(body, "body");
                    issue.UpdatedAt = now;
                }
                var reason = Text(body, "state_reason");
                if (newState is not null)
                {
                    state.ChangeStateAs(issue, newState, reason ?? (newState == "closed" ? "completed" : "reopened"), state.AuthenticatedLogin, now);
                }
                if (body?["labels"] is JsonArray labels)
                {
                    // Like GitHub: only the labels that change get an event.
                    var wanted = Names(labels).ToList();
                    foreach (var stale in issue.LabelNames.Where(l => !wanted.Contains(l, StringComparer.OrdinalIgnoreCase)).ToList())
                    {
                        state.RemoveLabelAs(issue, stale, state.AuthenticatedLogin, now);
                    }
                    state.AddLabelsAs(issue, wanted.Where(l => !issue.LabelNames.Contains(l, StringComparer.OrdinalIgnoreCase)), state.AuthenticatedLogin, now);
                }
                if (body?["assignees"] is JsonArray assignees)
                {
                    // Like GitHub: the list replaces the assignees; logins GitHub does not know are dropped silently.
                    var known = state.Users.Select(u => u.Login).ToHashSet(StringComparer.OrdinalIgnoreCase);
                    issue.AssigneeList.Clear();
                    issue.AssigneeList.AddRange(Names(assignees).Where(known.Contains).Distinct(StringComparer.OrdinalIgnoreCase).Take(10));
                    issue.UpdatedAt = now;
                }
                answer = shapes.Issue(issue);
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 200, answer));
    }

    private Task ListComments(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            if (FindIssue(context) is not { } issue)
            {
                return NotFound(context);
            }
            var since = Since(context);
            var comments = issue.CommentList
                .Where(c => since is null || c.UpdatedAt >= since)
                .OrderBy(c => c.CreatedAt).ThenBy(c => c.Id);
            return Json(context, 200, Paging.Page(context, [.. comments.Select(shapes.Comment)]));
        }
    }

    private async Task CreateComment(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        if (Text(body, "body") is not { Length: > 0 } text)
        {
            await Json(context, 422, RestShapes.Error("Invalid request.\n\n\"body\" wasn't supplied."));
            return;
        }
        JsonObject? answer = null;
        lock (state.Gate)
        {
            if (FindIssue(context) is { } issue)
            {
                var comment = new Comment(state.NextId(), issue, state.AuthenticatedLogin, text, state.Now);
                issue.CommentList.Add(comment);
                issue.UpdatedAt = comment.CreatedAt;
                state.CommentsById[comment.Id] = comment;
                answer = shapes.Comment(comment);
                context.Response.Headers.Location = answer["url"]!.GetValue<string>();
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 201, answer));
    }

    private async Task UpdateComment(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        if (Text(body, "body") is not { Length: > 0 } text)
        {
            await Json(context, 422, RestShapes.Error("Invalid request.\n\n\"body\" wasn't supplied."));
            return;
        }
        JsonObject? answer = null;
        lock (state.Gate)
        {
            if (FindComment(context) is { } comment)
            {
                comment.Revise(text, state.Now, state.AuthenticatedLogin);
                answer = shapes.Comment(comment);
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 200, answer));
    }

    private Task DeleteComment(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            if (FindComment(context) is not { } comment)
            {
                return NotFound(context);
            }
            comment.Issue.CommentList.Remove(comment);
            state.CommentsById.Remove(comment.Id);
        }
        context.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private async Task AddLabels(HttpContext context, RestShapes shapes)
    {
        var body = await ReadNode(context);
        // GitHub takes {"labels": [...]} or a bare array of names.
        var names = Names(body is JsonObject o ? o["labels"] : body);
        if (names.Count == 0)
        {
            await Json(context, 422, RestShapes.Error("Invalid request.\n\nNo labels were supplied."));
            return;
        }
        JsonArray? answer = null;
        lock (state.Gate)
        {
            if (FindIssue(context) is { } issue)
            {
                state.AddLabelsAs(issue, names, state.AuthenticatedLogin, state.Now);
                answer = shapes.Labels(issue);
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 200, answer));
    }

    private Task RemoveLabel(HttpContext context, RestShapes shapes)
    {
        var name = (string)context.Request.RouteValues["name"]!;
        lock (state.Gate)
        {
            if (FindIssue(context) is not { } issue)
            {
                return NotFound(context);
            }
            return state.RemoveLabelAs(issue, name, state.AuthenticatedLogin, state.Now)
                ? Json(context, 200, shapes.Labels(issue))
                : Json(context, 404, RestShapes.Error("Label does not exist", "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue"));
        }
    }

    private Task ListEvents(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            return FindIssue(context) is { } issue
                ? Json(context, 200, Paging.Page(context, [.. issue.EventList.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Select(e => shapes.Event(issue, e))]))
                : NotFound(context);
        }
    }

    private async Task AddAssignees(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        JsonObject? answer = null;
        lock (state.Gate)
        {
            if (FindIssue(context) is { } issue)
            {
                // GitHub silently leaves out logins that cannot be assigned (people without access to the repository).
                state.AssignAs(issue, Names(body?["assignees"]));
                answer = shapes.Issue(issue);
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 201, answer));
    }

    /// <summary>Like GitHub: 200 with the issue; a login not assigned is left alone without an error.</summary>
    private async Task RemoveAssignees(HttpContext context, RestShapes shapes)
    {
        var body = await ReadBody(context);
        JsonObject? answer = null;
        lock (state.Gate)
        {
            if (FindIssue(context) is { } issue)
            {
                var leaving = Names(body?["assignees"]).ToHashSet(StringComparer.OrdinalIgnoreCase);
                issue.AssigneeList.RemoveAll(leaving.Contains);
                answer = shapes.Issue(issue);
            }
        }
        await (answer is null ? NotFound(context) : Json(context, 200, answer));
    }

    /// <summary>
    /// 204 for a member, 404 otherwise (also for an owner that is a user, not an organization), both without a body as
    /// GitHub documents them for a requester inside the organization.
    /// </summary>
    private Task CheckOrganizationMember(HttpContext context, RestShapes shapes)
    {
        context.Response.StatusCode = state.IsOrganizationMember(Value(context, "org"), Value(context, "username")) ? 204 : 404;
        return Task.CompletedTask;
    }

    private Task ListTeamMembers(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            var team = state.FindTeam(Value(context, "org"), Value(context, "team_slug"));
            return team is null ? NotFound(context) : Json(context, 200, Paging.Page(context, [.. team.MemberList.Select(shapes.TeamMember)]));
        }
    }

    private Task GetUser(HttpContext context, RestShapes shapes)
    {
        lock (state.Gate)
        {
            return state.FindUser(Value(context, "username")) is { } user ? Json(context, 200, shapes.PublicUser(user)) : NotFound(context);
        }
    }

    private Task GetRateLimit(HttpContext context, RestShapes shapes)
    {
        var reset = state.Now.AddHours(1).ToUnixTimeSeconds();
        JsonObject Rate(int limit) => new() { ["limit"] = limit, ["remaining"] = limit, ["reset"] = reset, ["used"] = 0 };
        return Json(context, 200, new JsonObject
        {
            ["resources"] = new JsonObject { ["core"] = Rate(5000), ["search"] = Rate(30), ["graphql"] = Rate(5000) },
            ["rate"] = Rate(5000),
        });
    }

    private Task GetPyPIPackage(HttpContext context)
    {
        if (state.FindPyPIPackage(Value(context, "name")) is not { } package)
        {
            return Json(context, 404, new JsonObject { ["message"] = "Not Found" });
        }
        return Json(context, 200, new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = package.Name,
                ["version"] = package.Version,
                ["summary"] = package.Summary,
                ["home_page"] = package.HomePage,
                ["package_url"] = $"https://pypi.org/project/{package.Name}/",
                ["project_urls"] = package.HomePage is null ? null : new JsonObject { ["Homepage"] = package.HomePage },
            },
            ["releases"] = new JsonObject { [package.Version] = new JsonArray() },
            ["urls"] = new JsonArray(),
        });
    }

    private Task GetCondaPackage(HttpContext context)
    {
        if (state.FindCondaPackage(Value(context, "name")) is not { } package)
        {
            return Json(context, 404, new JsonObject { ["error"] = $"\"conda-forge/{Value(context, "name")}\" could not be found" });
        }
        return Json(context, 200, new JsonObject
        {
            ["name"] = package.Name,
            ["owner"] = "conda-forge",
            ["full_name"] = $"conda-forge/{package.Name}",
            ["summary"] = package.Summary,
            ["home"] = package.HomePage,
            ["latest_version"] = package.Version,
            ["versions"] = new JsonArray(package.Version),
            ["html_url"] = $"https://anaconda.org/conda-forge/{package.Name}",
            ["url"] = $"https://api.anaconda.org/package/conda-forge/{package.Name}",
        });
    }

    private Repository? FindRepository(HttpContext context) => state.FindRepository(Value(context, "owner"), Value(context, "repo"));

    private Issue? FindIssue(HttpContext context)
    {
        var number = int.Parse(Value(context, "issue_number"), CultureInfo.InvariantCulture);
        return FindRepository(context)?.IssueList.FirstOrDefault(i => i.Number == number);
    }

    private Comment? FindComment(HttpContext context)
    {
        var id = long.Parse(Value(context, "comment_id"), CultureInfo.InvariantCulture);
        var repository = FindRepository(context);
        return repository is not null && state.CommentsById.TryGetValue(id, out var comment) && comment.Issue.Repository == repository ? comment : null;
    }

    /// <summary>The <c>since</c> filter (ISO 8601); a value that does not parse filters nothing here.</summary>
    private static DateTimeOffset? Since(HttpContext context) =>
        DateTimeOffset.TryParse(context.Request.Query["since"].FirstOrDefault(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since) ? since : null;

    private static string Value(HttpContext context, string name) => Convert.ToString(context.Request.RouteValues[name], CultureInfo.InvariantCulture) ?? "";

    private static string? Text(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static List<string> Names(JsonNode? labels) =>
        labels is JsonArray array
            ? [.. array.Select(l => l is JsonObject o ? o["name"]?.GetValue<string>() : l?.GetValue<string>()).OfType<string>()]
            : [];

    private static async Task<JsonNode?> ReadNode(HttpContext context)
    {
        context.Request.Body.Position = 0;
        try
        {
            return await JsonNode.ParseAsync(context.Request.Body);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<JsonObject?> ReadBody(HttpContext context) => await ReadNode(context) as JsonObject;

    internal static Task NotFound(HttpContext context) =>
        Json(context, 404, RestShapes.Error("Not Found"));

    internal static Task Json(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
