using KognitosGen.Binding;

namespace KognitosGen.Tests.Binding;

/// <summary>Collecting binding errors and reporting them all in one exception.</summary>
public sealed class KognitosBindingErrorsTests
{
    private static readonly KognitosRun Run = new() { Id = "r1", ProcessId = "p1", Name = "Invoice" };

    [Fact]
    public void No_errors_means_nothing_is_thrown()
    {
        var errors = new KognitosBindingErrors();
        Assert.False(errors.HasErrors);
        errors.ThrowIfAny(Run);
        Assert.Empty(errors.Errors);

        KognitosBindingErrors defaulted = default;
        Assert.False(defaulted.HasErrors);
        defaulted.ThrowIfAny(Run);
    }

    [Fact]
    public void Every_error_is_collected_and_listed_one_per_line()
    {
        var errors = new KognitosBindingErrors();
        errors.AddMissing("the output total", "decimal");
        errors.AddUnconvertible("the output date", "DateOnly", "\"tomorrow\"");
        errors.AddAmbiguous("the output vendor", "string", ["Vendor", "the_output_vendor"]);
        Assert.True(errors.HasErrors);

        var exception = Assert.Throws<KognitosBindingException>(() => errors.ThrowIfAny(Run));
        Assert.Same(Run, exception.Run);
        Assert.Equal(3, exception.Errors.Count);
        Assert.Equal(
            [KognitosBindingErrorKind.Missing, KognitosBindingErrorKind.Unconvertible, KognitosBindingErrorKind.Ambiguous],
            exception.Errors.Select(e => e.Kind));
        Assert.Equal(
            [
                "Kognitos run r1 (process p1) outputs could not be bound:",
                "'the output total' (decimal) is missing",
                "'the output date' (DateOnly) could not be read from \"tomorrow\"",
                "'the output vendor' (string) matches several outputs: \"Vendor\", \"the_output_vendor\"",
            ],
            exception.Message.Split(Environment.NewLine));
    }

    [Fact]
    public void The_exception_keeps_its_own_copy_of_the_errors()
    {
        var errors = new KognitosBindingErrors();
        errors.AddMissing("a", "int");
        var exception = Assert.Throws<KognitosBindingException>(() => errors.ThrowIfAny(Run));
        errors.AddMissing("b", "int");
        Assert.Single(exception.Errors);
        Assert.Equal(2, errors.Errors.Count);
    }

    [Fact]
    public void Errors_describe_themselves_on_one_line()
    {
        var missing = new KognitosBindingError("the output total", "decimal", KognitosBindingErrorKind.Missing, null, null);
        Assert.Equal("'the output total' (decimal) is missing", missing.ToString());
        Assert.Null(missing.Json);
        Assert.Empty(missing.Candidates);

        var unconvertible = new KognitosBindingError("the output lines", "List<int>", KognitosBindingErrorKind.Unconvertible, "[1, \"x\"]", null);
        Assert.Equal("'the output lines' (List<int>) could not be read from [1, \"x\"]", unconvertible.ToString());
        Assert.DoesNotContain('\n', unconvertible.ToString());

        var ambiguous = new KognitosBindingError("the output note", "string?", KognitosBindingErrorKind.Ambiguous, null, ["Note", "note"]);
        Assert.Equal("'the output note' (string?) matches several outputs: \"Note\", \"note\"", ambiguous.ToString());
    }

    [Fact]
    public void Json_is_cut_to_120_characters_and_an_ellipsis()
    {
        Assert.Equal(new string('a', 120), new KognitosBindingError("f", "int", KognitosBindingErrorKind.Unconvertible, new string('a', 120), null).Json);
        var cut = new KognitosBindingError("f", "int", KognitosBindingErrorKind.Unconvertible, new string('a', 121), null).Json!;
        Assert.Equal(new string('a', 120) + "…", cut);

        // A surrogate pair is never split: the cut falls before it.
        var emoji = new string('a', 119) + "\U0001F600" + "tail";
        var cutBeforePair = new KognitosBindingError("f", "int", KognitosBindingErrorKind.Unconvertible, emoji, null).Json!;
        Assert.Equal(new string('a', 119) + "…", cutBeforePair);
    }

    [Fact]
    public void The_exception_can_be_built_directly()
    {
        var error = new KognitosBindingError("x", "int", KognitosBindingErrorKind.Missing, null, null);
        var exception = new KognitosBindingException(Run, [error]);
        Assert.Equal("Kognitos run r1 (process p1) outputs could not be bound:" + Environment.NewLine + "'x' (int) is missing", exception.Message);
        Assert.Throws<ArgumentNullException>(() => new KognitosBindingException(null!, [error]));
    }
}
