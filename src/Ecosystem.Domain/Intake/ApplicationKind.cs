namespace Ecosystem.Domain.Intake;

public enum ApplicationKind
{
    /// <summary>The body carries the form's headings.</summary>
    Application,

    /// <summary>Titled or labelled like an application (the new label or the application label), but the form was replaced by free text.</summary>
    LostForm,

    /// <summary>No form headings, no application label, no template title: not ours to judge.</summary>
    NotAnApplication,
}
