#if !NET5_0_OR_GREATER
namespace System.Runtime.CompilerServices;

// Lets netstandard2.0 compile init-only setters; the compiler only needs the type to exist.
internal static class IsExternalInit
{
}
#endif
