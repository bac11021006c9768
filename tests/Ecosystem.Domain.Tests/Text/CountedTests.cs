using Ecosystem.Domain.Text;

namespace Ecosystem.Domain.Tests.Text;

[TestClass]
public sealed class CountedTests
{
    [TestMethod]
    [DataRow(0, "0 applications")]
    [DataRow(1, "1 application")]
    [DataRow(2, "2 applications")]
    [DataRow(1000, "1000 applications")]
    public void A_count_takes_the_singular_for_one_alone(int n, string expected)
    {
        Assert.AreEqual(expected, Counted.Of(n, "application"));
    }

    [TestMethod]
    public void A_noun_whose_plural_is_not_its_singular_and_s_is_given_both()
    {
        Assert.AreEqual("1 member has", Counted.Of(1, "member has", "members have"));
        Assert.AreEqual("3 members have", Counted.Of(3, "member has", "members have"));
    }
}
