using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Summarizer.Core;
using Summarizer.Core.Engines;
using Summarizer.Core.Ingestion;

namespace Summarizer.Functions.Http;

/// <summary>
/// What a <c>POST /api/summarize</c> asks for, read from its content type and query string
/// (<c>length</c>, <c>sentences</c>, <c>words</c>, <c>ratio</c>, <c>format=json|markdown</c>).
/// </summary>
public sealed record SummaryRequest(string MediaType, SummaryOptions Options, bool AsMarkdown)
{
    /// <summary>Throws <see cref="SummarizerException"/>: <c>unsupported_content</c> (415) or <c>invalid_options</c> (400).</summary>
    public static SummaryRequest Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var mediaType = "text/plain";
        if (!string.IsNullOrWhiteSpace(request.ContentType))
        {
            // The formats are the decoders' own list (ArticleFormats), so the endpoint accepts exactly what they read.
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) || parsed.MediaType.Value is not { } value
                || !ArticleFormats.Accepts(value))
            {
                throw new SummarizerException(ErrorCodes.UnsupportedContent,
                    $"Content-Type '{request.ContentType}' is not supported; send {ArticleFormats.SupportedList}.");
            }

            mediaType = request.ContentType;
        }

        var query = request.Query;
        var format = query["format"].ToString();
        if (format.Length > 0 && format is not ("json" or "markdown"))
        {
            throw Invalid($"format must be json or markdown, not '{format}'.");
        }

        var length = query["length"].ToString();
        var preset = LengthPreset.Medium;
        if (length.Length > 0 && !SummaryOptions.TryParseLength(length, out preset))
        {
            throw Invalid($"length must be short, medium or long, not '{length}'.");
        }

        var options = new SummaryOptions
        {
            Length = preset,
            Sentences = ReadInt(query, "sentences"),
            Words = ReadInt(query, "words"),
            Ratio = ReadDouble(query, "ratio"),
        }.Validate();
        return new SummaryRequest(mediaType, options, format == "markdown");
    }

    private static int? ReadInt(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"{name} must be a whole number, not '{text}'.");
    }

    private static double? ReadDouble(IQueryCollection query, string name)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"{name} must be a number, not '{text}'.");
    }

    private static SummarizerException Invalid(string message) => new(ErrorCodes.InvalidOptions, message);
}
