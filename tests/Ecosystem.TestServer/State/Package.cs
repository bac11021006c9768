namespace Ecosystem.TestServer.State;

/// <summary>A package on a package index (PyPI or conda-forge) outside GitHub.</summary>
public sealed record Package(string Name, string Version, string? Summary, string? HomePage);
