using System;

namespace KognitosGen.Validation;

/// <summary>One setting that breaks a rule of <see cref="OptionRules"/>: which one and what is wrong, never its value.</summary>
internal sealed class OptionProblem
{
    public OptionProblem(string option, string problem, OptionProblemKind kind)
    {
        Option = option;
        Problem = problem;
        Kind = kind;
    }

    /// <summary>The setting's property path from the options checked, such as <c>Retry.MaxRetries</c>.</summary>
    public string Option { get; }

    /// <summary>What is wrong, to follow the setting's name: <c>must be 0 or more.</c></summary>
    public string Problem { get; }

    public OptionProblemKind Kind { get; }

    /// <summary>The message naming the setting as a property (prefix <c>KognitosClientOptions.</c>) or, with a configuration path, as its key.</summary>
    public string Describe(string? configurationPath, string propertyPrefix) =>
        configurationPath is null
            ? $"{propertyPrefix}{Option} {Problem}"
            : $"{configurationPath}:{Option.Replace('.', ':')} {Problem}";

    /// <summary>The exception a constructor or call that meets this problem throws (the types the client has always thrown).</summary>
    public Exception ToException(string propertyPrefix, string parameterName)
    {
        var message = Describe(null, propertyPrefix);
        return Kind switch
        {
            OptionProblemKind.OutOfRange => new ArgumentOutOfRangeException(Option, message),
            OptionProblemKind.Missing => new InvalidOperationException($"No Kognitos API key: {message}"),
            OptionProblemKind.Null => new ArgumentNullException(parameterName, message),
            _ => new ArgumentException(message, parameterName),
        };
    }
}
