using System.Text.Json.Nodes;

namespace Summarizer.Infra.Tests;

/// <summary>infra/main.bicep compiled to an ARM JSON template by <c>bicep build</c>, modules inlined.</summary>
internal sealed class CompiledTemplate
{
    private static readonly Lazy<CompiledTemplate> LazyMain = new(() => Compile(RepositoryLayout.MainTemplate));

    private CompiledTemplate(ProcessResult build, string json)
    {
        Build = build;
        Json = json;
        Root = string.IsNullOrEmpty(json) ? new JsonObject() : JsonNode.Parse(json)!.AsObject();
    }

    public static CompiledTemplate Main => LazyMain.Value;

    /// <summary>The compiler run, with its diagnostics on standard error.</summary>
    public ProcessResult Build { get; }

    /// <summary>The template text exactly as ARM would receive it.</summary>
    public string Json { get; }

    public JsonObject Root { get; }

    public JsonObject Parameters => Root["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => Root["outputs"]?.AsObject() ?? [];

    private static CompiledTemplate Compile(string bicepFile)
    {
        var result = BicepCli.Run(Path.GetDirectoryName(bicepFile)!, "build", bicepFile, "--stdout");
        return new CompiledTemplate(result, result.ExitCode == 0 ? result.StandardOutput : string.Empty);
    }
}
