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

    public static IntakeRules Rules => new() { Time = new FakeTimeProvider(Now) };

    public static IntakeAssessor Assessor(IntakeRules? rules = null) => new(Form, rules ?? Rules);

    public static IssueSnapshot Issue(string body, string title = "[Ecosystem] TorchRender", IReadOnlyList<string>? labels = null, int number = 42) =>
        new(number, title, body, "janedoe", true, labels ?? ["New"], Now.AddDays(-3), null, $"https://github.com/pytorch-fdn/ecosystem/issues/{number}");

    public static string Body(string name) => File.ReadAllText(Path.Combine(BodiesDirectory, name + ".md"));

    public static IEnumerable<string> CorpusNames() =>
        Directory.EnumerateFiles(BodiesDirectory, "*.md").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
}
