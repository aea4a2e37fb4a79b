#pragma once

#include "extract/entity.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace evaw {

/// Country, place and region names in the reader's language, from the catalogs Debian
/// ships: iso-codes' gettext translations (iso_3166-1, iso_3166-2), CLDR's locale files
/// for M49 regions and cities, and CLDR's subdivision names where iso-codes has none; the
/// names of forms of violence, of partners such as "Government" and of the inventory's
/// measures from the gazetteer's own data. Where a language has no name for something, the
/// English one stays.
class NameLocalizer
{
public:
    static QStringList languages()
    {
        return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es"), QStringLiteral("ar")};
    }

    explicit NameLocalizer(QString root = QStringLiteral(":/"));

    /// Loads the catalogs of @p language ("en" needs none); false with @p error when one
    /// cannot be read.
    bool load(const QString &language, QString *error);
    QString language() const { return m_language; }

    /// The name of @p ref in the language, or its English name.
    QString name(const EntityRef &ref) const;
    /// The name of the inventory's measure @p measure (its English name) in the language.
    QString measureName(const QString &measure) const;
    /// An agency's full name in the language where the UN publishes one, else in English.
    QString agencyFullName(const QString &key) const;

    /// Reads a GNU gettext .mo catalog into msgid -> msgstr.
    static QHash<QString, QString> readCatalog(const QString &path, QString *error);

private:
    bool loadStandards(QString *error);
    bool loadCldrNames(QString *error);
    struct CldrNames {
        QHash<QString, QString> territories; ///< by territory code
        QHash<QString, QString> cities; ///< by time zone
    };
    static CldrNames readCldr(const QString &path, bool *ok);
    bool loadCldrSubdivisions(QString *error);
    void loadCldrCities(const QHash<QString, QString> &localCities);
    void loadOwnNames();

    QString m_root;
    QString m_language = QStringLiteral("en");
    QHash<QString, QStringList> m_countryMsgids; ///< alpha-2 -> msgids, preferred first
    QHash<QString, QString> m_placeMsgids; ///< ISO 3166-2 code -> msgid
    QHash<QString, QString> m_countries; ///< msgid -> translation
    QHash<QString, QString> m_places;
    QHash<QString, QString> m_regions; ///< region code -> name
    /// Country code -> CLDR's name, for the countries ISO 3166-1 leaves out (Kosovo)
    QHash<QString, QString> m_cldrCountries;
    QHash<QString, QString> m_cldrCities; ///< English name -> name in the language
    QSet<QString> m_cities; ///< "country:name" of the cities the gazetteer lists
    QHash<QString, QString> m_cldrPlaces; ///< CLDR's subdivision id ("mzp" for MZ-P) -> name
    QHash<QString, QString> m_fullNames; ///< agency key -> full name
    QHash<QString, QString> m_entityNames; ///< theme or partner key -> name
    QHash<QString, QString> m_measureNames; ///< English name -> name
};

} // namespace evaw
