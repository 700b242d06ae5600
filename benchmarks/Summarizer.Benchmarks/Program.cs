using BenchmarkDotNet.Running;
using Summarizer.Benchmarks.WebPages;

if (args is ["html-eval", .. var rest])
{
    return HtmlEvalCommand.Run(rest);
}

if (args is ["page-corpus", .. var corpusArgs])
{
    return PageCorpusCommand.Run(corpusArgs);
}

if (args is ["html-profile", .. var profileArgs])
{
    return HtmlProfileCommand.Run(profileArgs);
}

if (args is ["html-parse-compare", .. var compareArgs])
{
    return HtmlParseCompareCommand.Run(compareArgs);
}

BenchmarkSwitcher.FromAssembly(typeof(Summarizer.Benchmarks.ExtractiveBenchmarks).Assembly).Run(args);
return 0;
