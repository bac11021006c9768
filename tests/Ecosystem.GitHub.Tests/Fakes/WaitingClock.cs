using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>
/// A fake clock that records every wait begun on it (a delay; an attempt's time limit is a cancellation timer, no wait)
/// and, unless <paramref name="holdWaits"/>, lets the wait pass at once by moving itself forward by it.
/// </summary>
internal sealed class WaitingClock(DateTimeOffset start, bool holdWaits = false) : FakeTimeProvider(start)
{
    public static readonly DateTimeOffset TestStart = new(2026, 11, 27, 9, 2, 0, TimeSpan.Zero);

    private readonly List<TimeSpan> _waits = [];
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public WaitingClock(bool holdWaits = false)
        : this(TestStart, holdWaits)
    {
    }

    /// <summary>Completes when the first wait begins (so a test moves a held clock only after it).</summary>
    public Task Waiting => _waiting.Task;

    public IReadOnlyList<TimeSpan> Waits
    {
        get
        {
            lock (_waits)
            {
                return [.. _waits];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (state is not CancellationTokenSource && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            lock (_waits)
            {
                _waits.Add(dueTime);
            }

            _waiting.TrySetResult();
            if (!holdWaits)
            {
                Advance(dueTime);
            }
        }

        return timer;
    }
}
