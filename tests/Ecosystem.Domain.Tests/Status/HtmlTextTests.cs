using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Status;

[TestClass]
public sealed class HtmlTextTests
{
    [TestMethod]
    [DataRow("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [DataRow("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [DataRow("Tom's &amp; Jerry", "Tom&#39;s &amp;amp; Jerry")]
    [DataRow("line\r\nbreak\ttab", "line  break tab")]
    [DataRow("right\u202Eto left\u2066x\u0007", "rightto leftx")]
    [DataRow("@pytorch/everyone #12", "@pytorch/everyone #12")]
    public void Text_shows_as_itself(string text, string expected)
    {
        Assert.AreEqual(expected, HtmlText.Inline(text));
    }

    [TestMethod]
    public void Long_text_is_cut_with_an_ellipsis()
    {
        Assert.AreEqual("abc…", HtmlText.Inline("abcdef", 3));
    }

    [TestMethod]
    [DataRow("https://github.com/a/b/issues/1?x=\"y\"", "https://github.com/a/b/issues/1?x=%22y%22")]
    [DataRow("javascript:alert(1)", "#")]
    [DataRow("data:text/html,hi", "#")]
    [DataRow("/relative", "#")]
    public void Only_web_links_are_kept(string url, string expected)
    {
        Assert.AreEqual(expected, HtmlText.Url(url));
    }
}
