using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecosystem.TestServer.Faults;
using Ecosystem.TestServer.GraphQL;
using Ecosystem.TestServer.Logging;
using Ecosystem.TestServer.Rest;
using Ecosystem.TestServer.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecosystem.TestServer;

/// <summary>
/// A fake GitHub on Kestrel (loopback, random port): REST under <c>/api/v3/</c>, GraphQL at <c>/api/graphql</c>,
/// plus <c>/pypi/{name}/json</c> and <c>/conda/package/conda-forge/{name}</c>. Seed <see cref="State"/>, inject
/// <see cref="Faults"/>, and read the <see cref="Log"/>.
/// </summary>
public sealed class TestGitHubServer : IAsyncDisposable
{
    private const string RestPrefix = "/api/v3";
    private const string GraphQLPath = "/api/graphql";
    private readonly RestApi _rest;
    private readonly Lock _flightGate = new();
    private WebApplication? _app;
    private long _used;
    private int _inFlight;
    private TaskCompletionSource? _idle;

    public TestGitHubServer(GitHubState? state = null)
    {
        State = state ?? new GitHubState();
        _rest = new RestApi(State);
    }

    public GitHubState State { get; }

    public FaultSet Faults { get; } = new();

    public RequestLog Log { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests => Log.Requests;

    public IReadOnlyList<RecordedRequest> WriteRequests => Log.WriteRequests;

    public IReadOnlyList<string> GraphQLDocuments => Log.GraphQLDocuments;

    /// <summary>The REST routes served, as GitHub's OpenAPI path templates (e.g. <c>/repos/{owner}/{repo}/issues/{issue_number}/comments</c>).</summary>
    public IReadOnlyList<ServedRoute> Routes => _rest.Routes;

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Where the links for people (<c>html_url</c>, GraphQL's <c>url</c>) point, as on github.com: https, never this
    /// server's own http address, which the automation would not trust in a stored tally (nor GitHub ever give).
    /// </summary>
    public static Uri WebUri { get; } = new("https://github.com/");

    /// <summary>The base URI to give Octokit (it appends <c>api/v3/</c> itself).</summary>
    public Uri ApiUri => BaseUri;

    /// <summary>The REST root as seen by plain HTTP clients: <c>{BaseUri}api/v3/</c>.</summary>
    public Uri RestUri => new(BaseUri, "api/v3/");

    public Uri GraphQLUri => new(BaseUri, "api/graphql");

    public void ClearLog() => Log.Clear();

    /// <summary>
    /// Completes when the server handles no request: a request whose client gave up (a stalled one) still runs to its
    /// end and may write; wait for this before the next client call must not overlap it.
    /// </summary>
    public Task WhenIdleAsync()
    {
        lock (_flightGate)
        {
            return _inFlight == 0 ? Task.CompletedTask : (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null)
        {
            throw new InvalidOperationException("The test GitHub server is already started.");
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Use(HandleAsync);
        app.UseRouting();
        _rest.Map(app);
        app.MapPost(GraphQLPath, ServeGraphQL);
        app.MapFallback(context => Respond(context, 404, RestShapes.Error("Not Found")));
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(new Uri(address).GetLeftPart(UriPartial.Authority) + "/");
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        lock (_flightGate)
        {
            _inFlight++;
        }

        try
        {
            await HandleRequestAsync(context, next);
        }
        finally
        {
            TaskCompletionSource? idle = null;
            lock (_flightGate)
            {
                if (--_inFlight == 0)
                {
                    (idle, _idle) = (_idle, null);
                }
            }

            idle?.SetResult();
        }
    }

    private async Task HandleRequestAsync(HttpContext context, RequestDelegate next)
    {
        var request = context.Request;
        request.EnableBuffering();
        var body = await new StreamReader(request.Body).ReadToEndAsync(context.RequestAborted);
        request.Body.Position = 0;
        var path = request.Path.Value ?? "/";
        var isGraphQL = path == GraphQLPath;
        var isGitHub = isGraphQL || path.StartsWith(RestPrefix + "/", StringComparison.Ordinal);
        var document = isGraphQL ? GraphQLQuery(body) : null;
        var operation = document is null ? null : GraphQLExecutor.OperationKind(document) ?? "invalid";
        var authorization = request.Headers.Authorization.ToString();
        var token = authorization.Length == 0 ? null : authorization[(authorization.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        Fault? fault = null;
        var logged = 0;
        // Logged before the first byte of the answer leaves (OnStarting), so a client that has its answer always
        // finds its request in the log; requests that get no answer (dropped) are logged in finally.
        void Record()
        {
            if (Interlocked.Exchange(ref logged, 1) == 0)
            {
                Log.Add(new RecordedRequest(
                    Log.NextSequence(),
                    request.Method,
                    path,
                    request.QueryString.Value ?? "",
                    body.Length == 0 ? null : body,
                    fault is DropConnectionFault ? 0 : context.Response.StatusCode,
                    token,
                    operation,
                    document,
                    fault?.ToString()));
            }
        }

        context.Response.OnStarting(() =>
        {
            Record();
            return Task.CompletedTask;
        });
        try
        {
            var used = Interlocked.Increment(ref _used);
            if (isGitHub)
            {
                SetRateLimitHeaders(context.Response, isGraphQL ? "graphql" : "core", used);
            }
            fault = Faults.Match(request.Method, path.StartsWith(RestPrefix + "/", StringComparison.Ordinal) ? path[RestPrefix.Length..] : path);
            if (fault is AppliedThenStatusFault applied)
            {
                await ApplyThenLoseAnswer(context, next, applied, isGraphQL, used);
                return;
            }

            if (fault is DelayFault delay)
            {
                await ServeThenHoldAnswer(context, next, delay);
                return;
            }

            if (fault is not null && await ApplyFault(context, fault))
            {
                return;
            }
            if (isGitHub && token is null)
            {
                await Respond(context, 401, isGraphQL
                    ? RestShapes.Error("This endpoint requires you to be authenticated.", "https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql")
                    : RestShapes.Error("Requires authentication", "https://docs.github.com/rest"));
                return;
            }
            await next(context);
        }
        finally
        {
            Record();
            if (fault is DropConnectionFault)
            {
                context.Abort();
            }
        }
    }

    /// <summary>Serves the request into a buffer (so it is applied), throws the answer away, and answers the fault's status.</summary>
    private async Task ApplyThenLoseAnswer(HttpContext context, RequestDelegate next, AppliedThenStatusFault fault, bool isGraphQL, long used)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var lost = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(lost));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        context.Response.Clear();
        SetRateLimitHeaders(context.Response, isGraphQL ? "graphql" : "core", used);
        await Respond(context, fault.StatusCode, RestShapes.Error(fault.StatusCode switch
        {
            503 => "Service Unavailable",
            504 => "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
            _ => "Server Error",
        }));
    }

    /// <summary>
    /// Serves the request into a buffer, so a write is applied before its client can give up and look for it, then holds
    /// the answer back for the delay or until the client gives up. A write applied at some moment after the client's
    /// look would make every proof run a race between the two; GitHub's own late writes are outside what a test can time.
    /// </summary>
    private static async Task ServeThenHoldAnswer(HttpContext context, RequestDelegate next, DelayFault delay)
    {
        var original = context.Features.Get<IHttpResponseBodyFeature>()!;
        using var held = new MemoryStream();
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(held));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(original);
        }

        await Task.Delay(delay.Duration, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        if (!context.RequestAborted.IsCancellationRequested)
        {
            held.Position = 0;
            await held.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }

    /// <returns>True when the fault answered the request (all but delays, served above, and another client's write first).</returns>
    private async Task<bool> ApplyFault(HttpContext context, Fault fault)
    {
        var response = context.Response;
        switch (fault)
        {
            case OtherWriteFirstFault other:
                other.Write();
                return false;
            case DropConnectionFault:
                // Aborted once logged (in HandleAsync), so a client that sees the reset also finds the request in the log.
                return true;
            case StatusFault status:
                await Respond(context, status.StatusCode, RestShapes.Error(status.Message));
                return true;
            case SecondaryRateLimitFault secondary:
                if (secondary.RetryAfterSeconds is { } secondarySeconds)
                {
                    response.Headers["retry-after"] = secondarySeconds.ToString(CultureInfo.InvariantCulture);
                }

                await Respond(context, 403, RestShapes.Error(
                    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.",
                    "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits"));
                return true;
            case TooManyRequestsFault tooMany:
                if (tooMany.RetryAfterSeconds is { } tooManySeconds)
                {
                    response.Headers["retry-after"] = tooManySeconds.ToString(CultureInfo.InvariantCulture);
                }

                await Respond(context, 429, RestShapes.Error("Too Many Requests"));
                return true;
            case GraphQLRateLimitFault graphQL:
                // GitHub answers a GraphQL request over its limit with 200 and an error, not with 403.
                response.Headers["x-ratelimit-remaining"] = "0";
                response.Headers["x-ratelimit-reset"] = graphQL.Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                await Respond(context, 200, new JsonObject
                {
                    ["errors"] = new JsonArray(new JsonObject
                    {
                        ["type"] = "RATE_LIMITED",
                        ["message"] = $"API rate limit exceeded for installation ID {State.AuthenticatedLogin.Length}.",
                    }),
                });
                return true;
            case PrimaryRateLimitFault primary:
                response.Headers["x-ratelimit-remaining"] = "0";
                response.Headers["x-ratelimit-used"] = "5000";
                response.Headers["x-ratelimit-reset"] = primary.Reset.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                await Respond(context, 403, RestShapes.Error(
                    $"API rate limit exceeded for installation ID {State.AuthenticatedLogin.Length}.",
                    "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-rate-limits"));
                return true;
            default:
                throw new InvalidOperationException($"Unknown fault {fault}.");
        }
    }

    private async Task ServeGraphQL(HttpContext context)
    {
        JsonObject? request;
        try
        {
            request = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            request = null;
        }
        if (request?["query"] is not JsonValue queryValue || queryValue.GetValueKind() != JsonValueKind.String)
        {
            await Respond(context, 400, RestShapes.Error("Problems parsing JSON", "https://docs.github.com/graphql"));
            return;
        }
        var graph = new GitHubGraph(State, WebUri.ToString());
        JsonObject answer;
        lock (State.Gate)
        {
            answer = GraphQLExecutor.Execute(
                queryValue.GetValue<string>(),
                request["variables"] as JsonObject,
                request["operationName"]?.GetValueKind() == JsonValueKind.String ? request["operationName"]!.GetValue<string>() : null,
                graph.Root);
        }
        await Respond(context, 200, answer);
    }

    private static string? GraphQLQuery(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject { } json && json["query"] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                ? value.GetValue<string>()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private void SetRateLimitHeaders(HttpResponse response, string resource, long used)
    {
        const int limit = 5000;
        response.Headers["x-ratelimit-limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-remaining"] = Math.Max(limit - used, 0).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-reset"] = State.Time.GetUtcNow().AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-used"] = used.ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-resource"] = resource;
        response.Headers["x-github-api-version-selected"] = "2022-11-28";
        // GitHub names every answer; support asks for this id, and so do the automation's error messages.
        response.Headers["x-github-request-id"] = string.Create(CultureInfo.InvariantCulture, $"C0DE:{used:X4}:{used * 7919 % 65536:X4}:{used:X6}");
    }

    private static Task Respond(HttpContext context, int status, JsonNode body) => RestApi.Json(context, status, body);
}
