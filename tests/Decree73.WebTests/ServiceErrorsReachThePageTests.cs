using System.Reflection;
using System.Runtime.CompilerServices;
using Decree73.Application.Common;
using Decree73.Domain.Common;
using Decree73.Web.Forms;
using FluentValidation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Xunit;

namespace Decree73.WebTests;

/// <summary>
/// Every error a service can return, put on every form of the app through the one shared mapping: it lands next to a
/// field the form binds, or in the summary at the top of the form. Never on a key no field shows (the silent refusal of
/// issue 13, where a report's "period not over" went to a "Period" field the Submit page does not have).
/// </summary>
public sealed class ServiceErrorsReachThePageTests
{
    /// <summary>Every domain error, and every property a validator of the application checks, with a message.</summary>
    private static IEnumerable<FieldError> AllErrors()
    {
        foreach (var type in typeof(DomainError).Assembly.GetTypes().Where(t => t.Name.EndsWith("Errors", StringComparison.Ordinal)))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(DomainError)))
            {
                var error = (DomainError)field.GetValue(null)!;
                yield return new FieldError(error.Field ?? "", ErrorMessages.For(error));
            }
        }

        foreach (var type in typeof(ErrorMessages).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(IValidator).IsAssignableFrom(t)))
        {
            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                continue;
            }

            var validator = (IValidator)Activator.CreateInstance(type)!;
            foreach (var member in validator.CreateDescriptor().GetMembersWithValidators())
            {
                yield return new FieldError(member.Key ?? "", $"{type.Name}: {member.Key}");
            }
        }
    }

    /// <summary>Each form of the app: a page model and the name of one of its bound inputs.</summary>
    public static TheoryData<string, string> Forms()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract))
        {
            foreach (var bound in page.GetProperties().Where(p => p.GetCustomAttribute<BindPropertyAttribute>() is not null && IsForm(p.PropertyType)))
            {
                data.Add(page.FullName!, bound.Name);
            }
        }

        return data;
    }

    private static bool IsForm(Type type) => type.IsClass && type != typeof(string) && !type.IsArray && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    [Fact]
    public void The_app_has_forms_and_errors_to_walk()
    {
        Assert.True(Forms().Count() > 20);
        Assert.True(AllErrors().Count() > 50);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Every_error_reaches_a_field_of_the_form_or_its_summary(string pageType, string prefix)
    {
        var type = typeof(Program).Assembly.GetType(pageType)!;
        var inputType = type.GetProperty(prefix)!.PropertyType;
        foreach (var error in AllErrors())
        {
            var page = NewPage(type);
            page.AddErrors(OperationResult.Invalid([error]), prefix);

            var (key, entry) = Assert.Single(page.ModelState);
            Assert.Equal(error.Message, Assert.Single(entry!.Errors).ErrorMessage);
            Assert.True(key.Length == 0 || ModelStateExtensions.HasField(inputType, key[(prefix.Length + 1)..]),
                $"{pageType}: '{error.Field}' went to '{key}', which {prefix} does not have.");
            Assert.True(key.Length == 0 || key == $"{prefix}.{error.Field}", $"{pageType}: '{error.Field}' went to '{key}'.");
        }
    }

    [Fact]
    public void An_error_for_a_field_the_form_does_not_have_goes_to_the_summary()
    {
        var page = NewPage(typeof(Web.Pages.Reports.SubmitModel));

        page.AddErrors(ReportErrorsPeriodNotOver());

        Assert.Equal("", Assert.Single(page.ModelState).Key);
    }

    /// <summary>The page model alone (its services are not needed to map errors), with a fresh ModelState.</summary>
    private static PageModel NewPage(Type type)
    {
        var page = (PageModel)RuntimeHelpers.GetUninitializedObject(type);
        page.PageContext = new PageContext(new ActionContext(new DefaultHttpContext(), new RouteData(), new CompiledPageActionDescriptor()));
        return page;
    }

    private static OperationResult ReportErrorsPeriodNotOver() => Domain.Reports.ReportErrors.PeriodNotOver.ToResult();
}
