using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class MarkdownTextTests
{
    [TestMethod]
    public void Long_text_is_cut_with_an_ellipsis()
    {
        Assert.AreEqual("abc…", MarkdownText.Inline("abcdef", 3));
    }

    /// <summary>
    /// A cut between the two halves of an emoji left a lone surrogate, which reaches GitHub as U+FFFD: the comment
    /// GitHub then holds is never the comment wanted, so every run would write it again.
    /// </summary>
    [TestMethod]
    public void A_cut_never_splits_an_emoji()
    {
        Assert.AreEqual("ab…", MarkdownText.Inline("ab😀cd", 3));
        Assert.AreEqual("ab😀…", MarkdownText.Inline("ab😀cd", 4));
        Assert.AreEqual("ab…", HtmlText.Inline("ab😀cd", 3));
    }
}
