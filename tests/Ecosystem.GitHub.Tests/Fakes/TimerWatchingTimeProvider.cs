using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.GitHub.Tests.Fakes;

/// <summary>A fake clock that tells when a timer of a given length is started (so a test advances time only after the wait began).</summary>
internal sealed class TimerWatchingTimeProvider(TimeSpan watchedDueTime)
    : FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 2, 0, TimeSpan.Zero))
{
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task TimerCreated => _created.Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime == watchedDueTime)
        {
            _created.TrySetResult();
        }

        return timer;
    }
}
