using System.Globalization;

namespace GovDesign.Components;

/// <summary>Hex colours and their WCAG contrast ratio.</summary>
internal static class ThemeColour
{
    public const string White = "#ffffff";

    private const double AaContrast = 4.5;

    public static void RequireContrast(string property, string? colour, string against, string meets)
    {
        if (colour is null)
        {
            return;
        }

        var ratio = ContrastRatio(Parse(property, colour), Parse(property, against));
        if (ratio < AaContrast)
        {
            throw new ArgumentException(
                $"Theme: {property} {colour} has a contrast ratio of {ratio.ToString("0.0", CultureInfo.InvariantCulture)}:1 with {meets}; WCAG 2.2 AA needs at least 4.5:1.",
                property);
        }
    }

    public static double ContrastRatio((double R, double G, double B) a, (double R, double G, double B) b)
    {
        var (lighter, darker) = (Luminance(a), Luminance(b)) is var (x, y) && x > y ? (x, y) : (y, x);
        return (lighter + 0.05) / (darker + 0.05);
    }

    public static (double R, double G, double B) Parse(string property, string colour)
    {
        var hex = colour.Trim();
        if (hex.Length == 4 && hex[0] == '#')
        {
            hex = $"#{hex[1]}{hex[1]}{hex[2]}{hex[2]}{hex[3]}{hex[3]}";
        }

        if (hex.Length != 7 || hex[0] != '#' || !int.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var rgb))
        {
            throw new ArgumentException($"Theme: {property} must be a hex colour such as #1d70b8, not \"{colour}\".", property);
        }

        return (((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
    }

    private static double Luminance((double R, double G, double B) c) => (0.2126 * Linear(c.R)) + (0.7152 * Linear(c.G)) + (0.0722 * Linear(c.B));

    private static double Linear(double channel) => channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);
}
