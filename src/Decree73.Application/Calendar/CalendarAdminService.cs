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
public sealed class CalendarAdminService(
    IAppDbContext db, UserAccess access, CalendarDayInputValidator validator, DeadlineRecomputer deadlines, TimeProvider time,
    ILogger<CalendarAdminService> logger)
{
    public const int ReferenceMaxLength = 200;

    public async Task<bool> MayEditAsync(CancellationToken ct = default)
    {
        var adminUnits = (await access.GrantsAsync(ct)).Where(g => g.Role == AppRole.Administrator).Select(g => g.UnitId).ToList();
        return adminUnits.Count > 0 && await RootsAmong(db, adminUnits).AnyAsync(ct);
    }

    /// <summary>Of <paramref name="unitIds"/>, the root units (the province): the calendar is the whole province's.</summary>
    internal static IQueryable<Domain.Organisation.OrganisationUnit> RootsAmong(IAppDbContext db, IReadOnlyList<int> unitIds) =>
        db.Units.Where(u => unitIds.Contains(u.Id) && u.ParentId == null);

    public Task<List<CalendarDay>> YearAsync(int year, CancellationToken ct = default) => Year(db, year).ToListAsync(ct);

    internal static IQueryable<CalendarDay> Year(IAppDbContext db, int year)
    {
        var from = new DateOnly(year, 1, 1);
        var to = from.AddYears(1);
        return db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date < to).OrderBy(d => d.Date);
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
        await deadlines.RecomputeAsync(date, ct);
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
        await deadlines.RecomputeAsync(day.Date, ct);
        return OperationResult.Ok();
    }

    /// <summary>Whether the year's blocks are the announced ones (null: no record, so provisional).</summary>
    public Task<CalendarYear?> YearStatusAsync(int year, CancellationToken ct = default) =>
        db.CalendarYears.AsNoTracking().FirstOrDefaultAsync(y => y.Year == year, ct);

    internal static IQueryable<CalendarYear> Confirmed(IAppDbContext db, int year) =>
        db.CalendarYears.AsNoTracking().Where(y => y.Year == year && y.Confirmed);

    /// <summary>
    /// From 1 November on, next year should have its announced calendar (domain.md §5): true when it has not been
    /// confirmed yet (<see cref="CalendarYear.NextYearConfirmationOverdue"/>).
    /// </summary>
    public async Task<bool> NextYearConfirmationOverdueAsync(CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var next = today.Year + 1;
        var confirmed = await Confirmed(db, next).AnyAsync(ct);
        return CalendarYear.NextYearConfirmationOverdue(today, confirmed);
    }

    /// <summary>
    /// Confirms a year against the decision it comes from, or marks it provisional again. Province administrators only.
    /// </summary>
    public async Task<OperationResult> SetYearAsync(int year, bool confirmed, string? reference, CancellationToken ct = default)
    {
        if (!await MayEditAsync(ct))
        {
            return OperationResult.Forbidden();
        }

        reference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        if (confirmed && reference is null)
        {
            return OperationResult.Invalid("Reference", ValidationMessages.CalendarYear_ReferenceRequired);
        }

        if (reference is { Length: > ReferenceMaxLength })
        {
            return OperationResult.Invalid("Reference", ValidationMessages.CalendarYear_ReferenceTooLong);
        }

        var row = await db.CalendarYears.FirstOrDefaultAsync(y => y.Year == year, ct);
        if (row is null)
        {
            row = new CalendarYear(year);
            db.CalendarYears.Add(row);
        }

        if (confirmed)
        {
            row.Confirm(reference!);
        }
        else
        {
            row.MarkProvisional();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return OperationResult.Conflict();
        }

        logger.LogInformation("Calendar year {Year} marked {Confirmed}", year, confirmed ? "confirmed" : "provisional");
        return OperationResult.Ok();
    }
}
