using System.Runtime.CompilerServices;

namespace Ecosystem.Domain.Tests.Scheduling;

/// <summary>
/// Golden files beside this source file (Golden/*.md). A missing golden file is written and the test fails, so a
/// new text is reviewed once as a file; after that any change to the text fails until the file is updated.
/// </summary>
internal static class Golden
{
    public static void AssertMatches(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Golden", name);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, actual);
            Assert.Fail($"Golden file {path} did not exist; it has been written. Review it and run again.");
        }

        Assert.AreEqual(File.ReadAllText(path).ReplaceLineEndings("\n"), actual, $"The text differs from {path}.");
    }
}
