using System.Runtime.CompilerServices;

namespace Ecosystem.Domain.Tests.Voting;

/// <summary>Rendered comments compared with files under <c>Voting/Golden</c>; set UPDATE_GOLDEN=1 to rewrite them.</summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.IsTrue(File.Exists(path), $"Golden file {path} is missing; run the tests once with UPDATE_GOLDEN=1 and review it.");
        Assert.AreEqual(File.ReadAllText(path), actual, $"Rendered text differs from {path}.");
    }
}
