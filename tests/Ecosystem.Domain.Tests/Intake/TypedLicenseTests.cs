using Ecosystem.Domain.Intake;

namespace Ecosystem.Domain.Tests.Intake;

[TestClass]
public sealed class TypedLicenseTests
{
    [TestMethod]
    [DataRow("Apache 2.0", "Apache-2.0")]
    [DataRow("Apache License, Version 2.0", "Apache-2.0")]
    [DataRow("BSD 3-Clause", "BSD-3-Clause")]
    [DataRow("bsd-3-clause", "BSD-3-Clause")]
    [DataRow("BSD 2-Clause \"Simplified\"", "BSD-2-Clause")]
    [DataRow("MIT License", "MIT")]
    [DataRow("GNU GPL v3", "GPL-3.0")]
    [DataRow("Mozilla Public License 2.0", "MPL-2.0")]
    [DataRow("mit", "MIT")]
    [DataRow("Apache2", "Apache-2.0")]
    [DataRow("GPLv3", "GPL-3.0")]
    [DataRow("AGPL-3.0", "AGPL-3.0")]
    [DataRow("AGPL-3.0-only", "AGPL-3.0")]
    [DataRow("Proprietary", null)]
    [DataRow("BSD", null)]
    [DataRow("GNU Lesser General Public License v3.0", "LGPL-3.0")]
    [DataRow("GNU Lesser General Public License v2.1", "LGPL-2.1")]
    [DataRow("Eclipse Public License 1.0", "EPL-1.0")]
    [DataRow("Mozilla Public License 1.1", "MPL-1.1")]
    // The Business Source License ("BSL 1.1") restricts use; the Boost licence is BSL-1.0.
    [DataRow("Boost Software License 1.0", "BSL-1.0")]
    [DataRow("BSL-1.0", "BSL-1.0")]
    [DataRow("BSL 1.1", null)]
    [DataRow("Business Source License (BSL)", null)]
    // Each licence is read with its own version: a second licence's number is not the first one's.
    [DataRow("BSD-3-Clause; a few vendored files are GPLv2", "BSD-3-Clause")]
    [DataRow("BSD 3-Clause, the plugin API under LGPL 2.1", "BSD-3-Clause")]
    [DataRow("GNU General Public License, version 2", "GPL-2.0")]
    // A choice between licences is read as its permissive one, wherever it is written.
    [DataRow("GPL-3.0 OR MIT", "MIT")]
    [DataRow("GPLv3/BSD-2-Clause dual licence", "BSD-2-Clause")]
    public void Typed_licence_is_read_as_spdx(string typed, string? spdx)
    {
        var license = TypedLicense.Read(typed, IntakeFixtures.Rules.PermissiveLicenses);

        Assert.AreEqual(spdx, license.SpdxId);
        Assert.IsFalse(license.IsLink);
    }

    [TestMethod]
    public void Link_to_a_license_file_names_no_licence()
    {
        var license = TypedLicense.Read("https://github.com/org/repo/blob/main/LICENSE", []);

        Assert.IsTrue(license.IsLink);
        Assert.IsNull(license.SpdxId);
    }

    [TestMethod]
    [DataRow("https://github.com/org/repo/blob/main/LICENSE-MIT", "MIT")]
    [DataRow("https://opensource.org/licenses/MIT", "MIT")]
    [DataRow("https://www.apache.org/licenses/LICENSE-2.0", "Apache-2.0")]
    [DataRow("https://github.com/mit-lab/repo/blob/main/LICENSE", null)]
    public void Link_is_read_by_its_path(string link, string? spdx)
    {
        var license = TypedLicense.Read(link, []);

        Assert.IsTrue(license.IsLink);
        Assert.AreEqual(spdx, license.SpdxId);
    }

    [TestMethod]
    [DataRow("Apache 2.0, free for research use only", true)]
    [DataRow("MIT, not for commercial use", true)]
    [DataRow("BSD-3-Clause (academic use only)", true)]
    [DataRow("Apache-2.0; no commercial use of the weights", true)]
    [DataRow("MIT for research purposes only", true)]
    [DataRow("MIT (personal use only)", true)]
    [DataRow("Apache 2.0 with the Commons Clause", true)]
    [DataRow("MIT, commercial use allowed", false)]
    [DataRow("Apache 2.0, used in research and in industry", false)]
    [DataRow("BSD-3-Clause; the only licence in the repository", false)]
    public void Terms_that_restrict_use_are_read_however_they_are_worded(string typed, bool restricted) =>
        Assert.AreEqual(restricted, TypedLicense.Read(typed, IntakeFixtures.Rules.PermissiveLicenses).Restricted);

    [TestMethod]
    public void Spdx_variants_compare_equal() => Assert.IsTrue(TypedLicense.SameLicense("GPL-3.0-only", "GPL-3.0"));

    [TestMethod]
    public void Licence_named_beside_its_link_is_read()
    {
        var license = TypedLicense.Read("MIT (https://github.com/org/repo/blob/main/LICENSE)", []);

        Assert.IsTrue(license.IsLink);
        Assert.AreEqual("MIT", license.SpdxId);
    }

    [TestMethod]
    [DataRow("LicenseRef-Custom", true)]
    [DataRow("GPL-2.0+", true)]
    [DataRow("MIT License", false)]
    [DataRow("-MIT", false)]
    public void A_configured_licence_id_must_look_like_an_spdx_id(string text, bool read)
    {
        Assert.AreEqual(read, TypedLicense.TryReadSpdxId(text, out _, out var problem));
        Assert.AreEqual(read ? "" : $"`{text}` does not look like an SPDX licence id (such as MIT or Apache-2.0)", problem);
    }
}
