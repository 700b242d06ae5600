using System.Reflection;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>The worker assembly of this build's configuration, recorded by the project file when the tests were built.</summary>
public static class FunctionsBuildOutput
{
    public static string WorkerAssembly
    {
        get
        {
            var path = typeof(FunctionsBuildOutput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "FunctionsWorkerAssembly")?.Value;
            if (string.IsNullOrEmpty(path) || !File.Exists(path))
            {
                throw new InvalidOperationException(
                    $"The worker build output '{path}' is missing; build tests/Summarizer.Functions.EndToEnd, which builds src/Summarizer.Functions first.");
            }

            return path;
        }
    }
}
