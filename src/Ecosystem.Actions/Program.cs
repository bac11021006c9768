using System.Runtime.InteropServices;
using Ecosystem.Actions.Hosting;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) =>
{
    press.Cancel = true;
    cancellation.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

return await ProgramHost.RunAsync(args, HostEnvironment.FromProcess(), cancellation.Token);
