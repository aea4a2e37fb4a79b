#pragma once

#include "ahocorasick.h"
#include "entity.h"

#include <QBitArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace evaw {

/// One thing the extractor can recognise, with how it may be recognised.
struct GazetteerEntry {
    EntityRef ref;
    bool needsCountryContext = false; ///< sub-national places count only beside their country
    bool reports = false; ///< may be the reporting entity of an inventory entry
    QList<int> implies; ///< entries that a mention of this one brings along (a city's country)
};

/// A measure category of the inventory, recognised in section headings.
struct Measure {
    QString id;
    QString name;
    QStringList aliases;
};

/// A candidate found by the matcher: an alias at a position, for one or more entries.
struct AliasMatch {
    int start = 0;
    int length = 0;
    int alias = 0;
};

/// All names the engine recognises, with one compiled matcher over every alias.
class Gazetteer
{
public:
    int addEntry(const GazetteerEntry &entry); ///< returns the entry's index; an existing key is reused
    void addAlias(int entry, const QString &alias);
    /// A phrase in which a name the gazetteer knows means something else ("drug trafficking"
    /// is no trafficking in persons): it is matched whole, so no name inside it is read, and
    /// names no entry itself. False, and nothing added, where the phrase is blank or a name.
    /// Words added later as a name are a name.
    bool addOtherMeaning(const QString &phrase);
    void addImplication(int entry, int implied);
    /// The word ISO 3166-2 gives for what subdivision @p entry is ("State" of "Rakhine"), the
    /// last of its words ("Region" of "Autonomous region").
    void setSubdivisionTitle(int entry, const QString &type);
    QString subdivisionTitle(int entry) const { return m_subdivisionTitles.value(entry); }
    void setNeedsCountryContext(int entry, bool needs) { m_entries[entry].needsCountryContext = needs; }
    /// Renames an entry: the name shown, not one it is found by.
    void setName(int entry, const QString &name);
    void addMeasure(const Measure &measure);
    void addPageLabel(const QString &label);
    void addPageTitle(const QString &title); ///< a label too
    void addPageSection(const QString &heading);
    /// A word of a page's links to other pages of results ("Next", "»"): a line of such
    /// words and page numbers is a label.
    void addNavigationWord(const QString &word);
    /// The opening of a line of a page's footer ("©", "Follow us"): the line is a label.
    void addLabelOpening(const QString &opening);
    /// A word saying that the name before it is a subdivision's. A @p weak one ("state")
    /// says so, in lower case, only where the subdivision's country is named as well.
    void addSubdivisionWord(const QString &word, bool weak = false);
    /// A title before a person's name ("Ms.", "Dr"): "Mr. Jordan" names no country. An
    /// @p office's title ("Minister") does so only before a name and a surname: "Minister
    /// Mali Sanogo" names no country, "the Minister Mali sent" does.
    void addPersonTitle(const QString &title, bool office = false);
    /// A word that, after a country's name and a hyphen, makes the country a donor: "funded".
    void addDonorWord(const QString &word);
    /// A capitalised word that, after a city's or subdivision's name, makes the name an
    /// instrument's: "the Kampala Convention", "the Bangkok Rules".
    void addInstrumentWord(const QString &word);
    void addAddressLabel(const QString &label); ///< a label too
    /// The fields of an item page whose value may stand under their label, and the columns
    /// of a table of entries (which has the text's and its title's too). An entry's partners
    /// and donors are its partners; its details (a budget, its beneficiaries) are no text.
    enum class PageField { None, Entity, Period, Measure, Country, Partners, Detail, Text, Title };
    void addFieldLabel(const QString &label, PageField field); ///< a label too, and an item's
    /// A label that an item page prints among its entry's fields ("Item ID"): a label too.
    void addItemLabel(const QString &label);
    void addTableColumn(const QString &heading, PageField field);
    void addRegionMember(const QString &regionCode, const QString &member);
    void setRemit(int entry, const QSet<QString> &countries);
    void addSelfReference(int entry, const QString &phrase);
    void build();

    int size() const { return int(m_entries.size()); }
    const GazetteerEntry &entry(int index) const { return m_entries.at(index); }
    int indexOf(const QString &key) const { return m_byKey.value(key, -1); }
    const QList<Measure> &measures() const { return m_measures; }

    /// The measure whose name a heading contains, or nullptr.
    const Measure *measureForHeading(QStringView heading) const;
    /// The measure that @p line names and nothing else, however the page writes it
    /// ("Data collection, analysis & research", "services for victims / survivors"), or
    /// nullptr. Such a line is a heading even when it reads as a sentence would.
    const Measure *measureNamedBy(QStringView line) const;

    /// True when @p line is one of the labels the inventory's pages print around entries
    /// ("Search", "Item Path", "Abstract"), in any case. A '#' in a label stands for a
    /// number ("About # results"). Labels apart by bars ("Privacy notice | Terms of use"),
    /// links to other pages ("« Previous 1 2 3 Next »") and a footer's lines are labels too.
    bool isPageLabel(QStringView line) const;

    /// True when @p line is the title of one of the inventory's pages ("Search", "Measures"),
    /// in any case: a file of several pages starts another one there.
    bool isPageTitle(QStringView line) const;

    /// True when @p line is a label that an agency's postal address follows ("Mail Address").
    bool isAddressLabel(QStringView line) const;
    /// True when @p line is a label of an item page's fields ("Item ID", "UN Agency").
    bool isItemLabel(QStringView line) const;
    /// The field whose value the line under label @p line may give ("UN Agency": the entity).
    PageField fieldOfLabel(QStringView line) const;
    /// The field a table's column headed @p cell holds ("Country", "Description"), in any case.
    PageField tableColumnOf(QStringView cell) const;

    /// True when @p heading opens a section of an agency's page ("Background"), in any case.
    bool isPageSection(QStringView heading) const;

    /// True when the words from @p end on in @p text say that the name before them is a
    /// subdivision's: a word such as "region" follows, at once or after a list of other
    /// names ("Somali and Afar regions"). Where no country is @p countryNamed, a weak word
    /// counts only when capitalised: "Niger State", but not "the Niger state budget".
    bool subdivisionWordFollows(QStringView text, qsizetype end, bool countryNamed = true) const;

    /// True when a person's title stands right before the name from @p start to @p nameEnd
    /// in @p text ("Dr. Georgia", "Minister Mali Sanogo").
    bool personTitleBefore(QStringView text, qsizetype start, qsizetype nameEnd) const;
    /// True when a hyphen and a donor's word follow @p end in @p text ("Japan-funded").
    bool donorWordFollows(QStringView text, qsizetype end) const;
    /// True when a space and an instrument's word follow @p end in @p text ("Geneva Conventions").
    bool instrumentWordFollows(QStringView text, qsizetype end) const;

    /// Direct members of an M49 region (countries or sub-regions) from CLDR's containment.
    QStringList regionMembers(const QString &regionCode) const { return m_regionMembers.value(regionCode); }

    /// The countries (ISO alpha-2) that the entity named @p name works in, where its mandate
    /// bounds them (UNRWA's fields, a regional commission's region); empty where it does not.
    QSet<QString> remitOf(const QString &name) const { return m_remits.value(name); }

    /// How an entity's own entries refer to it without its name ("the Initiative"), by entry.
    struct SelfReference {
        QString phrase;
        int entry = -1;
    };
    const QList<SelfReference> &selfReferences() const { return m_selfReferences; }

    const QList<int> &aliasEntries(int alias) const { return m_aliases.at(alias).entries; }

    /// Hands onMatch(const AliasMatch &) every alias found as a whole word in @p text, with
    /// the case the alias asks for, in order of end. Callers collect into a buffer of their
    /// own, so that a text costs no allocation.
    template<typename Callback> void forEachMatch(QStringView text, Callback &&onMatch) const
    {
        m_matcher.scan(text, [&](int start, int length, int alias) {
            if (isWholeWord(text, start, length) && caseFits(m_aliases[alias].upperAt, text.mid(start, length)))
                onMatch(AliasMatch{start, length, alias});
        });
    }

    /// Upper-case letters in an alias must be upper-case in the text, so "WHO" does not match
    /// "Who" while "child marriage" matches "Child Marriage". @p upperAt lists where the
    /// alias has them.
    static bool caseFits(const QList<int> &upperAt, QStringView text);

    /// Whether text[start, start + length) neither begins nor ends inside a word.
    static bool isWholeWord(QStringView text, int start, int length);

private:
    bool isListedPageLabel(QStringView line) const;
    bool opensAsALabel(QStringView line) const;
    bool isLinksToPages(QStringView line) const;
    bool isLabelsApartByBars(QStringView line) const;

    int aliasIndex(const QString &text);

    struct Alias {
        QString text;
        QList<int> entries;
        /// Where the alias has upper-case letters: every raw match is checked, and only there.
        QList<int> upperAt;
    };

    QList<GazetteerEntry> m_entries;
    QHash<QString, int> m_byKey;
    QList<Alias> m_aliases;
    QHash<QString, int> m_aliasIndex;
    QList<Measure> m_measures;
    QHash<int, QString> m_subdivisionTitles; ///< by entry, apart: only a few matches need them
    QHash<QString, qsizetype> m_measureKeys; ///< a measure's name and aliases, as measureNamedBy() reads them
    QSet<QString> m_pageLabels; ///< folded
    QBitArray m_pageLabelLengths; ///< the lengths the page labels have
    QSet<QString> m_pageTitles; ///< folded
    QSet<QString> m_pageSections; ///< folded
    QSet<QString> m_navigationWords; ///< folded
    QString m_navigationInitials; ///< the first characters of m_navigationWords
    QStringList m_labelOpenings; ///< as written
    QString m_labelOpeningInitials; ///< the first letters of m_labelOpenings, folded
    QSet<QString> m_subdivisionWords; ///< folded
    QSet<QString> m_weakSubdivisionWords; ///< folded; a part of m_subdivisionWords
    QStringList m_personTitles; ///< as written, without a full stop; a dozen
    QStringList m_officeTitles; ///< titles of an office, which need a surname after the name
    quint32 m_personTitleInitials = 0; ///< the letters A to Z that titles open with, as bits
    QStringList m_donorWords; ///< folded; a handful
    QStringList m_instrumentWords; ///< as written; a few dozen
    QSet<QString> m_addressLabels; ///< folded
    QHash<QString, PageField> m_fieldLabels; ///< by folded label
    QSet<QString> m_itemLabels; ///< folded; the field labels among them
    QHash<QString, PageField> m_tableColumns; ///< by folded heading
    QHash<QString, QStringList> m_regionMembers;
    QHash<QString, QSet<QString>> m_remits; ///< by the entity's name
    QList<SelfReference> m_selfReferences;
    AhoCorasick m_matcher;
};

} // namespace evaw
