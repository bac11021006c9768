using System.Net;

namespace Ecosystem.Actions.Tests.Hosting;

/// <summary>Answers every request with its own method and URL, to show which handler a command was given.</summary>
public sealed class AnsweringHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($"{request.Method} {request.RequestUri}") });
}
