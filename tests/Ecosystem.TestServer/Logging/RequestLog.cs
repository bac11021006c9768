namespace Ecosystem.TestServer.Logging;

public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];
    private long _sequence;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) { return [.. _requests]; } }
    }

    public IReadOnlyList<RecordedRequest> WriteRequests => [.. Requests.Where(r => r.IsWrite)];

    public IReadOnlyList<string> GraphQLDocuments => [.. Requests.Where(r => r.GraphQLDocument is not null).Select(r => r.GraphQLDocument!)];

    public void Clear()
    {
        lock (_gate) { _requests.Clear(); }
    }

    internal long NextSequence() => Interlocked.Increment(ref _sequence);

    internal void Add(RecordedRequest request)
    {
        lock (_gate) { _requests.Add(request); }
    }
}
