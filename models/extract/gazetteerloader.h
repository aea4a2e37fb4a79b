#pragma once

#include "gazetteer.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace evaw {

/// Builds the Gazetteer from the data compiled into the engine: iso-codes' ISO 3166-1 and
/// 3166-2, CLDR's M49 territory containment and names, and the project's own JSON files
/// under resources/gazetteer (agencies, partners, programmes, themes, measures, additions).
class GazetteerLoader
{
public:
    /// Loads from the resource root ":/" unless @p root names a folder with the same layout.
    explicit GazetteerLoader(QString root = QStringLiteral(":/"));

    /// Returns false and sets error() when a data file is missing or malformed.
    bool load(Gazetteer *gazetteer);
    QString error() const { return m_error; }

    /// The regions regions.json lists with their members, M49 aside: UN Women's, and those
    /// reports name that M49 has not (the Sahel). Each has an id, a name, aliases and names.
    static QJsonArray listedRegions(const QJsonObject &regionsFile);

    /// CLDR's names of subdivisions in one language (the file @p path), by their ISO 3166-2
    /// code in lower case without the hyphen ("mzp" for MZ-P). False, with @p error, when
    /// the file cannot be read.
    static bool readCldrSubdivisions(const QString &path, QHash<QString, QString> *names, QString *error);

private:
    bool loadEntityFile(Gazetteer *gazetteer, const QString &file, EntityKind kind);
    bool loadOtherMeanings(Gazetteer *gazetteer, const QString &file, const QJsonObject &root);
    bool loadCountries(Gazetteer *gazetteer);
    bool loadSubdivisions(Gazetteer *gazetteer, const QJsonArray &cities);
    bool loadCities(Gazetteer *gazetteer, const QJsonArray &cities);
    bool loadRegions(Gazetteer *gazetteer);
    bool loadMeasures(Gazetteer *gazetteer);
    bool loadPageLabels(Gazetteer *gazetteer);
    bool countriesOf(const Gazetteer &gazetteer, const QStringList &keys, QSet<QString> *countries);
    static QString subdivisionNameKey(const QString &country, const QString &name);
    static QJsonObject namedSubdivision(const QList<QJsonObject> &sharing, const QSet<QString> &citySubdivisions);
    bool readJson(const QString &file, QJsonObject *object);
    bool fail(const QString &message);

    QString m_root;
    QString m_error;
    QHash<QString, QString> m_subdivisionByName; ///< "country:folded name" to ISO 3166-2 code
};

} // namespace evaw
