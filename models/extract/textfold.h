#pragma once

#include <QString>

namespace evaw {

/// Case and typography folding shared by the matcher and the comparisons of text: lower
/// case, accented Latin letters to their base letter, typographic quotes to ASCII quotes,
/// dash variants to '-', odd spaces to ' '.
/// Every code unit folds to exactly one code unit, so offsets survive folding.
namespace TextFold {

char16_t fold(char16_t c);
QString folded(QStringView text);

/// Text as a person would compare it: typography folded, case kept, spaces collapsed.
QString normalizedForComparison(QStringView text);

/// Letters, digits and combining marks: what a whole-word match may not touch.
inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace TextFold
} // namespace evaw
