using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Tests.Commands.Status;

/// <summary>
/// Debian's Chromium, driven from the command line (<c>--headless --dump-dom</c> and <c>--screenshot</c>; Playwright's
/// browser download cannot be fetched here). Headless Chromium will not make its window narrower than 500 pixels,
/// so the page is shown in an iframe of the wanted width inside a probe page written beside it: the iframe is the
/// page's viewport (its media queries see that width), and the probe reads the page's layout and DOM from it once it
/// has loaded (and which of its dates, such as 2026-12-08, break across lines, by their client rects). Console messages
/// (errors, blocked loads, policy violations) are read from Chromium's own log.
/// </summary>
internal static partial class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    /// <summary>The browser on PATH; a test fails with how to install it when there is none.</summary>
    public static string Executable =>
        Names.SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists)
        ?? throw new AssertFailedException("No Chromium on PATH: install Debian's package (`sudo apt-get install -y chromium`); .ci/run does.");

    /// <summary>Renders <paramref name="page"/> at a viewport of <paramref name="width"/> × <paramref name="height"/> pixels and saves a screenshot.</summary>
    public static async Task<RenderedPage> RenderAsync(string page, int width, int height, string screenshot)
    {
        var directory = Path.GetDirectoryName(page)!;
        var probe = Path.Combine(directory, $"probe-{width.ToString(CultureInfo.InvariantCulture)}.html");
        await File.WriteAllTextAsync(probe, ProbePage(Path.GetFileName(page), width, height));
        var url = new Uri(probe).AbsoluteUri;

        var (dom, log) = await RunAsync(directory, width, height, "--dump-dom", url);
        _ = await RunAsync(directory, width, height, "--screenshot=" + screenshot, url);

        var found = ProbeResult().Match(dom);
        Assert.IsTrue(found.Success, $"The probe did not report (did the page load?).\n{dom}\n{log}");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(found.Groups[1].Value));
        var root = json.RootElement;
        Assert.IsFalse(root.TryGetProperty("error", out var error), "The probe could not read the page: " + error);
        var console = log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return new RenderedPage(
            root.GetProperty("html").GetString()!,
            root.GetProperty("text").GetString()!,
            root.GetProperty("scrollWidth").GetInt32(),
            root.GetProperty("clientWidth").GetInt32(),
            root.GetProperty("queueOverflow").GetInt32(),
            root.GetProperty("scripts").GetInt32(),
            root.GetProperty("images").GetInt32(),
            [.. root.GetProperty("wrappedDates").EnumerateArray().Select(date => date.GetString()!)],
            console,
            screenshot);
    }

    private static async Task<(string Stdout, string Stderr)> RunAsync(string directory, int width, int height, string action, string url)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
            };
            foreach (var argument in new[]
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--hide-scrollbars", "--allow-file-access-from-files", "--user-data-dir=" + profile,
                $"--window-size={width.ToString(CultureInfo.InvariantCulture)},{height.ToString(CultureInfo.InvariantCulture)}",
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", action, url,
            })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new AssertFailedException($"Chromium did not finish {action} within 3 minutes.");
            }

            return (await stdout, await stderr);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>The page in an iframe of the viewport's size; once it has loaded, a JSON report of it in <c>pre#probe</c>.</summary>
    private static string ProbePage(string page, int width, int height) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>probe</title></head>
        <body style="margin:0">
        <iframe id="page" src="{{page}}" style="display:block;border:0;width:{{width}}px;height:{{height}}px"></iframe>
        <script>
        document.getElementById('page').addEventListener('load', function () {
          var out = document.createElement('pre');
          out.id = 'probe';
          try {
            var d = this.contentDocument, e = d.documentElement, queue = d.querySelector('#queue-table');
            var wrapped = [], walk = d.createTreeWalker(d.body, NodeFilter.SHOW_TEXT), node, date, dates = /\d{4}-\d{2}-\d{2}/g;
            while ((node = walk.nextNode())) {
              while ((date = dates.exec(node.data))) {
                var range = d.createRange();
                range.setStart(node, date.index);
                range.setEnd(node, date.index + date[0].length);
                if (new Set(Array.from(range.getClientRects(), function (r) { return Math.round(r.top); })).size > 1) wrapped.push(date[0]);
              }
            }
            out.textContent = JSON.stringify({
              scrollWidth: e.scrollWidth, clientWidth: e.clientWidth,
              queueOverflow: queue ? queue.parentElement.scrollWidth - queue.parentElement.clientWidth : 0,
              scripts: d.querySelectorAll('script').length, images: d.querySelectorAll('img').length, wrappedDates: wrapped,
              html: e.outerHTML, text: d.body.innerText });
          } catch (x) {
            out.textContent = JSON.stringify({ error: String(x) });
          }
          document.body.appendChild(out);
        });
        </script>
        </body></html>
        """;

    [GeneratedRegex("<pre id=\"probe\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ProbeResult();
}
