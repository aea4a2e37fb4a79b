#include "lineendhyphen.h"

#include "wordlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace evaw {

namespace {

// The fewest letters English hyphenation leaves before a cut and carries after it.
constexpr qsizetype kLettersBeforeCut = 2;
constexpr qsizetype kLettersAfterCut = 3;

QSet<QString> loadPrefixes()
{
    QSet<QString> prefixes;
    QFile file(QStringLiteral(":/gazetteer/hyphen-prefixes.json"));
    if (!file.open(QIODevice::ReadOnly))
        return prefixes;
    const QJsonArray list = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("prefixes")).toArray();
    for (const QJsonValue &prefix : list)
        prefixes.insert(prefix.toString().toLower());
    return prefixes;
}

bool isHyphenatedPrefix(QStringView letters)
{
    static const QSet<QString> prefixes = loadPrefixes();
    return prefixes.contains(letters.toString().toLower());
}

bool hasLowerCase(QStringView letters)
{
    return std::any_of(letters.cbegin(), letters.cend(), [](QChar c) { return c.isLower(); });
}

} // namespace

bool LineEndHyphen::cutsAWord(QStringView before, QStringView after)
{
    // Names and acronyms are not cut ("Socio-" / "Economic", "UN-" / "led"), nor a word too
    // short for it ("e-" / "mail", "follow-" / "up").
    if (after.isEmpty() || !after.front().isLower() || !hasLowerCase(before) || before.size() < kLettersBeforeCut
        || after.size() < kLettersAfterCut)
        return false;
    const WordList &words = WordList::english();
    if (words.contains(QString(before.toString() + after)))
        return true;
    // Halves that are words, or a prefix and a word, were hyphenated by their writer.
    return !isHyphenatedPrefix(before) && !words.contains(before) && !words.contains(after);
}

} // namespace evaw
