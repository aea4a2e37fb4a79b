#pragma once

#include <QString>

namespace evaw {

/// HTML's character references ("&amp;", "&rsquo;", "&#8217;", "&#x2019;"), which text
/// copied from a page's source rather than from the page itself keeps.
///
/// The named ones are those of the W3C's entity set for HTML and MathML, read once from the
/// copy compiled into the engine. Only a reference closed by its semicolon counts, as prose
/// writes "AT&T" and "R&D" with none; and only one that names a character a text may hold:
/// "&#0;" or a lone surrogate stays as it is written.
class CharacterReference
{
public:
    /// The length of the reference at @p at of @p text, or 0 where none starts there; what
    /// it stands for (one or two characters) goes to @p value when given.
    static int read(QStringView text, qsizetype at, QString *value = nullptr);

    /// How many named references there are: none if the entity set could not be read.
    static qsizetype namedCount();
};

} // namespace evaw
