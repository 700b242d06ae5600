using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Summarizer.Storage;
using Summarizer.Functions.Hosting;
using Summarizer.Functions.Http;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.UseMiddleware<HttpResponseMiddleware>(); // after the ASP.NET Core integration, so it sees the HttpContext
builder.Services.AddSummarizerTelemetry(builder.Configuration); // OpenTelemetry: Azure Monitor and/or OTLP, inert without either
builder.Services.AddSummarizer(builder.Configuration);
builder.Services.AddHostedService<ContainerInitializer>();
builder.Build().Run();
