using System.Diagnostics;
using System.Globalization;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>
/// The worker as the Functions host launches it: <c>dotnet Summarizer.Functions.dll</c> with the host's command line,
/// the build output as working directory, and the app settings as environment variables.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    // Settings of the machine running the tests that would otherwise leak into the worker's configuration.
    private static readonly string[] InheritedPrefixesToDrop =
        ["Summarizer__", "AzureOpenAI__", "ArticlesStorage", "AzureWebJobs", "FUNCTIONS_", "APPLICATIONINSIGHTS_", "OTEL_", "ASPNETCORE_", "DOTNET_URLS"];

    private readonly Process _process;
    private readonly string _home;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process, string home)
    {
        _process = process;
        _home = home;
    }

    /// <summary>Completes with the exit code when the process ends.</summary>
    public Task<int> Exited => _exited.Task;

    public bool HasExited => _exited.Task.IsCompleted;

    public int Id => _process.Id;

    public static WorkerProcess Start(string workerAssembly, int rpcPort, string workerId, string requestId,
        IReadOnlyDictionary<string, string> appSettings, WorkerLog log)
    {
        var appDirectory = Path.GetDirectoryName(workerAssembly)!;
        // ASP.NET Core keeps DataProtection keys under $HOME/.aspnet: a throw-away home keeps the real one clean.
        var home = Directory.CreateTempSubdirectory("summarizer-worker-home-").FullName;
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = appDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var port = rpcPort.ToString(CultureInfo.InvariantCulture);
        const string maxMessage = "2147483647";
        start.ArgumentList.Add(workerAssembly);
        foreach (var argument in new[]
        {
            "--host", "127.0.0.1", "--port", port, "--workerId", workerId, "--requestId", requestId,
            "--grpcMaxMessageLength", maxMessage,
            "--functions-uri", $"http://127.0.0.1:{port}/", "--functions-worker-id", workerId,
            "--functions-request-id", requestId, "--functions-grpc-max-message-length", maxMessage,
        })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(k => InheritedPrefixesToDrop.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in appSettings)
        {
            start.Environment[name] = value;
        }

        start.Environment["FUNCTIONS_WORKER_DIRECTORY"] = appDirectory;
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["HOME"] = home;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var worker = new WorkerProcess(process, home);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { log.Add("stdout", e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { log.Add("stderr", e.Data); } };
        process.Exited += (_, _) =>
        {
            log.Add("host", $"worker process exited with code {process.ExitCode}");
            worker._exited.TrySetResult(process.ExitCode);
        };
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {start.FileName} {workerAssembly}.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits for the process to end on its own, then kills it (and anything it started).</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (!HasExited)
        {
            try
            {
                await Exited.WaitAsync(grace).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                _process.Kill(entireProcessTree: true);
                await Exited.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            }
        }
    }

    public void Dispose()
    {
        if (!HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean with the rest of the temp folder.
        }
    }

    // The same runtime as the one running the tests: `dotnet test` runs in dotnet itself; elsewhere take it from PATH.
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
