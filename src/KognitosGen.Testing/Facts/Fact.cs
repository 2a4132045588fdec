using System;

namespace KognitosGen.Testing;

/// <summary>One fact of a process class: its name in Kognitos, the property that carries it, and that property's type.</summary>
internal sealed record Fact(string Name, string PropertyName, Type Type);
