using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class WebLinkTests
{
    [TestMethod]
    [DataRow("https://github.com/pytorch-fdn/ecosystem", "https://github.com/pytorch-fdn/ecosystem")]
    [DataRow("http://example.org", "http://example.org/")]
    [DataRow("HTTPS://Example.ORG/Path", "https://example.org/Path")]
    [DataRow("https://example.org:8443/x?a=1#top", "https://example.org:8443/x?a=1#top")]
    [DataRow("https://user:secret@example.org/", "https://user:secret@example.org/")]
    [DataRow("https://bücher.example/", "https://bücher.example/")]
    [DataRow("  https://example.org/  ", "https://example.org/")]
    public void An_absolute_http_or_https_url_is_taken(string text, string absolute)
    {
        Assert.IsTrue(WebLink.TryHttp(text, out var url));
        Assert.AreEqual(absolute, url.AbsoluteUri);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("   ")]
    [DataRow("example.org")]
    [DataRow("/relative/path")]
    [DataRow("../up")]
    [DataRow("//example.org/x")]
    [DataRow("ftp://mirror.example.org")]
    [DataRow("file:///etc/passwd")]
    [DataRow("javascript:alert(1)")]
    [DataRow("JavaScript://example.org/%0Aalert(1)")]
    [DataRow("data:text/html,<script>alert(1)</script>")]
    [DataRow("mailto:someone@example.org")]
    [DataRow("https://example.org:99999/")]
    [DataRow("https://")]
    [DataRow("https:// example.org")]
    public void Anything_else_is_refused(string? text)
    {
        Assert.IsFalse(WebLink.TryHttp(text, out var url));
        Assert.IsNull(url);
    }

    [TestMethod]
    [DataRow("https://github.com/pytorch-fdn/ecosystem/issues/42")]
    [DataRow("https://github.com/pytorch-fdn/ecosystem/issues/42#issuecomment-1234567")]
    [DataRow("https://example.org:8443/docs?page=2&lang=en")]
    [DataRow("https://example.org/a%20b")]
    [DataRow("https://xn--bcher-kva.example/")]
    [DataRow("https://bücher.example/")]
    [DataRow("https://example.org/ü")]
    public void A_plain_https_address_may_stand_in_markdown(string text) => Assert.IsTrue(WebLink.IsPlainHttps(text));

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("http://example.org/")]
    [DataRow("HTTPS://example.org/")]
    [DataRow(" https://example.org/")]
    [DataRow("https://example.org/ ")]
    [DataRow("https://")]
    [DataRow("https://example.org:99999/")]
    [DataRow("/issues/42")]
    [DataRow("javascript:alert(1)")]
    [DataRow("data:text/html;base64,PHNjcmlwdD4=")]
    [DataRow("https://example.org/a b")]
    [DataRow("https://example.org/a\tb")]
    [DataRow("https://example.org/a\nb")]
    [DataRow("https://example.org/a\u0000b")]
    [DataRow("https://example.org/a\u007Fb")]
    [DataRow("https://example.org/a\u0085b")]
    [DataRow("https://example.org/x)[y](javascript:alert(1)")]
    [DataRow("https://example.org/(x)")]
    [DataRow("https://example.org/<x>")]
    [DataRow("https://example.org/[x]")]
    [DataRow("https://example.org/\"title\"")]
    [DataRow("https://example.org/`code`")]
    [DataRow("https://example.org/a|b")]
    [DataRow("https://user:secret@example.org/")]
    [DataRow("https://example.org/@octocat")]
    public void Anything_that_could_end_or_disguise_a_markdown_link_is_refused(string? text) => Assert.IsFalse(WebLink.IsPlainHttps(text));

    [TestMethod]
    public void A_configured_address_that_is_not_http_is_refused_saying_so()
    {
        Assert.IsTrue(WebLink.TryReadHttp("http://localhost:8080/simple", out var url, out _));
        Assert.AreEqual("http://localhost:8080/simple", url);
        Assert.IsFalse(WebLink.TryReadHttp("ftp://mirror.example.org", out _, out var problem));
        Assert.AreEqual("`ftp://mirror.example.org` is not an absolute http(s) URL", problem);
    }
}
