namespace Ecosystem.Actions.Tests.Commands.Status;

/// <summary>
/// The browser checks can fail: a page that logs to the console, loads from elsewhere, is too wide and breaks a date across
/// lines is caught.
/// </summary>
[TestClass]
public sealed class ChromiumProbeTests
{
    [TestMethod]
    public async Task A_console_message_a_blocked_load_and_sideways_scrolling_are_all_seen()
    {
        var directory = Directory.CreateTempSubdirectory("chromium-probe-").FullName;
        try
        {
            var page = Path.Combine(directory, "index.html");
            await File.WriteAllTextAsync(page, """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
                </head><body><div style="width:700px">too wide for a phone</div><div style="width:3em">2026-12-08</div>
                <img src="https://cdn.example/logo.png" alt="">
                <script>console.error("something broke");</script></body></html>
                """);

            var rendered = await Chromium.RenderAsync(page, 390, 600, Path.Combine(directory, "shot.png"));

            Assert.AreEqual(390, rendered.ViewportWidth);
            Assert.IsGreaterThan(390, rendered.ScrollWidth);
            Assert.IsTrue(rendered.ConsoleMessages.Any(m => m.Contains("something broke", StringComparison.Ordinal)), string.Join('\n', rendered.ConsoleMessages));
            Assert.IsTrue(rendered.ConsoleMessages.Any(m => m.Contains("cdn.example", StringComparison.Ordinal)), string.Join('\n', rendered.ConsoleMessages));
            CollectionAssert.AreEqual(new[] { "2026-12-08" }, rendered.WrappedDates.ToArray());
            Assert.AreEqual(1, rendered.Scripts);
            Assert.IsTrue(File.Exists(rendered.Screenshot));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
