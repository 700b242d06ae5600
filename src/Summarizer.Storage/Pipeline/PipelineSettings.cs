using Summarizer.Core.Engines;

namespace Summarizer.Storage.Pipeline;

/// <summary>What every run of one pipeline shares: the size limit, the summary options, and the fingerprint they give.</summary>
internal sealed record PipelineSettings(long MaxInputBytes, SummaryOptions SummaryOptions, string Fingerprint);
