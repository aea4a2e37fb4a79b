#pragma once

#include "corpus/activity.h"
#include "searchterms.h"

#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace evaw {

class NameLocalizer;
struct SourceExcerpt;

/// One activity in full: its paragraph with every mention marked by kind and clickable,
/// what it is filed under without naming it (a lead-in's country, a city's country), who
/// reported it, where it came from (with the raw source around it, the span marked),
/// where else the same text stands, and its variants with the figures that differ.
/// Corpus text is always escaped: markup in it shows as the characters it is.
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(QWidget *parent = nullptr);

    /// Names entities in the reader's language; without it, their English names stand.
    void setNameLocalizer(const NameLocalizer *localizer) { m_localizer = localizer; }

    /// The search the list is filtered by: its words are marked wherever the next activity
    /// shown, and its source, say them.
    void setSearch(const QString &typed);
    QString search() const { return m_search; }

    void showActivity(const Activity &activity, const QList<Activity> &variants, const SourceExcerpt &source);
    /// The raw source around the activity shown, once read: its span selected and centred.
    void showSource(const SourceExcerpt &source);
    void clear();

    QTextBrowser *browser() const { return m_browser; }
    QPlainTextEdit *sourceView() const { return m_source; }
    /// The paragraph as plain text, as the user reads it.
    QString paragraphText() const;

    /// Background colour of a mention kind ("country", "agency", "date"...).
    static QColor kindColour(const QString &kind);
    /// The figures ("18 countries") one text states and the other does not.
    static QStringList differingFigures(const QString &text, const QString &other);

Q_SIGNALS:
    /// The user clicked a mention: @p kind is "country", "place", "agency", "partner",
    /// "programme", "theme", "region" or "year"; @p value a code, key, name or year.
    void mentionActivated(const QString &kind, const QString &value);
    /// The user clicked a variant's place, to read that activity.
    void activityRequested(qint64 id);

private:
    /// A remark on the activity, set apart from its text: in italics, but upright in a
    /// right-to-left interface.
    QString asideHtml(const QString &escapedText) const;
    QString paragraphHtml(const Activity &activity) const;
    /// @p text from @p from to @p to, escaped, with the search's words in @p hits marked.
    static QString withHits(const QString &text, int from, int to, const QList<SearchTerms::Span> &hits);
    void markHitsInSource();
    QString variantsHtml(const Activity &activity, const QList<Activity> &variants) const;
    static QString repeatPlace(const Activity &activity, const Occurrence &occurrence);
    QString unnamedEntitiesHtml(const Activity &activity) const;

    QTextBrowser *m_browser;
    QPlainTextEdit *m_source;
    QString m_paragraph;
    QString m_search;
    SearchTerms m_searchTerms;
    const NameLocalizer *m_localizer = nullptr;
};

} // namespace evaw
