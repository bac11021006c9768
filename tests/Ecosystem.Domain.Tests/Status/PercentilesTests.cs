using Ecosystem.Domain.Status;

namespace Ecosystem.Domain.Tests.Status;

/// <summary>Percentiles as numpy (and so github/issue-metrics) computes them: linear interpolation.</summary>
[TestClass]
public sealed class PercentilesTests
{
    [TestMethod]
    [DataRow(new double[] { 5 }, 50, 5)]
    [DataRow(new double[] { 4, 1, 3, 2 }, 50, 2.5)]
    [DataRow(new double[] { 1, 2, 3, 4 }, 90, 3.7)]
    [DataRow(new double[] { 1, 2, 3, 4, 10 }, 90, 7.6)]
    [DataRow(new double[] { 1, 2, 3, 4, 10 }, 50, 3)]
    public void Matches_numpy(double[] values, double percentile, double expected)
    {
        Assert.AreEqual(expected, Percentiles.Of(values, percentile)!.Value, 1e-9);
    }

    [TestMethod]
    public void No_value_has_no_percentile()
    {
        Assert.IsNull(Percentiles.Of([], 50));
    }
}
