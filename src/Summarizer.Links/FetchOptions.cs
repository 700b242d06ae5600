using System.Globalization;
using Summarizer.Core.Links;

namespace Summarizer.Links;

/// <summary>
/// Settings under <c>Fetch</c> (environment: <c>Fetch__AllowedPorts</c> and so on), the same for the function app and the
/// CLI. The body cap is not here: a page may be as large as any other input (<c>Summarizer__MaxInputBytes</c>, or
/// the CLI's <c>--max-bytes</c>), since a larger one would be refused after download anyway.
/// </summary>
public sealed class FetchOptions
{
    public const string SectionName = "Fetch";

    /// <summary>Ports a link may name, comma-separated; 80 and 443 unless set.</summary>
    public string AllowedPorts { get; set; } = "80,443";

    /// <summary>
    /// Host names, addresses or CIDR ranges that may be fetched although they are not public (an intranet), separated by
    /// commas; empty (the default) allows only public addresses.
    /// </summary>
    public string AllowedHosts { get; set; } = "";

    /// <summary>Redirects followed before the fetch fails with <c>fetch_failed</c>.</summary>
    public int MaxRedirects { get; set; } = LinkPolicy.DefaultMaxRedirects;

    /// <summary>Time for the whole fetch, redirects and body included; more fails with <c>fetch_timeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = LinkPolicy.DefaultTimeout;

    /// <summary>The policy these settings describe, with <paramref name="maxBytes"/> as the body cap; throws when a setting is invalid.</summary>
    public LinkPolicy ToPolicy(long maxBytes)
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", problems));
        }

        return !NetworkAllowList.TryParse(AllowedHosts, out var allowList, out _) ? throw new InvalidOperationException("Fetch:AllowedHosts is invalid.") : new LinkPolicy
        {
            AllowedPorts = ParsePorts(AllowedPorts, out _)!,
            AllowList = allowList,
            MaxRedirects = MaxRedirects,
            Timeout = Timeout,
            MaxBytes = maxBytes,
        };
    }

    /// <summary>What is wrong with the settings, one sentence each naming the setting; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (ParsePorts(AllowedPorts, out var portError) is null)
        {
            problems.Add($"Fetch:AllowedPorts {portError}");
        }

        if (!NetworkAllowList.TryParse(AllowedHosts, out _, out var hostError))
        {
            problems.Add($"Fetch:AllowedHosts: {hostError}");
        }

        if (MaxRedirects is < 0 or > 20)
        {
            problems.Add($"Fetch:MaxRedirects must be between 0 and 20, not {MaxRedirects}.");
        }

        if (Timeout < TimeSpan.FromSeconds(1) || Timeout > TimeSpan.FromMinutes(10))
        {
            problems.Add($"Fetch:Timeout must be between 00:00:01 and 00:10:00, not {Timeout}.");
        }

        return problems;
    }

    private static HashSet<int>? ParsePorts(string? text, out string? error)
    {
        error = null;
        var ports = new HashSet<int>();
        foreach (var entry in (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                error = $"holds '{entry}', which is not a port number (1 to 65535).";
                return null;
            }

            ports.Add(port);
        }

        if (ports.Count == 0)
        {
            error = "names no port; links could not be fetched at all.";
            return null;
        }

        return ports;
    }
}
