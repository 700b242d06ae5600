using Microsoft.Extensions.Options;

namespace Summarizer.Links;

/// <summary>Fails start-up with every invalid <c>Fetch</c> setting named, rather than a generic message.</summary>
internal sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
