using System.Runtime.InteropServices;
using Ecosystem.Actions.Hosting;

// First of all: the command's preparation then runs on the other core while the rest of the program starts.
var catalog = CommandCatalog.Default;
ProgramHost.Prepare(args, catalog);

using var cancellation = new CancellationTokenSource();

// Ctrl+C at a terminal and the runner's SIGTERM when a job is cancelled: the run stops at its next safe point, and
// what it changed so far stays.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel);

return await ProgramHost.RunAsync(args, HostEnvironment.FromProcess(), catalog, cancellation.Token);

void Cancel(PosixSignalContext signal)
{
    signal.Cancel = true;
    cancellation.Cancel();
}
