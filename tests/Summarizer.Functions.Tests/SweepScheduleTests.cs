using System.Text.Json;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.Configuration;
using Summarizer.Functions.Hosting;

namespace Summarizer.Functions.Tests;

public sealed class SweepScheduleTests
{
    [Fact]
    public void Transform_SettingUnset_KeepsTheHourlyDefault()
    {
        var functions = Functions();

        Schedule(null).Transform(functions);

        Assert.Equal("0 0 * * * *", ScheduleOf(functions, SweepSchedule.FunctionName));
    }

    [Fact]
    public void Transform_SettingGiven_ReportsItToTheHost()
    {
        var functions = Functions();

        Schedule(" 0 */15 * * * * ").Transform(functions);

        Assert.Equal("0 */15 * * * *", ScheduleOf(functions, SweepSchedule.FunctionName));
        Assert.Equal(2, functions.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Transform_SettingEmpty_LeavesTheSweepOutAndEverythingElseIn(string value)
    {
        var functions = Functions();

        Schedule(value).Transform(functions);

        Assert.Equal(["SummarizeArticle"], functions.Select(f => f.Name));
    }

    private static SweepSchedule Schedule(string? value)
    {
        var settings = new Dictionary<string, string?>();
        if (value is not null)
        {
            settings[SweepSchedule.SettingKey] = value;
        }

        return new SweepSchedule(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
    }

    private static List<IFunctionMetadata> Functions() =>
    [
        new DefaultFunctionMetadata
        {
            Name = "SummarizeArticle",
            RawBindings = ["{\"name\":\"blob\",\"type\":\"blobTrigger\",\"direction\":\"In\",\"path\":\"articles/{name}\"}"],
        },
        new DefaultFunctionMetadata
        {
            Name = SweepSchedule.FunctionName,
            RawBindings = ["{\"name\":\"timer\",\"type\":\"timerTrigger\",\"direction\":\"In\",\"schedule\":\"0 0 * * * *\"}"],
        },
    ];

    private static string? ScheduleOf(List<IFunctionMetadata> functions, string name)
    {
        using var binding = JsonDocument.Parse(functions.Single(f => f.Name == name).RawBindings!.Single());
        return binding.RootElement.GetProperty("schedule").GetString();
    }
}
