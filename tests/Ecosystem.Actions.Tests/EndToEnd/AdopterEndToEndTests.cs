using System.Text.RegularExpressions;

namespace Ecosystem.Actions.Tests.EndToEnd;

/// <summary>
/// Another foundation adopting the automation as the README says: its own names, every configurable label renamed, its
/// own application form (other labels, no PyTorch questions, a question of its own), sessions and people. Whatever an
/// applicant or the Working Group reads names that foundation, that form and those labels, never PyTorch's.
/// </summary>
[TestClass]
public sealed partial class AdopterEndToEndTests
{
    private const string FormPath = ".github/ISSUE_TEMPLATE/sandbox.yml";
    private const string Title = "[Sandbox] Meshwork";
    private const string Governance = "Where is the project's governance documented?";

    // The defaults the adopter renamed: none may reach a text it reads.
    private static readonly string[] DefaultLabels =
        ["Waiting on comment", "In review", "in voting", "Too early", "Blog candidate", "Blog completed", "review - scheduled", "`New`", "'New'"];

    /// <summary>Step 1 of the README: init writes the set-up, whose configuration has every key the adopter then sets.</summary>
    [TestMethod]
    public async Task Init_writes_a_configuration_with_the_keys_an_adopter_sets()
    {
        await using var world = await Adopter().StartAsync();

        var result = await world.Run.RunAsync(
            "workflow_dispatch", EventPayloads.WorkflowDispatch(new Dictionary<string, string>()), "init", "--output", "fresh");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var configuration = File.ReadAllText(Path.Combine(world.Run.Workspace, "fresh", ".github", "ecosystem.yml"));
        foreach (var key in (string[])["foundation:", "labels:", "application:", "template:", "sessions:", "people:", "requirements:", "onboarding:"])
        {
            StringAssert.Contains(configuration, key);
        }

        StringAssert.Contains(result.Stdout, "edit .github/ecosystem.yml (foundation, board, sessions, people)");
    }

    [TestMethod]
    public async Task A_complete_application_on_the_adopters_form_passes_intake_in_its_words()
    {
        await using var world = await Adopter().StartAsync();
        var issue = world.Apply(Fixture("complete.md"), Title, "sandbox-new");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("true", result.Outputs["valid"], result.Outputs["report"]);
        var report = world.OwnComments(issue).Single().Body;
        AssertAdoptersWords(report);
        AssertAdoptersWords(result.Summary);
        StringAssert.Contains(report, "Source repository", "the repository check is named by the form's own question");
        CollectionAssert.DoesNotContain(issue.Labels.ToList(), "needs-info");
    }

    [TestMethod]
    public async Task An_incomplete_application_is_told_the_forms_own_question_and_labelled_with_the_adopters_waiting_label()
    {
        await using var world = await Adopter().StartAsync();
        var issue = world.Apply(Fixture("incomplete.md"), Title, "sandbox-new");

        var result = await world.OpenedAsync(issue);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("false", result.Outputs["valid"]);
        var report = world.OwnComments(issue).Single().Body;
        AssertAdoptersWords(report);
        StringAssert.Contains(report, Governance, "the question of the adopter's own, answered TBD, is the one to fix");
        CollectionAssert.Contains(issue.Labels.ToList(), "needs-info");
    }

    [TestMethod]
    public async Task Schedule_tally_guard_and_the_status_page_speak_the_adopters_words()
    {
        await using var world = await Adopter().StartAsync();
        var complete = world.Apply(Fixture("complete.md"), Title, "sandbox-new");
        var incomplete = world.Apply(Fixture("incomplete.md"), "[Sandbox] Halfway", "sandbox-new");
        Assert.AreEqual(0, (await world.OpenedAsync(complete)).ExitCode);
        Assert.AreEqual(0, (await world.OpenedAsync(incomplete)).ExitCode);

        var scheduled = await world.Runs("schedule").NightlyAsync();

        Assert.AreEqual(0, scheduled.ExitCode, scheduled.ToString());
        CollectionAssert.Contains(complete.Labels.ToList(), "under-review", World.Writes(scheduled));
        CollectionAssert.DoesNotContain(incomplete.Labels.ToList(), "under-review");
        AssertAdoptersWords(scheduled.Summary);

        world.Say(complete, "sandbox-staff", "/vote open");
        world.Say(complete, "toc-ann", "/vote approve");
        world.Say(complete, "toc-ben", "/vote approve");
        var close = world.Say(complete, "sandbox-staff", "/vote close");
        var tallied = await world.Runs("tally").OnCommentAsync(close);

        Assert.AreEqual(0, tallied.ExitCode, tallied.ToString());
        Assert.AreEqual("approved", tallied.Outputs["outcome"], tallied.ToString());
        CollectionAssert.Contains(complete.Labels.ToList(), "approved");
        var onboarding = world.Repository.Issues.Single(i => i.Title.StartsWith("Onboarding", StringComparison.Ordinal));
        StringAssert.Contains(onboarding.Body, "Cloud Native Sandbox");
        StringAssert.Contains(onboarding.Body, "Add the project to the Cloud Native landscape");
        AssertAdoptersWords(onboarding.Body);

        // A maintainer puts the outcome label on the incomplete one: guard takes it off, naming the adopter's staff.
        world.Say(incomplete, "janedoe", "Labelling it myself.");
        incomplete.AddLabel("approved", "janedoe");
        var guarded = await world.Runs("guard").LabelChangedAsync(incomplete, "approved", "janedoe");

        Assert.AreEqual(0, guarded.ExitCode, guarded.ToString());
        CollectionAssert.DoesNotContain(incomplete.Labels.ToList(), "approved");
        StringAssert.Contains(world.OwnComments(incomplete)[^1].Body, "Cloud Native Foundation");

        var page = await world.Runs("status-page").NightlyAsync();

        Assert.AreEqual(0, page.ExitCode, page.ToString());
        var html = File.ReadAllText(Path.Combine(world.Run.Workspace, "_site", "index.html"));
        StringAssert.Contains(html, "Cloud Native Sandbox applications");
        AssertAdoptersWords(html);
        AssertAdoptersWords(page.Summary);
        foreach (var issue in world.Repository.Issues)
        {
            foreach (var comment in world.OwnComments(issue))
            {
                AssertAdoptersWords(comment.Body);
            }
        }
    }

    [TestMethod]
    public async Task Validate_names_the_adopters_bad_configuration_and_where_it_is()
    {
        await using var world = await Adopter().StartAsync();
        var configuration = Fixture("ecosystem.yml");
        world.Run.WithFile(
            ".github/ecosystem.yml", configuration.Replace("declined: \"rejected\"", "declined: \"approved\"", StringComparison.Ordinal));
        var issue = world.Apply(Fixture("complete.md"), Title, "sandbox-new");

        var shared = await world.OpenedAsync(issue);

        Assert.AreEqual(2, shared.ExitCode, shared.ToString());
        StringAssert.Contains(shared.Stdout, "file=.github/ecosystem.yml,line=14,col=3::labels.accepted and labels.declined are all `approved`");

        world.Run.WithFile(".github/ecosystem.yml", configuration.Replace("sandbox.yml", "sandbox.yaml", StringComparison.Ordinal));
        var missingForm = await world.OpenedAsync(issue);

        Assert.AreEqual(2, missingForm.ExitCode, missingForm.ToString());
        StringAssert.Contains(missingForm.Stdout, "application.template");
        StringAssert.Contains(missingForm.Stdout, ".github/ISSUE_TEMPLATE/sandbox.yaml");
        Assert.AreEqual(0, shared.WriteRequests.Count + missingForm.WriteRequests.Count);
    }

    private static World Adopter() =>
        World.Create().WithRepository("sandbox-org", "sandbox").WithMaintainers().WithApplicantRepository()
            .Seed(state =>
            {
                foreach (var login in (string[])["sandbox-staff", "toc-ann", "toc-ben", "toc-cy"])
                {
                    state.AddUser(login);
                }
            })
            .WithFile(FormPath, Fixture("sandbox.yml")).WithConfiguration(Fixture("ecosystem.yml")).Runs("validate");

    private static string Fixture(string name) => World.Fixture("EndToEnd/Adopter/" + name);

    private static void AssertAdoptersWords(string text)
    {
        Assert.IsFalse(PyTorch().IsMatch(text), $"PyTorch named to the adopter's readers:\n{text}");
        foreach (var label in DefaultLabels)
        {
            Assert.IsFalse(text.Contains(label, StringComparison.Ordinal), $"the default label {label} named instead of the adopter's:\n{text}");
        }
    }

    [GeneratedRegex("PyTorch|pip / conda")]
    private static partial Regex PyTorch();
}
