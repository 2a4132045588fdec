using System;

namespace KognitosGen;

/// <summary>Marks a <see cref="KognitosFile"/> property of a <see cref="KognitosProcessAttribute"/> class as a file uploaded before the run and passed in its <c>file_ids</c>.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class KognitosFileAttribute : Attribute
{
    /// <summary>Names the fact.</summary>
    /// <param name="factName">the name the process uses for the file, for example "invoice".</param>
    public KognitosFileAttribute(string factName) => FactName = factName;

    /// <summary>The fact name as written in the Kognitos process.</summary>
    public string FactName { get; }
}
