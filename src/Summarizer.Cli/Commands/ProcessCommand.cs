using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Storage.Interactive;
using Summarizer.Storage.Pipeline;
using Summarizer.Storage.Queueing;
using Summarizer.Cli.Storage;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarizer process [--parallelism N]</c>: runs the storage pipeline over every article without an up-to-date
/// summary (a backfill after an engine change, or a sweep for events that never arrived). Safe to run twice, beside the
/// function app and beside another sweep: up-to-date articles cost nothing, every write is conditional, and one run at
/// a time pays a costly engine for an article. Exit 0 when every article ends with an up-to-date result (a summary or
/// a current error record) or has a name no result can be stored under (reported, never retried), 1 when some could
/// not be brought up to date or a listing could not be read. With <c>--enqueue</c> it processes nothing
/// locally: it sends one <c>summarize-requests</c> message per stale article for the function app's queue workers,
/// exactly as the app's scheduled sweep does (and under the same sweep lease).
/// </summary>
internal static class ProcessCommand
{
    public const int DefaultParallelism = 16;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var parallelism = new Option<int>("--parallelism")
        {
            Description = $"Articles processed at once (default {DefaultParallelism}).",
            DefaultValueFactory = _ => DefaultParallelism,
        };
        parallelism.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 256)
            {
                result.AddError("--parallelism must be between 1 and 256.");
            }
        });
        var enqueue = new Option<bool>("--enqueue")
        {
            Description = "Send each stale article to the summarize-requests queue for the function app instead of processing it here.",
        };
        var storage = new StorageServices();

        var command = new Command("process", "Summarise every article in storage that has no up-to-date summary.");
        command.Options.Add(parallelism);
        command.Options.Add(enqueue);
        storage.AddTo(command, withSummaries: true);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = storage.Build(parseResult);
            var runner = services.GetRequiredService<BackfillRunner>();
            var progress = ConsoleProgressBar.IsWanted(stderr) ? new ConsoleProgressBar(stderr) : null;
            var clock = Stopwatch.StartNew();

            // First contact on the short interactive budget: a storage that is not there fails in seconds, not after
            // the backfill client's full retry schedule. A storage failure ends the run with one line (CliApplication).
            await services.GetRequiredService<InteractiveStorage>().CreateContainersAsync(cancellationToken);
            if (parseResult.GetValue(enqueue))
            {
                return await EnqueueAsync(services, parseResult.GetValue(parallelism), stdout, stderr, cancellationToken);
            }

            var counts = await runner.RunAsync(parseResult.GetValue(parallelism), progress, cancellationToken);
            clock.Stop();
            await ReportAsync(counts, clock.Elapsed, stdout, stderr);

            // An article with a current error record is up to date: its failure is the answer until it changes. One
            // whose name cannot hold a result is beyond any run. Only articles left without an up-to-date result, or
            // listings that could not be read, make the run fail.
            return counts.AllUpToDate ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static async Task ReportAsync(BackfillCounts counts, TimeSpan elapsed, TextWriter stdout, TextWriter stderr)
    {
        foreach (var failure in counts.Failures)
        {
            await stderr.WriteLineAsync($"summarizer: {failure.ArticleName}: {failure.ErrorCode}: {failure.ErrorMessage}");
        }

        foreach (var problem in counts.ListingProblems)
        {
            await stderr.WriteLineAsync($"summarizer: {problem.Code}: {problem.Message}");
        }

        var seconds = elapsed.TotalSeconds;
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"summarised {counts.Summarized}, skipped {counts.Skipped}, failed {counts.NewFailures} new + {counts.EarlierFailures} earlier, unfinished {counts.Unfinished}, invalid names {counts.InvalidNames}, degraded {counts.Degraded} of {counts.Total} articles in {seconds:0.00} s ({(seconds > 0 ? counts.Total / seconds : 0):0} articles/s)"));
        if (counts.AllUpToDate && counts.InvalidNames > 0)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"summarizer: done: every article is up to date except {counts.InvalidNames} whose names cannot hold a result (invalid_name, listed above); rename them to summarise them."));
        }
    }

    private static async Task<int> EnqueueAsync(ServiceProvider services, int parallelism, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ReconciliationSweep>().RunAsync(parallelism, cancellationToken);
        if (result is null)
        {
            await stderr.WriteLineAsync("summarizer: another sweep is running (it holds the sweep lease); nothing was sent. Try again when it ends.");
            return ExitCodes.SomeInputsFailed;
        }

        foreach (var problem in result.Problems)
        {
            await stderr.WriteLineAsync($"summarizer: {problem.Code}: {problem.Message}");
        }

        var seconds = result.ListingTime.TotalSeconds;
        var invalid = result.InvalidNames > 0 ? $"; {result.InvalidNames} with names no result can be stored under (invalid_name) not sent" : "";
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"enqueued {result.Enqueued} of {result.Listed} articles ({result.Stale} without an up-to-date result) on {services.GetRequiredService<SummarizeRequests>().Name}; listing took {seconds:0.00} s ({(seconds > 0 ? result.Listed / seconds : 0):0} articles/s), sending {result.EnqueueTime.TotalSeconds:0.00} s{invalid}"));
        return result.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }
}
