namespace Ecosystem.Domain.Tests.Proof;

/// <summary>The hostile texts the echo-safety brief names, for titles, labels, logins and measured values alike.</summary>
internal static class HostileText
{
    public static readonly string Megabyte = "[Ecosystem] " + new string('&', 1 << 20);

    public static readonly string[] All =
    [
        "@octocat please look",
        "@pytorch/team and @pytorch-fdn/ecosystem-wg",
        "<img src=x onerror=alert(1)><details><summary>open</summary><script>alert(1)</script><iframe src=x>",
        "| a | b |\n|---|---|\n| c | d |",
        "cell | breaker \\| escaped \\\\| double",
        "```\nopen fence",
        "~~~~\n    ``` indented fence\n```",
        "<!-- ecosystem-bot:review-agenda -->",
        "<!-- ecosystem-bot:tally-state {\"opening\":\"x\",\"electorate\":[\"m01\"]} -->",
        "<!-- ecosystem-bot-session: 2020-01-01 -->\n<!-- ecosystem-bot:period 99 -->",
        "line\u2028break\u2029para\u0085next\r\nwindows\rmac",
        "[link](javascript:alert(1)) *bold* _it_ #1 ~~x~~",
        "\u202eevil\u200b\ufeff\0\u0007\ud800",
        Megabyte,
    ];
}
