using System.Net;

namespace Ecosystem.Actions.Tests.Commands.Validate;

/// <summary>Answers each request with the status <paramref name="answer"/> gives for it, and records the paths asked.</summary>
public sealed class StatusHandler(Func<HttpRequestMessage, HttpStatusCode> answer) : HttpMessageHandler
{
    public List<string> Asked { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Asked.Add(request.RequestUri!.AbsolutePath);
        return Task.FromResult(new HttpResponseMessage(answer(request)));
    }
}
