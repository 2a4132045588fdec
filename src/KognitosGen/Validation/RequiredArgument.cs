using System;

namespace KognitosGen.Validation;

internal static class RequiredArgument
{
    public static string NotEmpty(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} must not be null or empty.", name) : value!;

    public static T NotNull<T>(T? value, string name) where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static void PageSize(int? value, string name)
    {
        if (value is < 1 or > 100)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between 1 and 100.");
    }
}
