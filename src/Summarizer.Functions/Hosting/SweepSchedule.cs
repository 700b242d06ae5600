using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.Configuration;

namespace Summarizer.Functions.Hosting;

/// <summary>
/// Applies <c>Summarizer:SweepSchedule</c> (app setting <c>Summarizer__SweepSchedule</c>) to the sweep's timer before
/// the worker reports its functions to the host: unset means <see cref="DefaultCron"/> (hourly), a six-field NCRONTAB
/// expression replaces it, and an empty value leaves the timer function out, so the host never schedules it. Done on the
/// metadata because the host reads the schedule from there; a value it cannot parse makes the host report that one
/// function in error, as for any bad binding.
/// </summary>
internal sealed class SweepSchedule(IConfiguration configuration) : IFunctionMetadataTransformer
{
    /// <summary>The setting's configuration key.</summary>
    public const string SettingKey = "Summarizer:SweepSchedule";

    /// <summary>Hourly, on the hour.</summary>
    public const string DefaultCron = "0 0 * * * *";

    /// <summary>The timer function this applies to.</summary>
    public const string FunctionName = "SweepArticles";

    public string Name => nameof(SweepSchedule);

    /// <summary>The schedule to run on, or null when the sweep is off.</summary>
    public string? Cron => configuration[SettingKey] switch
    {
        null => DefaultCron,
        var value when string.IsNullOrWhiteSpace(value) => null,
        var value => value.Trim(),
    };

    public void Transform(IList<IFunctionMetadata> original)
    {
        ArgumentNullException.ThrowIfNull(original);
        var cron = Cron;
        for (var i = original.Count - 1; i >= 0; i--)
        {
            var function = original[i];
            if (!string.Equals(function.Name, FunctionName, StringComparison.Ordinal) || function.RawBindings is not { } bindings)
            {
                continue;
            }

            if (cron is null)
            {
                original.RemoveAt(i);
                continue;
            }

            for (var b = 0; b < bindings.Count; b++)
            {
                if (JsonNode.Parse(bindings[b]) is JsonObject binding
                    && string.Equals((string?)binding["type"], "timerTrigger", StringComparison.OrdinalIgnoreCase))
                {
                    binding["schedule"] = cron;
                    bindings[b] = binding.ToJsonString();
                }
            }
        }
    }
}
