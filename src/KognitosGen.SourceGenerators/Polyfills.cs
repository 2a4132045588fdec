namespace System.Runtime.CompilerServices
{
    // Lets netstandard2.0 compile records and init-only setters; the compiler only needs the type to exist.
    internal static class IsExternalInit
    {
    }
}
