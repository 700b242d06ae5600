namespace Summarizer.AI;

/// <summary>What one rendered prompt asks for.</summary>
/// <param name="Kind">Which system prompt.</param>
/// <param name="Text">The untrusted text to summarise (article, chunk, or notes).</param>
/// <param name="Length">The limits the answer must keep.</param>
/// <param name="OutputLanguage">ISO 639-1 code to write in, or null for the text's own language.</param>
/// <param name="Part">One-based part number (chunk prompts only).</param>
/// <param name="Parts">Number of parts (chunk prompts only).</param>
internal sealed record PromptRequest(PromptKind Kind, string Text, ModelLengthLimit Length, string? OutputLanguage, int Part = 1, int Parts = 1);
