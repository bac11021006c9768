using System.Runtime.CompilerServices;

namespace Ecosystem.Domain.Tests.Guardians;

/// <summary>
/// Compares a rendered text with <c>Guardians/Golden/{name}.md</c>. Run the tests with
/// <c>ECOSYSTEM_UPDATE_GOLDEN=1</c> to rewrite the golden files from the output, then review the diff.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var fileName = name + ".md";
        if (Environment.GetEnvironmentVariable("ECOSYSTEM_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(caller)!, "Golden", fileName), actual + "\n");
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, "Guardians", "Golden", fileName);
        Assert.IsTrue(File.Exists(path), $"No golden file {path}; run with ECOSYSTEM_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd('\n');
        Assert.AreEqual(expected, actual, $"The text differs from Golden/{fileName}.");
    }
}
