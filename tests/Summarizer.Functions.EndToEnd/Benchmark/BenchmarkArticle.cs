using System.Text;

namespace Summarizer.Functions.EndToEnd.Benchmark;

/// <summary>A long, deterministic news-like article of a given size, built from a fixed vocabulary.</summary>
public static class BenchmarkArticle
{
    private static readonly string[] Subjects = ["The council", "A local charity", "The harbour authority", "Researchers at the university",
        "The regional hospital", "Farmers in the valley", "The rail operator", "City planners", "The school board", "A group of residents"];

    private static readonly string[] Verbs = ["announced", "rejected", "approved", "questioned", "delayed", "funded", "reviewed", "criticised", "welcomed", "proposed"];

    private static readonly string[] Objects = ["a new cycle lane", "the budget for next year", "plans for a library", "a study of river pollution",
        "longer opening hours", "a housing scheme near the station", "repairs to the old bridge", "a summer festival",
        "changes to bus routes", "a ban on night flights"];

    private static readonly string[] Tails = ["after months of debate", "on Tuesday evening", "despite strong objections", "with support from volunteers",
        "following a public consultation", "ahead of the winter", "at a cost of several million", "for the third time"];

    public static string Generate(int bytes)
    {
        var random = new Random(42);
        var text = new StringBuilder("Regional news round-up\n\n");
        while (text.Length < bytes)
        {
            for (var i = 0; i < 4; i++)
            {
                text.Append(Pick(random, Subjects)).Append(' ').Append(Pick(random, Verbs)).Append(' ')
                    .Append(Pick(random, Objects)).Append(' ').Append(Pick(random, Tails)).Append(". ");
            }

            text.Length--;
            text.Append("\n\n");
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];
}
