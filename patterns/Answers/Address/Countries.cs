using System.Globalization;

namespace GovDesign.Patterns.Answers;

/// <summary>
/// Countries and territories by ISO 3166-1 alpha-2 code, our own compact list, with English names
/// and, for the countries asked about most often, Welsh and Vietnamese names (others fall back
/// to English).
/// </summary>
public static class Countries
{
    private const string English =
        "AF Afghanistan|AX Åland Islands|AL Albania|DZ Algeria|AS American Samoa|AD Andorra|AO Angola|AI Anguilla|AQ Antarctica|AG Antigua and Barbuda|" +
        "AR Argentina|AM Armenia|AW Aruba|AU Australia|AT Austria|AZ Azerbaijan|BS Bahamas|BH Bahrain|BD Bangladesh|BB Barbados|BY Belarus|BE Belgium|" +
        "BZ Belize|BJ Benin|BM Bermuda|BT Bhutan|BO Bolivia|BQ Bonaire, Sint Eustatius and Saba|BA Bosnia and Herzegovina|BW Botswana|BV Bouvet Island|" +
        "BR Brazil|IO British Indian Ocean Territory|VG British Virgin Islands|BN Brunei|BG Bulgaria|BF Burkina Faso|BI Burundi|CV Cape Verde|KH Cambodia|" +
        "CM Cameroon|CA Canada|KY Cayman Islands|CF Central African Republic|TD Chad|CL Chile|CN China|CX Christmas Island|CC Cocos (Keeling) Islands|" +
        "CO Colombia|KM Comoros|CG Congo|CD Congo (Democratic Republic)|CK Cook Islands|CR Costa Rica|CI Côte d’Ivoire|HR Croatia|CU Cuba|CW Curaçao|" +
        "CY Cyprus|CZ Czechia|DK Denmark|DJ Djibouti|DM Dominica|DO Dominican Republic|EC Ecuador|EG Egypt|SV El Salvador|GQ Equatorial Guinea|ER Eritrea|" +
        "EE Estonia|SZ Eswatini|ET Ethiopia|FK Falkland Islands|FO Faroe Islands|FJ Fiji|FI Finland|FR France|GF French Guiana|PF French Polynesia|" +
        "TF French Southern Territories|GA Gabon|GM Gambia|GE Georgia|DE Germany|GH Ghana|GI Gibraltar|GR Greece|GL Greenland|GD Grenada|GP Guadeloupe|" +
        "GU Guam|GT Guatemala|GG Guernsey|GN Guinea|GW Guinea-Bissau|GY Guyana|HT Haiti|HM Heard Island and McDonald Islands|VA Holy See|HN Honduras|" +
        "HK Hong Kong|HU Hungary|IS Iceland|IN India|ID Indonesia|IR Iran|IQ Iraq|IE Ireland|IM Isle of Man|IL Israel|IT Italy|JM Jamaica|JP Japan|" +
        "JE Jersey|JO Jordan|KZ Kazakhstan|KE Kenya|KI Kiribati|KP North Korea|KR South Korea|KW Kuwait|KG Kyrgyzstan|LA Laos|LV Latvia|LB Lebanon|" +
        "LS Lesotho|LR Liberia|LY Libya|LI Liechtenstein|LT Lithuania|LU Luxembourg|MO Macao|MG Madagascar|MW Malawi|MY Malaysia|MV Maldives|ML Mali|" +
        "MT Malta|MH Marshall Islands|MQ Martinique|MR Mauritania|MU Mauritius|YT Mayotte|MX Mexico|FM Micronesia|MD Moldova|MC Monaco|MN Mongolia|" +
        "ME Montenegro|MS Montserrat|MA Morocco|MZ Mozambique|MM Myanmar (Burma)|NA Namibia|NR Nauru|NP Nepal|NL Netherlands|NC New Caledonia|" +
        "NZ New Zealand|NI Nicaragua|NE Niger|NG Nigeria|NU Niue|NF Norfolk Island|MK North Macedonia|MP Northern Mariana Islands|NO Norway|OM Oman|" +
        "PK Pakistan|PW Palau|PS Palestine|PA Panama|PG Papua New Guinea|PY Paraguay|PE Peru|PH Philippines|PN Pitcairn Islands|PL Poland|PT Portugal|" +
        "PR Puerto Rico|QA Qatar|RE Réunion|RO Romania|RU Russia|RW Rwanda|BL Saint Barthélemy|SH Saint Helena, Ascension and Tristan da Cunha|" +
        "KN Saint Kitts and Nevis|LC Saint Lucia|MF Saint Martin|PM Saint Pierre and Miquelon|VC Saint Vincent and the Grenadines|WS Samoa|SM San Marino|" +
        "ST São Tomé and Príncipe|SA Saudi Arabia|SN Senegal|RS Serbia|SC Seychelles|SL Sierra Leone|SG Singapore|SX Sint Maarten|SK Slovakia|" +
        "SI Slovenia|SB Solomon Islands|SO Somalia|ZA South Africa|GS South Georgia and the South Sandwich Islands|SS South Sudan|ES Spain|LK Sri Lanka|" +
        "SD Sudan|SR Suriname|SJ Svalbard and Jan Mayen|SE Sweden|CH Switzerland|SY Syria|TW Taiwan|TJ Tajikistan|TZ Tanzania|TH Thailand|TL Timor-Leste|" +
        "TG Togo|TK Tokelau|TO Tonga|TT Trinidad and Tobago|TN Tunisia|TR Türkiye|TM Turkmenistan|TC Turks and Caicos Islands|TV Tuvalu|UG Uganda|" +
        "UA Ukraine|AE United Arab Emirates|GB United Kingdom|US United States|UM United States Minor Outlying Islands|VI United States Virgin Islands|" +
        "UY Uruguay|UZ Uzbekistan|VU Vanuatu|VE Venezuela|VN Vietnam|WF Wallis and Futuna|EH Western Sahara|YE Yemen|ZM Zambia|ZW Zimbabwe";

    private const string Welsh =
        "AU Awstralia|AT Awstria|BE Gwlad Belg|BR Brasil|CA Canada|CN Tsieina|HR Croatia|CY Cyprus|CZ Tsiecia|DK Denmarc|EG Yr Aifft|EE Estonia|" +
        "FI Y Ffindir|FR Ffrainc|DE Yr Almaen|GR Gwlad Groeg|HU Hwngari|IN India|IE Iwerddon|IT Yr Eidal|JP Japan|LV Latfia|LT Lithwania|" +
        "LU Lwcsembwrg|MX Mecsico|NL Yr Iseldiroedd|NZ Seland Newydd|NO Norwy|PK Pacistan|PL Gwlad Pwyl|PT Portiwgal|RO Rwmania|RU Rwsia|" +
        "ES Sbaen|SE Sweden|CH Y Swistir|TR Twrci|UA Wcráin|GB Y Deyrnas Unedig|US Yr Unol Daleithiau|VN Fietnam|ZA De Affrica|KR De Corea|" +
        "AR Yr Ariannin|BG Bwlgaria|IS Gwlad yr Iâ|IM Ynys Manaw|JE Jersey|GG Guernsey";

    private const string Vietnamese =
        "AU Úc|AT Áo|BE Bỉ|BR Brazil|KH Campuchia|CA Canada|CN Trung Quốc|CZ Séc|DK Đan Mạch|EG Ai Cập|FI Phần Lan|FR Pháp|DE Đức|GR Hy Lạp|" +
        "HK Hồng Kông|HU Hungary|IN Ấn Độ|ID Indonesia|IE Ireland|IT Ý|JP Nhật Bản|LA Lào|MY Malaysia|MX Mexico|MM Myanmar|NL Hà Lan|NZ New Zealand|" +
        "NO Na Uy|PH Philippines|PL Ba Lan|PT Bồ Đào Nha|RU Nga|SG Singapore|KR Hàn Quốc|KP Triều Tiên|ES Tây Ban Nha|SE Thụy Điển|CH Thụy Sĩ|" +
        "TW Đài Loan|TH Thái Lan|TR Thổ Nhĩ Kỳ|UA Ukraina|GB Vương quốc Anh|US Hoa Kỳ|VN Việt Nam|ZA Nam Phi|AR Argentina|IR Iran|SA Ả Rập Xê Út|AE Các Tiểu vương quốc Ả Rập Thống nhất";

    private static readonly IReadOnlyDictionary<string, string> EnglishNames = Parse(English);
    private static readonly IReadOnlyDictionary<string, string> WelshNames = Parse(Welsh);
    private static readonly IReadOnlyDictionary<string, string> VietnameseNames = Parse(Vietnamese);

    /// <summary>Every ISO 3166-1 alpha-2 code in the list.</summary>
    public static IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>)EnglishNames.Keys;

    /// <summary>Whether the code (in any case) is in the list.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code.</param>
    /// <returns>True when known.</returns>
    public static bool IsKnown(string? code) => code is { Length: 2 } && EnglishNames.ContainsKey(code.ToUpperInvariant());

    /// <summary>The country's name in the current UI language, falling back to English, then to the code.</summary>
    /// <param name="code">An ISO 3166-1 alpha-2 code.</param>
    /// <returns>The name.</returns>
    public static string Name(string code)
    {
        var key = code.ToUpperInvariant();
        var local = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
        {
            "cy" => WelshNames,
            "vi" => VietnameseNames,
            _ => EnglishNames,
        };
        return local.GetValueOrDefault(key) ?? EnglishNames.GetValueOrDefault(key) ?? key;
    }

    /// <summary>Every country as (code, name in the current UI language), sorted by name in the current culture.</summary>
    /// <returns>The list.</returns>
    public static IReadOnlyList<(string Code, string Name)> Sorted()
    {
        var comparer = StringComparer.Create(CultureInfo.CurrentCulture, ignoreCase: true);
        return [.. EnglishNames.Keys.Select(code => (code, Name(code))).OrderBy(c => c.Item2, comparer)];
    }

    private static Dictionary<string, string> Parse(string data) =>
        data.Split('|').ToDictionary(entry => entry[..2], entry => entry[3..], StringComparer.Ordinal);
}
