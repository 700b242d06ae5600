using System.Reflection;

namespace Summarizer.Infra.Tests;

/// <summary>
/// The bicep executable from the Azure.Bicep.CommandLine.linux-x64 package this project references, so every machine
/// that restores the solution checks the templates with the same compiler and type definitions, offline.
/// </summary>
internal static class BicepCli
{
    private static readonly Lazy<string> LazyExecutable = new(LocateExecutable);

    public static ProcessResult Run(string workingDirectory, params string[] arguments) =>
        ChildProcess.Run(LazyExecutable.Value, arguments, workingDirectory);

    private static string LocateExecutable()
    {
        var path = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "BicepExecutable")
            .Value;
        if (string.IsNullOrEmpty(path) || !File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The bicep executable is not at '{path}'. Restore the solution (dotnet restore) to download Azure.Bicep.CommandLine.linux-x64.");
        }

        // Package extraction does not always keep the executable bit.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
            }
        }

        return path;
    }
}
