using LyncOwaDiag.Classification.Rules;
using LyncOwaDiag.Model;
using static LyncOwaDiag.Tests.Support.ClassifySome;

namespace LyncOwaDiag.Tests.Classification;

/// <summary>The built-in checklist: an item fails only where its evidence was collected and there was something to check.</summary>
public class ChecklistTests
{
    private static readonly RuleSet BuiltIn = RuleSet.Load();

    private static ChecklistState Event112(params TimelineEvent[] events) =>
        Assert.Single(Run(BuiltIn, events).Checklist, c => c.Id == "event-112").State;

    [Fact]
    public void Event112_Passes_WhenLogged() =>
        Assert.Equal(ChecklistState.Passed, Event112(EventLog("MSExchange OWA", 112, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_Fails_WhenTheApplicationLogCoversOwaAtWork_AndLacksIt() =>
        Assert.Equal(ChecklistState.Failed, Event112(EventLog("MSExchange Common", 4999, level: 4), ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_IsNotChecked_WithoutAnApplicationLog() =>
        Assert.Equal(ChecklistState.NotChecked, Event112(ImRow("sign-in-started", "CreateEndpointAndBeginSignIn")));

    [Fact]
    public void Event112_IsNotChecked_WhenNothingShowsOwaAtWork()
    {
        // An Exchange server's logs with no IM log and no collector manifest: nothing to hold the absence against.
        Assert.Equal(ChecklistState.NotChecked, Event112(EventLog("MSExchange Common", 4999, level: 4)));
    }
}
