using Ecosystem.Domain.Intake;
using Ecosystem.Domain.Issues;
using Microsoft.Extensions.Time.Testing;

namespace Ecosystem.Domain.Tests.Intake;

/// <summary>Paths, the shipped form, rules at a fixed time, and issues built from corpus bodies.</summary>
internal static class IntakeFixtures
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ecosystem.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Ecosystem.slnx not found above " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<ApplicationForm> ShippedForm = new(() => ApplicationForm.Parse(File.ReadAllText(TemplatePath), TemplatePath));

    public static string RepositoryRoot => Root.Value;

    public static string TemplatePath => Path.Combine(RepositoryRoot, ".github", "ISSUE_TEMPLATE", "application.yml");

    public static string TestsDirectory => Path.Combine(RepositoryRoot, "tests", "Ecosystem.Domain.Tests", "Intake");

    public static string BodiesDirectory => Path.Combine(TestsDirectory, "Bodies");

    public static ApplicationForm Form => ShippedForm.Value;

    /// <summary>Another foundation's form with checkboxes: a question with two boxes it requires (one with a link), one with none required.</summary>
    public static ApplicationForm FormWithBoxes { get; } = ApplicationForm.Parse("""
        name: Sandbox application
        body:
        - {type: input, id: repository-url, attributes: {label: Source repository}, validations: {required: true}}
        - {type: textarea, id: maintainers, attributes: {label: Maintainers}, validations: {required: true}}
        - type: checkboxes
          attributes:
            label: Code of conduct
            options:
            - {label: We follow the foundation's code of conduct, required: true}
            - {label: We would like a blog post}
            - {label: "We agree to the [charter](https://foundation.example.org/charter)", required: true}
        - type: checkboxes
          attributes: {label: Extras, options: [{label: A talk at the conference, required: false}]}
        """, "sandbox.yml");

    public static IntakeRules Rules => new() { Time = new FakeTimeProvider(Now) };

    public static IntakeAssessor Assessor(IntakeRules? rules = null) => new(Form, rules ?? Rules);

    public static IssueSnapshot Issue(string body, string title = "[Ecosystem] TorchRender", IReadOnlyList<string>? labels = null, int number = 42) =>
        new(number, title, body, "janedoe", true, labels ?? ["New"], Now.AddDays(-3), null, $"https://github.com/pytorch-fdn/ecosystem/issues/{number}");

    public static string Body(string name) => File.ReadAllText(Path.Combine(BodiesDirectory, name + ".md"));

    public static IEnumerable<string> CorpusNames() =>
        Directory.EnumerateFiles(BodiesDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
}
