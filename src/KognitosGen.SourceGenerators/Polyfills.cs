namespace System.Runtime.CompilerServices
{
    // Lets netstandard2.0 compile records and init-only setters; the compiler only needs the type to exist.
    internal static class IsExternalInit
    {
    }

    // Lets netstandard2.0 declare interpolated string handlers (SourceWriter writes lines without building them first).
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    internal sealed class InterpolatedStringHandlerArgumentAttribute : Attribute
    {
        public InterpolatedStringHandlerArgumentAttribute(string argument) => Arguments = new[] { argument };

        public string[] Arguments { get; }
    }
}
