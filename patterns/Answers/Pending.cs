using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;

namespace GovDesign.Patterns.Answers;

/// <inheritdoc />
public sealed partial record TextAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record LongTextAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record NumberAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record MoneyAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record DateAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record NameAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record EmailAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record PhoneAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record UkAddressAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record InternationalAddressAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record NationalIdAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record YesNoAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record SingleChoiceAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record MultipleChoiceAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}

/// <inheritdoc />
public sealed partial record FileAnswer
{
    /// <inheritdoc />
    public override AnswerResult Read(AnswerQuestion question, IFormCollection form) => throw new NotImplementedException();

    /// <inheritdoc />
    public override RenderFragment Render(AnswerQuestion question, AnswerState state) => throw new NotImplementedException();

    /// <inheritdoc />
    public override string Describe(JsonNode value) => throw new NotImplementedException();
}
