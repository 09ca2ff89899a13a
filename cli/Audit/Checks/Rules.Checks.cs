namespace GovDesign.Cli.Audit.Checks;

/// <summary>
/// GovDesign's checks: likely barriers that a person must confirm, found in one pass of <see cref="ScanScripts"/>
/// over the page. Each says what to look for (its description) and what to do (its help).
/// </summary>
internal static partial class Rules
{
    private static Rule Check(string id, Impact impact, string criterion, string description, string help, string understanding) =>
        new("govdesign-" + id, impact, criterion, description, help, understanding, Level.Check);

    public static readonly Rule LinkVague = Check("link-vague", Impact.Serious, "2.4.4",
        "The link's text (\"click here\", \"more\", \"read more\", a lone full stop) says nothing about where it goes when read alone.",
        "Make the link text say where it goes, for example \"Read the guidance on fees\"; screen reader users often list the links of a page.", "link-purpose-in-context");

    public static readonly Rule LinkSameText = Check("link-same-text", Impact.Moderate, "2.4.4",
        "Links with the same text go to different places.",
        "Give links that go to different places different text, or add hidden text that tells them apart.", "link-purpose-in-context");

    public static readonly Rule LinkAdjacent = Check("link-adjacent", Impact.Minor, "2.4.4",
        "This link follows another link to the same place with nothing between them (an icon and its text, say).",
        "Put the image and the text in one link, so keyboard and screen reader users meet it once.", "link-purpose-in-context");

    public static readonly Rule LinkNewWindow = Check("link-new-window", Impact.Moderate, "3.2.5",
        "The link opens a new window or tab and its text does not say so.",
        "Add \"(opens in new tab)\" to the link text, or open the page in the same tab.", "change-on-request");

    public static readonly Rule LinkDocument = Check("link-document", Impact.Moderate, "2.4.4",
        "The link goes to a document (PDF, Word, spreadsheet ...) and does not give its format and size.",
        "Say the format and size next to the link, for example \"Annual report (PDF, 1.2 MB)\", or publish the content as a web page.", "link-purpose-in-context");

    public static readonly Rule LinkScript = Check("link-script", Impact.Serious, "4.1.2",
        "A link with href=\"#\" run by a script, or a javascript: address, is used as a button.",
        "Use a <button> for actions and a link with a real address for going somewhere.", "name-role-value");

    public static readonly Rule LinkMediaTranscript = Check("link-media-transcript", Impact.Serious, "1.2.1",
        "Audio or video is linked or embedded here with no transcript nearby.",
        "Offer a transcript next to the audio or video, and captions for video.", "audio-only-and-video-only-prerecorded");

    public static readonly Rule LinkTitleRedundant = Check("link-title-redundant", Impact.Minor, "2.4.4",
        "The link's title repeats its text, so screen readers may read it twice.",
        "Remove the title, or make it add something the text does not say.", "link-purpose-in-context");

    public static readonly Rule FormGroupFieldset = Check("form-group-fieldset", Impact.Serious, "1.3.1",
        "Radios or checkboxes that answer one question are not in a fieldset with a legend.",
        "Put the group in a <fieldset> whose <legend> asks the question.", "info-and-relationships");

    public static readonly Rule FormLegendEmpty = Check("form-legend-empty", Impact.Serious, "1.3.1",
        "This legend is empty, so the group's question is not read out.",
        "Write the question in the legend.", "info-and-relationships");

    public static readonly Rule FormPlaceholderLabel = Check("form-placeholder-label", Impact.Serious, "3.3.2",
        "This field's only label is its placeholder, which disappears when people type and is often too pale.",
        "Give the field a visible <label>; put any example in a hint, not the placeholder.", "labels-or-instructions");

    public static readonly Rule FormLabelOrphan = Check("form-label-orphan", Impact.Moderate, "1.3.1",
        "This label's for attribute names no element on the page.",
        "Make the label's for match the id of its field.", "info-and-relationships");

    public static readonly Rule FormLabelTwice = Check("form-label-twice", Impact.Moderate, "1.3.1",
        "This field has more than one label; screen readers may read only one.",
        "Give each field one label; put extra information in a hint tied with aria-describedby.", "info-and-relationships");

    public static readonly Rule FormLabelRepeated = Check("form-label-repeated", Impact.Moderate, "2.4.6",
        "Different fields on the page have the same label, with no legend to tell them apart.",
        "Give each field a label that says what is different about it, or group them under legends.", "headings-and-labels");

    public static readonly Rule FormErrorColour = Check("form-error-colour", Impact.Serious, "1.4.1",
        "This field is marked as wrong (aria-invalid or an error class) but no error text is tied to it: the colour may be the only sign.",
        "Show an error message saying what is wrong, and tie it to the field with aria-describedby.", "use-of-color");

    public static readonly Rule FormErrorSuggestion = Check("form-error-suggestion", Impact.Moderate, "3.3.3",
        "This error message says that something is wrong (\"Invalid\", \"Required\") but not how to put it right.",
        "Say what to do, for example \"Enter a date of birth, like 27 3 2007\".", "error-suggestion");

    public static readonly Rule ImageAltFileName = Check("image-alt-file-name", Impact.Serious, "1.1.1",
        "The image's alt text is a file name.",
        "Write alt text that says what the image shows or does; use alt=\"\" when it is decoration.", "non-text-content");

    public static readonly Rule ImageAltTitle = Check("image-alt-title", Impact.Minor, "1.1.1",
        "The image's alt and title say different things, so people hear one and see the other.",
        "Make the alt text say it all and remove the title, or make them agree.", "non-text-content");

    public static readonly Rule ImageEmptyAltTitle = Check("image-empty-alt-title", Impact.Moderate, "1.1.1",
        "The image is marked as decoration (alt=\"\") but has a title, so it does carry information.",
        "If the image means something, put that in the alt text; if not, remove the title.", "non-text-content");

    public static readonly Rule ImageAnimated = Check("image-animated", Impact.Serious, "2.2.2",
        "This animated image plays for more than 5 seconds with no way to stop it.",
        "Stop the animation within 5 seconds, or give a control to pause it.", "pause-stop-hide");

    public static readonly Rule ImageBackground = Check("image-background", Impact.Moderate, "1.1.1",
        "This box shows a CSS background image and has no text or name: if the image carries information (text in the image, say), nobody using a screen reader gets it.",
        "Put meaningful images in an <img> with alt text; keep CSS backgrounds for decoration.", "non-text-content");

    public static readonly Rule TextSmall = Check("text-small", Impact.Moderate, "1.4.4",
        "This text is smaller than 9 points (12 CSS pixels) at 100% zoom.",
        "Use at least 16 pixels for body text; never go below 12 pixels.", "resize-text");

    public static readonly Rule TextCapitals = Check("text-capitals", Impact.Minor, "1.4.8",
        "A long passage is in capitals, which is harder to read.",
        "Use sentence case; keep capitals for a few words at most.", "visual-presentation");

    public static readonly Rule TextItalic = Check("text-italic", Impact.Minor, "1.4.8",
        "A long passage is in italics, which is harder to read.",
        "Use italics for a few words at most; use bold or a heading for emphasis.", "visual-presentation");

    public static readonly Rule TextJustified = Check("text-justified", Impact.Minor, "1.4.8",
        "A long passage is justified, which leaves uneven gaps between words.",
        "Align text to the left (the start of the line).", "visual-presentation");

    public static readonly Rule LanguageOfParts = Check("language-of-parts", Impact.Serious, "3.1.2",
        "This text is in a script the page's language does not use (Cyrillic on an English page, say) and has no lang of its own.",
        "Mark the passage with a lang attribute, for example <span lang=\"uk\">, so screen readers pronounce it.", "language-of-parts");

    public static readonly Rule LanguageDirection = Check("language-direction", Impact.Serious, "1.3.2",
        "This right-to-left text (Arabic, Hebrew ...) has no dir, so it may be shown in the wrong order.",
        "Add dir=\"rtl\" to the element holding it (or dir=\"auto\").", "meaningful-sequence");

    public static readonly Rule KeyboardClickOnly = Check("keyboard-click-only", Impact.Serious, "2.1.1",
        "This element acts on a click (a click handler or a button or link role) but the keyboard cannot reach it.",
        "Use a real <button> or link; failing that, add tabindex=\"0\" and handle Enter and Space.", "keyboard");

    public static readonly Rule KeyboardNoKeys = Check("keyboard-no-keys", Impact.Serious, "2.1.1",
        "This home-made button or link can be focused but nothing listens for Enter or Space.",
        "Use a real <button> or link, which the keyboard works with for free; failing that, handle Enter and Space.", "keyboard");

    public static readonly Rule DialogFocus = Check("dialog-focus", Impact.Serious, "2.4.3",
        "This dialog is open but focus is outside it.",
        "Move focus into a dialog when it opens, and back to what opened it when it closes.", "focus-order");

    public static readonly Rule AccessKey = Check("accesskey", Impact.Minor, "2.1.1",
        "This element has an accesskey, which can clash with the shortcuts of browsers and assistive technology.",
        "Remove the accesskey, or let people turn shortcuts off and change them.", "keyboard");

    public static readonly Rule TableNested = Check("table-nested", Impact.Moderate, "1.3.1",
        "A table is inside another table (or inside a table header).",
        "Use one table per set of data; lay pages out with CSS, not tables.", "info-and-relationships");

    public static readonly Rule TableCaption = Check("table-caption", Impact.Minor, "1.3.1",
        "This data table shares its section with another table and has no caption to tell them apart.",
        "Give each table a <caption> saying what it holds.", "info-and-relationships");

    public static readonly Rule PresentationalMarkup = Check("presentational-markup", Impact.Minor, "1.3.1",
        "An obsolete element for looks (<center>, <font>, <big>, <tt>, <strike>) is used.",
        "Use CSS for looks and elements for meaning (<strong>, <em>, headings).", "info-and-relationships");

    public static readonly Rule MovingText = Check("moving-text", Impact.Serious, "2.2.2",
        "<marquee> or <blink> text moves or flashes with no way to stop it.",
        "Show the text still.", "pause-stop-hide");

    public static readonly Rule MediaAutoplay = Check("media-autoplay", Impact.Serious, "1.4.2",
        "Audio or video plays with sound on its own when the page loads.",
        "Do not start media on its own; if you must, start it muted and give a control to stop it.", "audio-control");

    public static readonly Rule DuplicateId = Check("duplicate-id", Impact.Minor, "4.1.2",
        "Two or more elements have the same id, so labels, descriptions and links to it may find the wrong one.",
        "Make every id on the page unique.", "name-role-value");

    /// <summary>
    /// Every check, by its id: those above, then those kept in files of their own with their code
    /// (ReadingLevelCheck.cs and the rest). Built on first use, when the fields of every part are set.
    /// </summary>
    public static IReadOnlyDictionary<string, Rule> Checks => _checks ??= new[]
    {
        LinkVague, LinkSameText, LinkAdjacent, LinkNewWindow, LinkDocument, LinkScript, LinkMediaTranscript, LinkTitleRedundant,
        FormGroupFieldset, FormLegendEmpty, FormPlaceholderLabel, FormLabelOrphan, FormLabelTwice, FormLabelRepeated, FormErrorColour, FormErrorSuggestion,
        ImageAltFileName, ImageAltTitle, ImageEmptyAltTitle, ImageAnimated, ImageBackground,
        TextSmall, TextCapitals, TextItalic, TextJustified, LanguageOfParts, LanguageDirection,
        KeyboardClickOnly, KeyboardNoKeys, DialogFocus, AccessKey, TableNested, TableCaption, PresentationalMarkup, MovingText, MediaAutoplay, DuplicateId,
        ReadingLevel, LanguageWords, Abbreviation, DisclosureState, DialogReturnFocus, MarkupNesting,
    }.ToDictionary(r => r.Id);

    private static Dictionary<string, Rule>? _checks;
}
