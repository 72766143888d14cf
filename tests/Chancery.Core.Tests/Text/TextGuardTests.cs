using Chancery.Core.Errors;
using Chancery.Core.Text;

namespace Chancery.Core.Tests.Text;

public sealed class TextGuardTests
{
    [Theory]
    [InlineData("Xã Lương Sơn")]
    [InlineData("Quyết định 1/QĐ-UBND\r\n\tvề việc thử\n")]
    [InlineData("Đồng Xoài — “quy chế” 😀 ‎")]
    [InlineData("")]
    [InlineData(null)]
    public void Problem_AllowedText_None(string? text) => Assert.Null(TextGuard.Problem(text));

    [Theory]
    [InlineData("a\u0000b", "U+0000")]
    [InlineData("a\u001Fb", "U+001F")]
    [InlineData("a\u007Fb", "U+007F")]
    [InlineData("a\u0080b", "U+0080")]
    [InlineData("a\uFDEFb", "U+FDEF")]
    [InlineData("a\uFFFEb", "U+FFFE")]
    [InlineData("a\U0010FFFFb", "U+10FFFF")]
    [InlineData("a\u202Ab", "U+202A")]
    [InlineData("a\u2069b", "U+2069")]
    public void Problem_RefusedCharacter_NamesItAndItsPosition(string text, string named)
    {
        var problem = TextGuard.Problem(text);

        Assert.NotNull(problem);
        Assert.Contains($"{named} (", problem, StringComparison.Ordinal);
        Assert.Contains("at position 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_UnpairedSurrogates_Refused()
    {
        Assert.Contains("U+D800", TextGuard.Problem("Lương" + '\uD800' + "Sơn"), StringComparison.Ordinal);
        Assert.Contains("U+DC00", TextGuard.Problem("Lương" + '\uDC00'), StringComparison.Ordinal);
        Assert.Contains("U+D83D", TextGuard.Problem("x" + '\uD83D'), StringComparison.Ordinal);
    }

    [Fact]
    public void Line_TabsAndLineBreaks_CleanedToSpaces()
    {
        var errors = new InputErrors();

        Assert.Equal("Xã Lương Sơn", TextGuard.Line(" Xã\tLương\r\nSơn ", errors, "name"));
        Assert.False(errors.Any);
    }

    [Fact]
    public void Check_Refused_ViolationNamesTheField()
    {
        var errors = new InputErrors();

        Assert.False(TextGuard.Check("a\u0000", errors, "basis.title"));
        Assert.Equal("basis.title", Assert.Single(errors.Violations).Field);
    }
}
