namespace Ecosystem.Actions.Configuration;

/// <summary>The shape a configuration key expects, derived from the option property's type.</summary>
internal enum SettingKind
{
    Section,
    Text,
    WholeNumber,
    Flag,
    Choice,
    Date,
    TextList,
    DateList,
    TextMap,
}
