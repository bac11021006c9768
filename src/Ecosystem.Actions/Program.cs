using System.Runtime.InteropServices;
using Ecosystem.Actions.Hosting;

using var cancellation = new CancellationTokenSource();

// Ctrl+C at a terminal and the runner's SIGTERM when a job is cancelled: the run stops at its next safe point, and
// what it changed so far stays.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

return await ProgramHost.RunAsync(args, HostEnvironment.FromProcess(), cancellation.Token);

void Cancel(PosixSignalContext signal)
{
    signal.Cancel = true;
    cancellation.Cancel();
}
