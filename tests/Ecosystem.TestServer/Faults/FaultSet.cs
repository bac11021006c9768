namespace Ecosystem.TestServer.Faults;

/// <summary>The server's injected faults; the first rule that hits a request decides its fault.</summary>
public sealed class FaultSet
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _rules = [];

    public FaultRule Add(string method, string path, FaultHits hits, Fault fault)
    {
        var rule = new FaultRule(method, path, hits, fault);
        lock (_gate) { _rules.Add(rule); }
        return rule;
    }

    /// <summary>Faults the next matching request only.</summary>
    public FaultRule Add(string method, string path, Fault fault) => Add(method, path, FaultHits.Next(1), fault);

    public void Clear()
    {
        lock (_gate) { _rules.Clear(); }
    }

    /// <summary>The fault for a request (path without any <c>/api/v3</c> prefix), counting it against every rule.</summary>
    internal Fault? Match(string method, string path)
    {
        lock (_gate)
        {
            // Every rule counts the request, so "nth matching request" stays true while other rules exist.
            Fault? hit = null;
            foreach (var rule in _rules)
            {
                if (rule.TryHit(method, path) && hit is null)
                {
                    hit = rule.Fault;
                }
            }
            return hit;
        }
    }
}
