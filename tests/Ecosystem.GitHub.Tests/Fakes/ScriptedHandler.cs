using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>
/// The transport under the gateway in tests: answers each request with the next scripted answer
/// (in order) and records what was sent. An unscripted request fails the test with its route.
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<SentRequest> _requests = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public int Remaining => _script.Count;

    public ScriptedHandler Respond(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers) =>
        RespondWith(_ => Response(status, json, headers));

    public ScriptedHandler RespondJson(string json, params (string Name, string Value)[] headers) =>
        Respond(HttpStatusCode.OK, json, headers);

    public ScriptedHandler Throw(Exception exception) =>
        RespondWithAsync(_ => Task.FromException<HttpResponseMessage>(exception));

    public ScriptedHandler RespondWith(Func<HttpRequestMessage, HttpResponseMessage> answer) =>
        RespondWithAsync(r => Task.FromResult(answer(r)));

    public ScriptedHandler RespondWithAsync(Func<HttpRequestMessage, Task<HttpResponseMessage>> answer) =>
        RespondWithAsync((request, _) => answer(request));

    /// <summary>An answer that sees the transport's cancellation token, as a real connection would.</summary>
    public ScriptedHandler RespondWithAsync(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        _script.Enqueue(answer);
        return this;
    }

    public static HttpResponseMessage Response(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status)
        {
            Content = new StringContent(json ?? "{}", Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            _requests.Add(new SentRequest(
                request.Method,
                request.RequestUri!,
                body,
                request.Content?.Headers.ContentType?.MediaType,
                request.Headers.Authorization?.ToString(),
                request.Headers.UserAgent.ToString()));
        }

        if (!_script.TryDequeue(out var answer))
        {
            throw new InvalidOperationException($"The test scripted no answer for {request.Method} {request.RequestUri}.");
        }

        var response = await answer(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
