namespace Ecosystem.GitHub.Packages;

/// <summary>Base URLs of the package indexes an application may name.</summary>
public sealed record PackageIndexOptions
{
    public Uri PyPIUrl { get; init; } = new("https://pypi.org/");

    public Uri CondaUrl { get; init; } = new("https://api.anaconda.org/");
}
