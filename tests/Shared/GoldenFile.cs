using System.Runtime.CompilerServices;

namespace Ecosystem.Tests;

/// <summary>
/// Compares a rendered text with its golden file in the <c>Golden/</c> folder beside the calling test's source, so
/// every wording change is reviewed as a diff of text. Run the tests with <c>UPDATE_GOLDEN=1</c> to rewrite the
/// golden files from the output, then review the diff before committing.
/// </summary>
internal static class GoldenFile
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string caller = "")
    {
        var fileName = Path.HasExtension(name) ? name : name + ".md";
        var path = Path.Combine(Path.GetDirectoryName(caller)!, "Golden", fileName);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.IsTrue(File.Exists(path), $"No golden file {path}; run the tests with UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.AreEqual(expected.TrimEnd('\n'), actual.ReplaceLineEndings("\n").TrimEnd('\n'), $"The text differs from {path}.");
    }
}
