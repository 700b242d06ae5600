using System.Collections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;

namespace Summarizer.Functions.EndToEnd.Host;

/// <summary>The functions one worker loaded, and the host's routing of requests and events to them.</summary>
public sealed class FunctionCatalog(IReadOnlyList<LoadedFunction> functions) : IReadOnlyCollection<LoadedFunction>
{
    private readonly (LoadedFunction Function, TemplateMatcher Matcher)[] _routes =
    [
        .. functions.Where(f => f.IsTrigger("httpTrigger"))
            .Select(f => (f, new TemplateMatcher(TemplateParser.Parse(f.TriggerProperty("route") ?? f.Name), [])))
    ];

    public int Count => functions.Count;

    public LoadedFunction this[string name] =>
        functions.SingleOrDefault(f => f.Name == name) ?? throw new KeyNotFoundException($"The worker loaded no function named '{name}'.");

    /// <summary>The HTTP function whose route and method match, with the route values, as the host's router finds it.</summary>
    /// <param name="routePath">The decoded path after the route prefix, e.g. <c>articles/news/a b.txt</c>.</param>
    public bool TryMatchHttp(string method, string routePath, out LoadedFunction function, out RouteValueDictionary values)
    {
        foreach (var (candidate, matcher) in _routes)
        {
            var matched = new RouteValueDictionary();
            if (candidate.HttpMethods.Contains(method.ToLowerInvariant()) && matcher.TryMatch("/" + routePath, matched))
            {
                (function, values) = (candidate, matched);
                return true;
            }
        }

        (function, values) = (null!, []);
        return false;
    }

    /// <summary>The blob-triggered function listening on <paramref name="container"/>.</summary>
    public LoadedFunction BlobTriggerFor(string container) =>
        functions.SingleOrDefault(f => f.IsTrigger("blobTrigger") && f.TriggerProperty("path")?.StartsWith(container + "/", StringComparison.Ordinal) == true)
        ?? throw new KeyNotFoundException($"No blob-triggered function listens on container '{container}'.");

    /// <summary>The queue-triggered function listening on <paramref name="queue"/>.</summary>
    public LoadedFunction QueueTriggerFor(string queue) =>
        functions.SingleOrDefault(f => f.IsTrigger("queueTrigger") && string.Equals(f.TriggerProperty("queueName"), queue, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No queue-triggered function listens on queue '{queue}'.");

    /// <summary>True when the worker reported a function of that name (a function it left out is never scheduled).</summary>
    public bool Contains(string name) => functions.Any(f => f.Name == name);

    public IEnumerator<LoadedFunction> GetEnumerator() => functions.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
