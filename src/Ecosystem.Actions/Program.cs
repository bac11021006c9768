using System.Collections;
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

var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
{
    environment[(string)variable.Key] = variable.Value as string;
}

return await ProgramHost.RunAsync(args, new HostEnvironment(environment, Console.Out, Console.Error, TimeProvider.System), catalog, cancellation.Token);

void Cancel(PosixSignalContext signal)
{
    signal.Cancel = true;
    cancellation.Cancel();
}
