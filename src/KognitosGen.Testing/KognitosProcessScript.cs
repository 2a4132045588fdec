using System;
using System.Runtime.CompilerServices;
using KognitosGen.Emulator;

namespace KognitosGen.Testing;

/// <summary>
/// How the test server answers runs of <typeparamref name="TProcess"/>: the outputs, how long a run takes (on the
/// virtual clock) and how it ends. Each call takes effect for runs started after it. By default a run succeeds with
/// no outputs after 150 ms.
/// </summary>
/// <typeparam name="TProcess">The process class; its IDs, name and stage come from the generated descriptor.</typeparam>
public sealed class KognitosProcessScript<TProcess>
    where TProcess : class, IKognitosProcess
{
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan LongestPending = TimeSpan.FromMilliseconds(50);

    private readonly KognitosEmulator _emulator;
    private readonly ProcessFacts _facts = ProcessFacts.Of<TProcess>();
    private readonly object _gate = new();
    private Func<KognitosReceivedRun<TProcess>, KognitosOutputs<TProcess>>? _outputs;
    private TimeSpan _duration = DefaultDuration;
    private TerminalRunStatus _status = TerminalRunStatus.Succeeded;

    internal KognitosProcessScript(KognitosEmulator emulator)
    {
        _emulator = emulator;
        Apply();
    }

    /// <summary>Runs succeed with outputs computed from what each run received.</summary>
    /// <param name="outputs">From the run (read its inputs with <c>run.Input(p =&gt; p.Amount)</c>) to its outputs.</param>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> Returns(Func<KognitosReceivedRun<TProcess>, KognitosOutputs<TProcess>> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return Update(() =>
        {
            _outputs = outputs;
            _status = TerminalRunStatus.Succeeded;
        });
    }

    /// <summary>Runs succeed with these outputs.</summary>
    /// <param name="outputs">The outputs, e.g. <c>new() { [p =&gt; p.Total] = 20m }</c>.</param>
    /// <returns>This script, for chaining.</returns>
    /// <remarks>
    /// Preferred in overload resolution so a target-typed <c>Returns(new() { ... })</c> means these outputs: a
    /// delegate type could also be the target of <c>new()</c>, which made that form ambiguous (CS0121). A lambda
    /// still picks the overload that computes outputs per run.
    /// </remarks>
    [OverloadResolutionPriority(1)]
    public KognitosProcessScript<TProcess> Returns(KognitosOutputs<TProcess> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        return Returns(_ => outputs);
    }

    /// <summary>Runs take <paramref name="duration"/> of virtual time from start to their end (50 ms of it Pending at most).</summary>
    /// <param name="duration">From zero up to 24 days.</param>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> Taking(TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(duration, TimeSpan.FromMilliseconds(int.MaxValue));
        return Update(() => _duration = duration);
    }

    /// <summary>Runs end Failed.</summary>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> Fails() => EndsAs(TerminalRunStatus.Failed);

    /// <summary>Runs end TimedOut (Kognitos gave up on them).</summary>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> TimesOut() => EndsAs(TerminalRunStatus.TimedOut);

    /// <summary>Runs end Cancelled.</summary>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> Cancelled() => EndsAs(TerminalRunStatus.Cancelled);

    /// <summary>Runs end Succeeded (the default; <see cref="Returns(KognitosOutputs{TProcess})"/> implies it).</summary>
    /// <returns>This script, for chaining.</returns>
    public KognitosProcessScript<TProcess> Succeeds() => EndsAs(TerminalRunStatus.Succeeded);

    private KognitosProcessScript<TProcess> EndsAs(TerminalRunStatus status) => Update(() => _status = status);

    private KognitosProcessScript<TProcess> Update(Action change)
    {
        lock (_gate)
        {
            change();
            Apply();
        }

        return this;
    }

    private void Apply()
    {
        var (agentId, processId) = _facts.Ids();
        var pending = _duration < LongestPending ? _duration : LongestPending;
        var outputs = _outputs;
        var plan = new ScenarioRunPlan
        {
            CreatedMs = 0,
            PendingMs = (int)pending.TotalMilliseconds,
            RunningMs = (int)(_duration - pending).TotalMilliseconds,
            Status = _status,
            OutputsFor = outputs is null ? null : received => outputs(new KognitosReceivedRun<TProcess>(received)).ToJson(),
        };
        _emulator.SetProcess(agentId, new ScenarioProcess
        {
            Id = processId,
            Name = _facts.Descriptor.Name,
            Stage = _facts.Descriptor.Stage == KognitosStage.Draft ? ProcessStage.Draft : ProcessStage.Published,
            Run = plan,
        });
    }
}
