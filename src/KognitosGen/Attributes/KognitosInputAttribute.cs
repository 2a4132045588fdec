using System;

namespace KognitosGen;

/// <summary>Marks a property of a <see cref="KognitosProcessAttribute"/> class as an input fact of the run.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class KognitosInputAttribute : Attribute
{
    /// <summary>Names the fact.</summary>
    /// <param name="factName">the name the process gives the fact, for example "invoice number".</param>
    public KognitosInputAttribute(string factName) => FactName = factName;

    /// <summary>The fact name as written in the Kognitos process.</summary>
    public string FactName { get; }
}
