#pragma once

#include "activity.h"
#include "extract/gazetteer.h"

#include <QList>
#include <QString>

namespace evaw {

/// Reads from paragraphs which entity reports them, by what they say alone: the reporting
/// entity a record names most, the subject a paragraph opens with, the one whose work it
/// tells of, or the words an entity's own entries use for it; and whether an entity guessed
/// for a paragraph can have worked where the paragraph is. Where a paragraph stands on its
/// page, and what the page said before it, is the parser's to weigh.
class ReportingEntityReader
{
public:
    explicit ReportingEntityReader(const Gazetteer &gazetteer);

    /// The reporting entity @p paragraphs are most about, or the one they refer to by the
    /// words its entries use ("the Initiative"); empty when they tell none.
    QString inferFrom(const QList<Activity> &paragraphs) const;
    /// The reporting entity @p paragraph names as its subject; empty when it names none.
    QString subjectOf(const Activity &paragraph, QStringList *jointSubjects = nullptr) const;
    /// The one reporting entity @p paragraph tells the work of, in the possessive.
    QString ownerOf(const Activity &paragraph) const;
    /// False when @p entity works only in some countries and @p paragraph names others only.
    bool mayHaveReported(const QString &entity, const Activity &paragraph) const;

private:
    QString selfReferenced(const QList<Activity> &paragraphs) const;
    QString openingSelfReference(const Activity &paragraph) const;
    bool refersTo(const Gazetteer::SelfReference &reference, const QList<Activity> &paragraphs) const;
    QString subjectAfterPartners(const Activity &paragraph, qsizetype comma) const;
    static bool saysWithItsArticle(QStringView text, QStringView phrase);
    static bool opensAfterAShortPhrase(QStringView opening);
    static bool namesPartners(QStringView phrase);
    static qsizetype commaOutsideBrackets(QStringView text);
    static bool insideBrackets(QStringView text);
    static QString withoutBrackets(QStringView text);
    static qsizetype afterTwoOpeningPhrases(QStringView text, qsizetype comma);
    static bool followsOfOrBy(QStringView before);
    static bool backsWhatFollows(QStringView after);

    const Gazetteer &m_gazetteer;
};

} // namespace evaw
