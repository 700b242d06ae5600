using System.Text.Encodings.Web;
using System.Text.Json;

namespace Summarizer.Cli.Eval;

/// <summary>Writes <c>{"id", "summary"}</c> lines, the prediction format the reference scorer (rouge.py score) reads.</summary>
internal sealed class PredictionsWriter : IAsyncDisposable
{
    private static readonly byte[] Newline = "\n"u8.ToArray();

    private readonly FileStream _file;
    private readonly Utf8JsonWriter _json;

    public PredictionsWriter(string path)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        _json = new Utf8JsonWriter(_file, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
    }

    public async ValueTask WriteAsync(string id, string summary, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        _json.WriteString("id", id);
        _json.WriteString("summary", summary);
        _json.WriteEndObject();
        await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
        _json.Reset();
        await _file.WriteAsync(Newline, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _json.DisposeAsync().ConfigureAwait(false);
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
