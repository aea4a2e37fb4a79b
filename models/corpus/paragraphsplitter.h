#pragma once

#include <QList>
#include <QString>
#include <QVarLengthArray>

namespace evaw {

/// A half-open span [start, end) of a paragraph's cleaned text.
struct TextSpan {
    int start = 0;
    int end = 0;
    int length() const { return end - start; }
};
/// The spans of one paragraph: nearly always a few, kept where they are made rather than
/// in a block of their own for each paragraph.
using TextSpans = QVarLengthArray<TextSpan, 8>;

/// The rules that cut the inventory's paragraphs into activities. Stateless.
namespace ParagraphSplitter {

/// Length of a list marker ("- ", "1- ", "2. ", "• ", "a) ") at the start, or 0.
int itemMarkerLength(QStringView text);

/// The style of a list marker, the same for every item of one list: "1." for "12. ",
/// "a)" for "b) " and "iv) ", "-" for "- ". Empty when @p text opens with no marker.
QString itemMarkerStyle(QStringView text);

/// True when @p line has a word in lower case that is no link word ("of", "and", "the"):
/// a title capitalises its words ("Protection, Support and Services for Victims"), and a
/// sentence's part has words that no title has.
bool hasAWordInLowerCase(QStringView line);

/// Length of the number a report gives its section in capitals, a roman numeral or a letter,
/// before a capital ("II. Measures taken...", "A. Legislation"), or 0.
int sectionNumberLength(QStringView text);

/// A heading: a short line with letters and no closing punctuation, not a list item.
bool isHeading(QStringView text);

/// True when @p next goes on with the paragraph that @p line leaves unfinished: a line
/// wrapped mid-sentence ("...in Nigeria, providing" / "clinical care to...").
bool continuesOnNextLine(QStringView line, QStringView next);

/// True when @p line, which ends on a word, a comma, a semicolon, a closing bracket or quote,
/// nearly fills the width @p wrapWidth at which its file wraps, or left no room for the next
/// word, and @p next, no list's item, opens with a word, a bracket or a quote.
bool reachesItsWrap(QStringView line, QStringView next, int wrapWidth);

/// True when @p line, the last of @p paragraph so far, fills the width @p wrapWidth at
/// which its file wraps its paragraphs and leaves a sentence unfinished, so that @p next
/// may go on with it whatever its first letter ("...jointly implemented the Spotlight" /
/// "Initiative in Harare..."). A paragraph that has no word in lower case is a title.
bool fillsItsWrap(QStringView paragraph, QStringView line, QStringView next, int wrapWidth);

/// True when @p next, no list's item, opens with a word that @p line had no room for within
/// the width @p wrapWidth at which its file wraps: the break was the wrap's, not the end of
/// a paragraph, even after a sentence's stop ("...province of Cabo Delgado." / "With...").
bool leftNoRoomForNext(QStringView line, QStringView next, int wrapWidth);

/// True when @p line, the last of @p paragraph so far, in a file whose paragraphs blank
/// lines set apart and whose lines wrap at @p wrapWidth, is a wrapped line of a sentence
/// that @p next, no list's item, goes on with, whatever either's last and first character
/// ("...adopting the UN-wide" / "Business Operations Strategy...").
bool goesOnInItsBlock(QStringView paragraph, QStringView line, QStringView next, int wrapWidth);

/// True when @p next opens with a marker of the list that @p paragraph, unfinished, holds
/// inside its text: a wrap put the marker at the line's start ("...on VAW; b)" / "c) use
/// corporate tools..."). Only markers closed by a bracket count.
bool listGoesOnInline(QStringView paragraph, QStringView next);

/// True when @p line opens with the first marker of a list inside a sentence that a wrap put
/// at the line's start ("...capacities in:" / "(i) applying..."): a marker of its list stands
/// inside one of the lines @p after it ("...services; and (ii) developing..."), before any
/// of them opens with a marker or is blank. Only markers closed by a bracket count.
bool listStartsInline(QStringView line, const QList<QStringView> &after);

/// An entry header of the inventory's item pages, "<period> | <entity>", either maybe after
/// its field's label ("Period: Jan 2022 - Dec 2022 | Entity: UNDP").
bool splitEntryHeader(QStringView text, QString *period, QString *entity);

/// An entry header with the entity first, "<entity> | <period>", "<entity> – <period>",
/// "<entity>, <period>" or "<entity> (<period>)"; the caller tells whether @p entity is an
/// entity's name.
bool splitEntityFirstHeader(QStringView text, QString *entity, QString *period);

/// A line that is only an entry's period, which a copy may print apart from its entity
/// ("Feb 2019 - Jan 2020" over "UNFPA"): a month or a range, not a year alone.
bool readPeriodLine(QStringView text, QString *period);

/// An entry header that a copy glued to what follows it on the line: "<period> | <entity>
/// <the entry's first paragraph>". @p rest is all after the bar as the header's pattern
/// reads it (a no-break space, or a reference to a space or a dash, as that character, in
/// its place), for the caller to tell the entity's name from the paragraph; @p restAt,
/// where it starts in @p text.
bool splitGluedEntryHeader(QStringView text, QString *period, QString *rest, qsizetype *restAt = nullptr);

/// Where an entry header starts in @p text after a heading glued before it ("Training and
/// Capacity Building Jan 2020 - Dec 2020 | UNFPA..."), or -1.
qsizetype entryHeaderAfterHeading(QStringView text);

/// The path an item page prints under "Item Path", "/UN-Inventory/Home/Measures/<measure>/
/// <period>/<entity>": the page's own record of the entry's measure, reporting period and
/// entity, which the measure's own '/' ("Victims/Survivors") does not confuse.
bool splitItemPath(QStringView text, QString *measure, QString *period, QString *entity);

/// A line that only identifies or links: an item page's id, a GUID in braces
/// ("{F229B353-C960-4ED2-ACEC-4FFCA3FBD3DA}"), a bare web address, a page's number, a
/// line of a table of contents ("2. Results by region ........ 7"), or what a printed report
/// puts at the top and foot of its pages: its symbol ("A/77/302"), its job number and the
/// page ("22-12345   5/20").
bool isPageFurniture(QStringView text);

/// A postal address written as a line of short parts ("One United Nations Plaza. New York,
/// NY 10017. USA"): three parts or more between stops and commas, of five words at most
/// each, one of them with a number among its words. Under a label that announces an address
/// (@p labelled), two parts are enough and none needs a number ("Sheikh Jarrah, East
/// Jerusalem. Palestinian Territory").
bool readsAsAnAddress(QStringView text, bool labelled = false);

/// Sentences glued with no space ("...the SGG and GTG.In Tajikistan, ...") become separate
/// spans; abbreviations ("U.N.", "e.g."), initials and decimals are not split.
TextSpans splitRunOns(QStringView text);

/// Where a heading glued to the end of @p text may start ("...and transport.Policy
/// framework"): after its last stop, when a capital follows that stop with no space and
/// what follows reads as a heading. Else -1.
int gluedHeadingStart(QStringView text);

/// True for the style of a counted list ("1.", "a)", "(i)"), false for bullets ("-").
bool isCountedStyle(QStringView style);

/// A numbered item that runs on into the next ones ("1. ...an event. 2. The programme...")
/// becomes a span per item, without the inner markers. Only markers of @p style, the style
/// of the item's own marker, count, and only counted ones ("1.", "a)"), never bullets.
TextSpans splitInlineItems(QStringView text, QStringView style);

/// Where a trailing lead-in ("...Tajikistan. In Albania UN Women CO:") starts: 0 when the
/// whole text is a lead-in, -1 when the text does not end in ':'.
int trailingLeadInStart(QStringView text);

/// True when the '.' at @p dot ends a sentence rather than an abbreviation or a number.
bool endsSentence(QStringView text, int dot);

} // namespace ParagraphSplitter
} // namespace evaw
