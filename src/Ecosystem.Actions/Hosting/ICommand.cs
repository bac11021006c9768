using System.CommandLine;

namespace Ecosystem.Actions.Hosting;

public interface ICommand
{
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>
    /// The command's own <c>--name VALUE</c> options; the shared ones (<see cref="ProgramCommandLine"/>) come on top.
    /// Each falls back to the action input of the same name (<c>--issue</c>: <c>INPUT_ISSUE</c>).
    /// </summary>
    IReadOnlyList<Option<string>> Options { get; }

    /// <summary>Whether the command reads <c>.github/ecosystem.yml</c>; one that does not (<c>init</c>) runs on defaults.</summary>
    bool ReadsConfiguration => true;

    /// <summary>
    /// Work the command needs whatever its options and configuration say (validate checks a specimen application, so
    /// that the form reader, the checks and the report template are ready), started on another core as soon as the first
    /// argument names the command (<see cref="ProgramHost.Prepare"/>): a short-lived action spends most of its time starting up.
    /// </summary>
    void Prepare()
    {
    }

    /// <summary>Runs the command and returns its exit code (0 success, 1 failure); it stops on <see cref="CommandContext.Cancellation"/>.</summary>
    Task<int> RunAsync(CommandContext context);
}
