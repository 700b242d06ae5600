namespace Summarizer.Core.Tests.Budgets;

/// <summary>
/// Mean bytes one article may allocate in each stage, per fixture group (<see cref="BudgetFixtures"/>), about 10% over
/// what the code allocates. Move a budget only in the commit that changes what its stage allocates, and say why there.
/// </summary>
internal static class AllocationBudgets
{
    private static readonly Dictionary<(string Group, string Stage), long> Budgets = new()
    {
        [(BudgetFixtures.News, "Decode")] = 5_700,
        [(BudgetFixtures.News, "Segment")] = 4_100,
        [(BudgetFixtures.News, "Analyze")] = 7_600,
        [(BudgetFixtures.News, "Rank")] = 2_500,
        [(BudgetFixtures.News, "Shorten")] = 660,
        [(BudgetFixtures.News, "KeyPoints")] = 960,
        [(BudgetFixtures.News, "KeyPhrases")] = 1_600,
        [(BudgetFixtures.News, "Result")] = 290,
        [(BudgetFixtures.News, "Serialize")] = 6_000,

        [(BudgetFixtures.Languages, "Decode")] = 2_900,
        [(BudgetFixtures.Languages, "Segment")] = 2_100,
        [(BudgetFixtures.Languages, "Analyze")] = 3_900,
        [(BudgetFixtures.Languages, "Rank")] = 1_400,
        [(BudgetFixtures.Languages, "Shorten")] = 160,
        [(BudgetFixtures.Languages, "KeyPoints")] = 410,
        [(BudgetFixtures.Languages, "KeyPhrases")] = 1_300,
        [(BudgetFixtures.Languages, "Result")] = 290,
        [(BudgetFixtures.Languages, "Serialize")] = 5_100,

        [(BudgetFixtures.Pages, "Decode")] = 31_000,
        [(BudgetFixtures.Pages, "Segment")] = 1_900,
        [(BudgetFixtures.Pages, "Analyze")] = 3_600,
        [(BudgetFixtures.Pages, "Rank")] = 1_600,
        [(BudgetFixtures.Pages, "Shorten")] = 820,
        [(BudgetFixtures.Pages, "KeyPoints")] = 480,
        [(BudgetFixtures.Pages, "KeyPhrases")] = 1_300,
        [(BudgetFixtures.Pages, "Result")] = 290,
        [(BudgetFixtures.Pages, "Serialize")] = 5_300,
    };

    public static long For(string group, string stage) => Budgets.TryGetValue((group, stage), out var bytes) ? bytes : 0;

    /// <summary>A budget about 10% over <paramref name="measured"/>, rounded up to two significant digits.</summary>
    public static long Suggest(long measured)
    {
        var target = measured * 1.1;
        var unit = target < 100 ? 1 : Math.Pow(10, Math.Floor(Math.Log10(target)) - 1);
        return (long)(Math.Ceiling(target / unit) * unit);
    }
}
