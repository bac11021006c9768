using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class PackageNamesTests
{
    [TestMethod]
    public void Names_come_from_the_repository_and_the_title_without_prefix_or_tagline()
    {
        var names = PackageNames.Guess(new RepositoryReference("org", "Torch_Render"), "[Ecosystem] Torch Render: fast differentiable rendering");

        CollectionAssert.AreEqual(new[] { "torch-render" }, names.ToList());
    }

    [TestMethod]
    public void Distinct_title_name_is_added_after_the_repository_name()
    {
        var names = PackageNames.Guess(new RepositoryReference("org", "tr-core"), "[ecosystem]TorchRender - rendering");

        CollectionAssert.AreEqual(new[] { "tr-core", "torchrender" }, names.ToList());
    }

    [TestMethod]
    public void Template_title_gives_no_name() =>
        Assert.IsEmpty(PackageNames.Guess(null, "[Ecosystem] <Project Name>"));
}
