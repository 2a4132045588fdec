using Microsoft.Extensions.Options;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// Validates each Kognitos client's options with the client's own rules (<see cref="KognitosClientOptions.Validate"/>),
/// naming every bad setting by its configuration key (<c>Kognitos:Retry:MaxRetries</c>, <c>Kognitos:eu:ApiKey</c>)
/// and never its value; <c>ValidateOnStart</c> runs it when the host starts.
/// </summary>
internal sealed class KognitosOptionsValidator(IOptions<KognitosClientNames> clients) : IValidateOptions<KognitosClientOptions>
{
    public ValidateOptionsResult Validate(string? name, KognitosClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (clients.Value.SectionPathOf(name ?? Options.DefaultName) is not { } sectionPath)
            return ValidateOptionsResult.Skip;
        var problems = options.Validate(sectionPath);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
