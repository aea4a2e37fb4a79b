#pragma once

#include <QString>

namespace evaw {

/// What a person types into the search field, made into an FTS5 query.
///
/// The search speaks FTS5's language: phrases in quotes, "prefix*", AND, OR, NOT, NEAR and
/// brackets. Any other word is taken as the words it holds, so that "one-stop",
/// "UN-Habitat" or "Women's" find what they say instead of being read as syntax (FTS5 reads
/// "-" and "'" as errors or column filters). A query that is wrong as FTS5 (an unclosed
/// quote or bracket, an operator with nothing beside it) stays wrong, for SQLite to explain.
class FullTextQuery
{
public:
    static QString toFts5(const QString &typed);

private:
    static bool isOperator(QStringView word);
    static bool isBareword(QStringView word);
    static QString wordToFts5(QStringView word);
};

} // namespace evaw
