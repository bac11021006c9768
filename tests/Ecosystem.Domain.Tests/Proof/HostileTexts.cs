namespace Ecosystem.Domain.Tests.Proof;

/// <summary>
/// A stream of mutated <see cref="HostileText.All"/> texts for a fuzz input's many fields. A mutation costs about a
/// millisecond (it may build a 100,000-character nesting), so one in four is fresh and the rest come from a pool of
/// earlier ones: an input still mixes new text with old, at a few seconds for thousands of inputs.
/// </summary>
internal sealed class HostileTexts(Random random)
{
    private const int PoolSize = 200;

    private readonly TextMutator _mutator = new(random);
    private readonly List<string> _pool = [];

    public string Next()
    {
        if (_pool.Count == PoolSize && random.Next(4) > 0)
        {
            return _pool[random.Next(PoolSize)];
        }

        var text = random.Next(10) == 0
            ? _mutator.RandomUnicode(300)
            : _mutator.Mutate(HostileText.All[random.Next(HostileText.All.Length - 1)]); // the megabyte one is tested as it is
        if (_pool.Count < PoolSize)
        {
            _pool.Add(text);
        }
        else
        {
            _pool[random.Next(PoolSize)] = text;
        }

        return text;
    }
}
