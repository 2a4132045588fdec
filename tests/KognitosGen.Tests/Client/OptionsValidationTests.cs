namespace KognitosGen.Tests.Client;

/// <summary>KognitosClientOptions.Validate: the constructor's rules, all problems at once, named as properties or configuration keys.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
public sealed class OptionsValidationTests
{
    private static KognitosClientOptions Bad() => new()
    {
        ApiKey = "k-secret-123",
        Region = (KognitosRegion)9,
        BaseUrl = new Uri("http://10.1.2.3:8080/"),
        MaxResponseBytes = 0,
        Retry = new KognitosRetryOptions { MaxDelay = TimeSpan.FromSeconds(-1) },
        Polling = new KognitosPollingOptions { Jitter = -0.1 },
    };

    [Fact]
    public void Valid_options_have_no_problems()
    {
        Assert.Empty(new KognitosClientOptions { ApiKey = "k" }.Validate());
        Assert.Empty(new KognitosClientOptions { ApiKey = "k", BaseUrl = new Uri("http://127.0.0.1:5080") }.Validate("Kognitos"));
    }

    [Fact]
    public void Every_problem_is_named_by_its_configuration_key_and_none_shows_a_value()
    {
        var problems = Bad().Validate("Kognitos");

        Assert.Equal(
        [
            "Kognitos:Region must be US, EU or UK.",
            "Kognitos:BaseUrl is refused: only https is allowed, or http to a loopback address (localhost, 127.0.0.0/8, [::1]).",
            "Kognitos:MaxResponseBytes must be positive.",
            "Kognitos:Retry:MaxDelay must not be negative.",
            "Kognitos:Polling:Jitter must be between 0 and 1.",
        ], problems);
        Assert.DoesNotContain(problems, p => p.Contains("10.1.2.3", StringComparison.Ordinal) || p.Contains("k-secret-123", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_path_problems_name_the_property_and_the_constructor_throws_the_first_of_them()
    {
        var options = Bad();
        options.Region = KognitosRegion.EU;

        var problems = options.Validate();
        var error = Assert.Throws<ArgumentException>(() => new KognitosClient(options));

        Assert.Equal("KognitosClientOptions.BaseUrl is refused: only https is allowed, or http to a loopback address (localhost, 127.0.0.0/8, [::1]).", problems[0]);
        Assert.StartsWith(problems[0], error.Message, StringComparison.Ordinal);
        Assert.Equal("KognitosClientOptions.Polling.Jitter must be between 0 and 1.", problems[^1]);
    }

    [Fact]
    public void A_key_only_in_the_environment_variable_counts_as_set()
    {
        var saved = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, null);
            Assert.Equal(["Kognitos:ApiKey is not set, nor is the KOGNITOS_API_KEY environment variable."], new KognitosClientOptions().Validate("Kognitos"));

            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, "from-the-environment");
            Assert.Empty(new KognitosClientOptions().Validate("Kognitos"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }

    [Fact]
    public void A_null_retry_or_polling_is_a_problem_not_a_crash()
    {
        var options = new KognitosClientOptions { ApiKey = "k", Retry = null!, Polling = null!, TimeProvider = null! };

        Assert.Equal(
            ["KognitosClientOptions.TimeProvider must not be null.", "KognitosClientOptions.Retry must not be null.", "KognitosClientOptions.Polling must not be null."],
            options.Validate());
    }
}
