using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace Summarizer.Functions.Tests.Support;

/// <summary>
/// The part of a function invocation an HTTP middleware sees: the ASP.NET Core integration puts the request's
/// <see cref="HttpContext"/> into <see cref="Items"/> under "HttpRequestContext", where <c>GetHttpContext()</c> reads it.
/// </summary>
internal sealed class HttpFunctionContext : FunctionContext
{
    public HttpFunctionContext(HttpContext? http)
    {
        if (http is not null)
        {
            Items["HttpRequestContext"] = http;
        }
    }

    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    public override string FunctionId => "test";

    public override TraceContext TraceContext => throw new NotSupportedException();

    public override BindingContext BindingContext => throw new NotSupportedException();

    public override RetryContext RetryContext => throw new NotSupportedException();

    public override IServiceProvider InstanceServices { get; set; } = new EmptyServices();

    public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    public override IInvocationFeatures Features => throw new NotSupportedException();

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
