#pragma once

#include <QString>

namespace evaw {

/// Case and typography folding shared by the matcher and the comparisons of text:
/// lower case, typographic quotes to ASCII quotes, dash variants to '-', odd spaces to ' '.
/// Every code unit folds to exactly one code unit, so offsets survive folding.
namespace TextFold {

char16_t fold(char16_t c);
QString folded(QStringView text);

/// Text as a person would compare it: typography folded, case kept, spaces collapsed.
QString normalizedForComparison(QStringView text);

inline bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

} // namespace TextFold
} // namespace evaw
