using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovDesign.Components;
using GovDesign.Patterns.Answers;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Primitives;

namespace GovDesign.Patterns.Tests.Answers;

/// <summary>Forms, questions and rendering for the answer type tests.</summary>
internal static class AnswerTesting
{
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddGovDesignComponents()
        .BuildServiceProvider();

    /// <summary>A question named "q" whose subject is "your answer".</summary>
    public static AnswerQuestion Question(string name = "q", string subject = "your answer") => new(name, "What is your answer?", subject);

    /// <summary>A posted form from pairs of name and value.</summary>
    public static FormCollection Form(params (string Name, string Value)[] fields) =>
        new(fields.GroupBy(f => f.Name).ToDictionary(g => g.Key, g => new StringValues([.. g.Select(f => f.Value)])));

    /// <summary>A posted form with one value under "q".</summary>
    public static FormCollection One(string value) => Form(("q", value));

    /// <summary>Reads and returns the only error's message, failing when there is none.</summary>
    public static string OnlyError(AnswerResult result) => Assert.Single(result.Errors).Message;

    /// <summary>Renders the answer type's fragment in the given UI language and parses it.</summary>
    public static async Task<IDocument> RenderAsync(AnswerType answer, AnswerQuestion question, AnswerState state, string culture = "en")
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var renderer = new HtmlRenderer(Services, Services.GetRequiredService<ILoggerFactory>());
            var html = await renderer.Dispatcher.InvokeAsync(async () =>
            {
                var fragment = answer.Render(question, state);
                var output = await renderer.RenderComponentAsync<FragmentHost>(ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(FragmentHost.Content)] = fragment }));
                return output.ToHtmlString();
            });
            return new HtmlParser().ParseDocument($"<!doctype html><html><body>{html}</body></html>");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>Reads a posted form and renders the result, as a page does after an error.</summary>
    public static Task<IDocument> RenderAfterPostAsync(AnswerType answer, AnswerQuestion question, IFormCollection form, string culture = "en")
    {
        var result = InCulture(culture, () => answer.Read(question, form));
        return RenderAsync(answer, question, new AnswerState { Posted = form, Errors = result.Errors }, culture);
    }

    /// <summary>Runs <paramref name="action"/> with the UI language set.</summary>
    public static T InCulture<T>(string culture, Func<T> action)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>Hosts a render fragment as a root component.</summary>
    private sealed class FragmentHost : ComponentBase
    {
        [Parameter] public RenderFragment? Content { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Content);
    }
}
