namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>One Dockerfile instruction with continuation lines joined; <see cref="Line"/> is where it starts.</summary>
internal sealed record DockerInstruction(string Keyword, string Arguments, int Line)
{
    /// <summary>The arguments split on white space, for the shell-free forms used here (COPY, RUN of one command).</summary>
    public IReadOnlyList<string> Words => Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
