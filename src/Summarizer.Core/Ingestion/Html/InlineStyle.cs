namespace Summarizer.Core.Ingestion.Html;

/// <summary>Reads just enough of a <c>style</c> attribute to tell whether it hides the element.</summary>
internal static class InlineStyle
{
    /// <summary>True for <c>display: none</c> or <c>visibility: hidden</c> (or <c>collapse</c>), in any case or spacing.</summary>
    public static bool Hides(string? style)
    {
        if (string.IsNullOrEmpty(style))
        {
            return false;
        }

        foreach (var range in style.AsSpan().Split(';'))
        {
            var declaration = style.AsSpan()[range];
            var colon = declaration.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var property = declaration[..colon].Trim();
            var value = declaration[(colon + 1)..].Trim();
            var important = value.IndexOf('!');
            if (important >= 0)
            {
                value = value[..important].TrimEnd();
            }

            if ((property.Equals("display", StringComparison.OrdinalIgnoreCase) && value.Equals("none", StringComparison.OrdinalIgnoreCase))
                || (property.Equals("visibility", StringComparison.OrdinalIgnoreCase)
                    && (value.Equals("hidden", StringComparison.OrdinalIgnoreCase) || value.Equals("collapse", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }

        return false;
    }
}
