namespace Summarizer.Benchmarks;

/// <summary>A made-up news article of typical length (about 500 words), written for these benchmarks.</summary>
internal static class NewsArticle
{
    public const string Text = """
        The city council of Northbridge voted on Tuesday to close the old harbour bridge to cars from next spring, ending a debate that has divided residents for more than a decade. The decision, passed by nine votes to four, turns the 1911 steel crossing into a route for pedestrians, cyclists and the tram line that the council plans to extend across the river by 2029.

        Mayor Helen Okafor said the bridge could no longer carry the weight of modern traffic without repairs that would cost more than a new crossing. "We have patched this bridge for twenty years," she told reporters outside the council chamber. "Every engineer we asked gave us the same answer: either we spend 140 million on strengthening it, or we take the cars off."

        Engineers from the firm Halden & Price found last year that corrosion had weakened three of the bridge's main girders. Their report, published in March, recommended a weight limit of 7.5 tonnes, which already keeps buses and lorries off the crossing. Traffic counts show about 31,000 cars use the bridge on a typical weekday, down from 44,000 in 2015.

        Business owners on the north bank warned that the closure would cut them off from customers. Dr. Samuel Reyes, who chairs the Northbridge Traders' Association, said footfall in the harbour district had already fallen by a fifth since the weight limit was imposed. "People will simply shop elsewhere," he said. The association plans to ask the regional court to review the decision.

        Supporters of the plan point to cities such as Copenhagen and Utrecht, where bridges closed to cars became busy routes for cycling and walking. A council survey of 2,400 residents found that 58 per cent backed the change, though support was much weaker among those over 65 and among people living more than five kilometres from the centre.

        The council will spend 23 million on the conversion, including new lighting, wider pavements and a protected cycle lane on each side. Work is due to begin in April and to last about eight months. During that time the bridge will be closed to all traffic, and a free shuttle bus will link the two banks via the ring road.

        Opposition councillors said the vote had been rushed. Councillor Mark Liu argued that the council had not finished its study of how traffic would shift onto the ring road, which is already congested at peak hours. Transport officials estimate that journey times across the river will rise by six to nine minutes for drivers in the first year.

        The regional government, which funds half of the council's transport budget, has not yet said whether it will contribute to the cost. A spokesperson said the minister would study the plans. The tram extension, which depends on regional money, is expected to be decided in the autumn budget.
        """;
}
