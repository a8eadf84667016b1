using Decree73.Application.Abstractions;
using Decree73.Application.Access;
using Decree73.Application.Common;
using Decree73.Application.Resources;
using Decree73.Domain.Access;
using Decree73.Domain.Calendar;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Decree73.Application.Calendar;

public sealed class CalendarDayInput
{
    public DateOnly? Date { get; set; }
    public CalendarDayKind Kind { get; set; }
    public string Name { get; set; } = "";
}

public sealed class CalendarDayInputValidator : AbstractValidator<CalendarDayInput>
{
    public const int NameMaxLength = 200;

    public CalendarDayInputValidator()
    {
        RuleFor(x => x.Date).NotNull().WithMessage(ValidationMessages.CalendarDay_DateRequired);
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(ValidationMessages.CalendarDay_NameRequired)
            .MaximumLength(NameMaxLength).WithMessage(ValidationMessages.CalendarDay_NameTooLong);
        RuleFor(x => x.Kind).IsInEnum().WithMessage(ValidationMessages.CalendarDay_KindInvalid);
        // An exception must change something: a day off on a weekend, or a make-up day on a weekday, would not.
        RuleFor(x => x.Date)
            .Must(d => !IsWeekend(d!.Value)).When(x => x.Date is not null && x.Kind == CalendarDayKind.DayOff)
            .WithMessage(ValidationMessages.CalendarDay_DayOffOnWeekend);
        RuleFor(x => x.Date)
            .Must(d => IsWeekend(d!.Value)).When(x => x.Date is not null && x.Kind == CalendarDayKind.MakeUpWorkingDay)
            .WithMessage(ValidationMessages.CalendarDay_MakeUpOnWeekday);
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

/// <summary>
/// The working-day calendar's exceptions (holidays, Tết, swapped days off, make-up working days), maintained per year.
/// The calendar is national, so only administrators of a top-level unit (a province) change it; every administrator
/// may read it.
/// </summary>
public sealed class CalendarAdminService(IAppDbContext db, UserAccess access, CalendarDayInputValidator validator, ILogger<CalendarAdminService> logger)
{
    public async Task<bool> MayEditAsync(CancellationToken ct = default)
    {
        var adminUnits = (await access.GrantsAsync(ct)).Where(g => g.Role == AppRole.Administrator).Select(g => g.UnitId).ToList();
        return adminUnits.Count > 0 && await db.Units.AnyAsync(u => adminUnits.Contains(u.Id) && u.ParentId == null, ct);
    }

    public Task<List<CalendarDay>> YearAsync(int year, CancellationToken ct = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        return db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date < to).OrderBy(d => d.Date).ToListAsync(ct);
    }

    public async Task<OperationResult> AddAsync(CalendarDayInput input, CancellationToken ct = default)
    {
        if (!await MayEditAsync(ct))
        {
            return OperationResult.Forbidden();
        }

        var validation = await validator.ValidateAsync(input, ct);
        if (!validation.IsValid)
        {
            return validation.ToResult();
        }

        var date = input.Date!.Value;
        if (await db.CalendarDays.AsNoTracking().FirstOrDefaultAsync(d => d.Date == date, ct) is { } existing)
        {
            return OperationResult.Invalid(nameof(CalendarDayInput.Date), string.Format(ValidationMessages.Culture, ValidationMessages.CalendarDay_Duplicate, existing.Name));
        }

        db.CalendarDays.Add(new CalendarDay(date, input.Kind, input.Name.Trim()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Added by someone else a moment ago: the unique index on the date refused the second.
            return OperationResult.Invalid(nameof(CalendarDayInput.Date), string.Format(ValidationMessages.Culture, ValidationMessages.CalendarDay_Duplicate, input.Name.Trim()));
        }

        logger.LogInformation("Calendar day {Date} added as {Kind}", date, input.Kind);
        return OperationResult.Ok();
    }

    public async Task<OperationResult> DeleteAsync(int id, int version, CancellationToken ct = default)
    {
        if (!await MayEditAsync(ct))
        {
            return OperationResult.Forbidden();
        }

        var day = await db.CalendarDays.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (day is null)
        {
            return OperationResult.NotFound();
        }

        if (day.Version != version)
        {
            return OperationResult.Conflict();
        }

        db.Entry(day).Property(d => d.Version).OriginalValue = version;
        db.CalendarDays.Remove(day);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OperationResult.Conflict();
        }

        logger.LogInformation("Calendar day {Date} removed", day.Date);
        return OperationResult.Ok();
    }
}
