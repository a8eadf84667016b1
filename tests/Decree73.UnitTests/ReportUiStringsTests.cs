using Xunit;

namespace Decree73.UnitTests;

/// <summary>
/// The report pages and documents take their placeholder texts from ReportText.resx (style.md: UI strings in resource
/// files): the number, place and date placeholders once were literals in these files.
/// </summary>
public sealed class ReportUiStringsTests
{
    private static string Source(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Decree73.sln")))
        {
            dir = dir.Parent;
        }

        return File.ReadAllText(Path.Combine(dir!.FullName, relative));
    }

    [Theory]
    [InlineData("src/Decree73.Web/Pages/Reports/Details.cshtml")]
    [InlineData("src/Decree73.Web/Pages/Reports/Edit.cshtml")]
    [InlineData("src/Decree73.Web/Documents/ReportDocumentBuilder.cs")]
    [InlineData("src/Decree73.Web/Documents/ReportTables.cs")]
    public void No_placeholder_text_is_written_inline(string file)
    {
        var text = Source(file);
        Assert.DoesNotContain("/BC-UBND\"", text);
        Assert.DoesNotContain("\"…\"", text);
        Assert.DoesNotContain("placeholder=\"dd/mm/yyyy\"", text);
    }

    [Fact]
    public void The_placeholders_are_in_ReportText()
    {
        var resx = Source("src/Decree73.Web/Resources/ReportText.resx");
        Assert.Contains("name=\"Doc_NumberBlank\"", resx);
        Assert.Contains("name=\"Doc_NumberBlankDocx\"", resx);
        Assert.Contains("name=\"Doc_Blank\"", resx);
        Assert.Contains("name=\"Field_DatePlaceholder\"", resx);
    }
}
