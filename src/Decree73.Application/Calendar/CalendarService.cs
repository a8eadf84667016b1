using Decree73.Application.Abstractions;
using Decree73.Domain.Calendar;
using Microsoft.EntityFrameworkCore;

namespace Decree73.Application.Calendar;

/// <summary>Loads the working-day calendar from the database (the exceptions are a few dozen rows a year).</summary>
public sealed class CalendarService(IAppDbContext db)
{
    private WorkingCalendar? calendar;

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct = default) =>
        calendar ??= new WorkingCalendar(await db.CalendarDays.AsNoTracking().ToListAsync(ct));
}
