namespace KognitosGen.Emulator;

/// <summary>Markup the page itself wrote, inserted into an <see cref="HtmlBuilder"/> as it is.</summary>
internal readonly record struct HtmlRaw(string Value);
