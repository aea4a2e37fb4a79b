#pragma once

#include <QStringView>

namespace evaw {

/// Whether a hyphen at a line's end is one a printed page set to cut a word ("the elimina-"
/// / "tion of"), which goes when the lines are joined, or the word's own ("gender-" /
/// "based"), which stays.
///
/// A page cuts a word or a name, never an acronym nor before a capital ("UN-" / "led",
/// "Socio-" / "Economic"), and leaves at least two letters before the hyphen and three after
/// it, as typesetters hyphenate English. The halves are then
/// one word when together they make a word of the English word list. Otherwise the hyphen
/// is the word's own where either half is a word ("gender-" / "based", "Covid-" /
/// "related"), or the first is a prefix that English writes with a hyphen ("multi-",
/// "anti-": a data file); halves that are no words at all ("femi-" / "cide") were one
/// word the lists do not know.
class LineEndHyphen
{
public:
    /// @p before: the letters before the hyphen, back to the word's start or an earlier
    /// hyphen; @p after: the letters that open the next line.
    static bool cutsAWord(QStringView before, QStringView after);
};

} // namespace evaw
