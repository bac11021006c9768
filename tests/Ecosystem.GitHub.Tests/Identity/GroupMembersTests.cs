using System.Net;
using System.Text.Json;
using Ecosystem.GitHub.Identity;
using Ecosystem.GitHub.Tests.Fakes;

namespace Ecosystem.GitHub.Tests.Identity;

[TestClass]
public sealed class GroupMembersTests
{
    [TestMethod]
    public async Task Users_and_team_members_are_one_set_whatever_the_case()
    {
        using var github = new TestGateway();
        github.Handler.RespondJson(JsonSerializer.Serialize(new[] { GitHubJson.User("Alice"), GitHubJson.User("carol") }));

        var members = await github.Gateway.GetGroupMembersAsync(["alice", "bob"], "pytorch-fdn/ecosystem-wg", "people.working-group.team");

        Assert.HasCount(3, members);
        Assert.IsTrue(members.Contains("ALICE") && members.Contains("bob") && members.Contains("carol"));
        StringAssert.StartsWith(github.Handler.Requests.Single().PathAndQuery, "/api/v3/orgs/pytorch-fdn/teams/ecosystem-wg/members?");
    }

    [TestMethod]
    public async Task Without_a_team_only_the_users_belong_and_nothing_is_read()
    {
        using var github = new TestGateway();

        var members = await github.Gateway.GetGroupMembersAsync(["alice"], string.Empty, "people.staff.team");

        CollectionAssert.AreEqual(new[] { "alice" }, members.ToArray());
        Assert.IsEmpty(github.Handler.Requests);
    }

    [TestMethod]
    public async Task A_team_that_cannot_be_read_is_an_error_naming_the_key_and_the_scope_never_the_users_alone()
    {
        using var github = new TestGateway();
        github.Handler.Respond(HttpStatusCode.NotFound, """{"message":"Not Found"}""");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => github.Gateway.GetGroupMembersAsync(["alice"], "pytorch-fdn/staff", "people.staff.team"));

        StringAssert.StartsWith(error.Message, "people.staff.team: the members of team pytorch-fdn/staff could not be read (");
        StringAssert.EndsWith(error.Message, "). The token needs the read:org scope (or organization Members: read for a GitHub App).");
    }
}
