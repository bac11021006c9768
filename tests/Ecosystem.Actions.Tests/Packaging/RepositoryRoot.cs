namespace Ecosystem.Actions.Tests.Packaging;

/// <summary>The checked-out repository, found from the test assembly's folder upwards.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "Ecosystem.slnx";

    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, Marker)))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No {Marker} above {AppContext.BaseDirectory}: the packaging tests read the repository's files.");
    }
}
