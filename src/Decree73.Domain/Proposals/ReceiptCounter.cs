using System.Globalization;
using Decree73.Domain.Common;

namespace Decree73.Domain.Proposals;

/// <summary>
/// The receipt-number sequence of one employing agency for one year ("12/2026/ĐX-TRAMLO"). A row per agency and
/// year; its version guards against two submissions taking the same number.
/// </summary>
public sealed class ReceiptCounter : Entity
{
    private ReceiptCounter() { }

    public ReceiptCounter(int unitId, int year)
    {
        UnitId = unitId;
        Year = year;
    }

    public int UnitId { get; private set; }
    public int Year { get; private set; }
    public int LastNumber { get; private set; }

    public string Next(string unitCode)
    {
        LastNumber++;
        return string.Create(CultureInfo.InvariantCulture, $"{LastNumber}/{Year}/ĐX-{unitCode}");
    }
}
