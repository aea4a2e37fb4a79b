#include "exportcommand.h"

#include "briefingwriter.h"
#include "chartexporter.h"
#include "corpussession.h"
#include "explorerstate.h"
#include "languagemanager.h"
#include "tableexporter.h"
#include "timelinemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

#include <array>
#include <tuple>

namespace evaw {

namespace {

int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            current[j]
                = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        previous = current;
    }
    return previous[b.size()];
}

// Resolves what the user typed to an entity of @p kinds the corpus names: its key, its id
// within its kind ("fgm" for "theme:fgm"), its code, or its name in the export's language
// or in English.
QString resolve(const ExplorerState &state, const QString &wanted, const QList<EntityKind> &kinds, bool wantCode,
    QStringList *known)
{
    auto same = [&](QStringView candidate) { return candidate.compare(wanted, Qt::CaseInsensitive) == 0; };
    for (const EntityRef &ref : state.index().entities()) {
        if (!kinds.contains(ref.kind))
            continue;
        const QStringView id = QStringView(ref.key).mid(ref.key.indexOf(u':') + 1);
        const int entry = state.gazetteer().indexOf(ref.key);
        const QString english = entry >= 0 ? state.gazetteer().entry(entry).ref.name : ref.name;
        known->append(ref.name);
        if (ref.kind == EntityKind::Theme) // named in words the user may not know: offer the id too
            known->append(id.toString());
        if (same(ref.name) || same(english) || same(ref.code) || same(ref.key) || same(id))
            return wantCode ? ref.code : ref.key;
    }
    return {};
}

} // namespace

QStringList ExportCommand::closeMatches(const QString &wanted, const QStringList &candidates)
{
    QStringList matches;
    const QString folded = wanted.toCaseFolded();
    for (const QString &candidate : candidates) {
        const QString other = candidate.toCaseFolded();
        qsizetype prefix = 0;
        while (prefix < std::min(folded.size(), other.size()) && folded[prefix] == other[prefix])
            ++prefix;
        // Containment, a typo or two, or a misspelt ending ("Mozambik").
        if (other.contains(folded) || folded.contains(other) || editDistance(folded, other) <= 2
            || (prefix >= 4 && prefix * 2 >= folded.size()))
            matches.append(candidate);
    }
    matches.removeDuplicates();
    matches.sort(Qt::CaseInsensitive);
    return matches.mid(0, 8);
}

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a chart, the activity table, the agencies working together or a briefing, with no window."));
    parser.addHelpOption();
    const QCommandLineOption agency(
        QStringLiteral("agency"), tr("Agency to filter by (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption allAgencies(QStringLiteral("all-agencies"), tr("Activities must name all the agencies."));
    const QCommandLineOption withPartners(QStringLiteral("with-partners"),
        tr("Pairs and briefing: pair the UN agencies with partners outside the UN too."));
    const QCommandLineOption country(
        QStringLiteral("country"), tr("Country to filter by (repeatable)."), QStringLiteral("code"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        tr("Form of violence to filter by, by name or id such as fgm (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption programme(QStringLiteral("programme"),
        tr("Programme or mechanism to filter by, by name or id (repeatable)."), QStringLiteral("name"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First year."), QStringLiteral("year"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last year."), QStringLiteral("year"));
    const QCommandLineOption search(QStringLiteral("search"), tr("Full-text query."), QStringLiteral("query"));
    const QCommandLineOption format(
        QStringLiteral("format"), tr("png, svg, pdf, csv or xlsx."), QStringLiteral("format"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Canvas in pixels, WxH."), QStringLiteral("WxH"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), tr("Resolution."), QStringLiteral("N"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Title."), QStringLiteral("text"));
    const QCommandLineOption database(
        QStringLiteral("database"), tr("Store to read (default: in memory)."), QStringLiteral("path"));
    const QCommandLineOption output(
        QStringList{QStringLiteral("o"), QStringLiteral("output")}, tr("File to write."), QStringLiteral("file"));
    const QCommandLineOption language(QStringLiteral("lang"), tr("Language of the export: en, fr, es or ar."),
        QStringLiteral("code"), QStringLiteral("en"));
    parser.addOptions({agency, allAgencies, withPartners, country, theme, programme, from, to, search, format, size,
        dpi, title, database, output, language});
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("chart|table|pairs|briefing"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(1);
    const bool tabular = what == QLatin1String("table") || what == QLatin1String("pairs");
    if (!tabular && what != QLatin1String("chart") && what != QLatin1String("briefing")) {
        err << tr("say what to export: chart, table, pairs or briefing") << Qt::endl;
        return 2;
    }
    if (!parser.isSet(output)) {
        err << tr("name the file to write with -o FILE") << Qt::endl;
        return 2;
    }
    const QString path = parser.value(output);
    QString chosen = parser.value(format).toLower();
    if (chosen.isEmpty())
        chosen = QFileInfo(path).suffix().toLower();
    const QStringList allowed = what == QLatin1String("chart")
        ? QStringList{QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}
        : tabular ? QStringList{QStringLiteral("csv"), QStringLiteral("xlsx")}
                  : QStringList{QStringLiteral("pdf")};
    if (!allowed.contains(chosen)) {
        err << tr("a %1 exports as %2, not '%3'").arg(what, allowed.join(QStringLiteral(", ")), chosen) << Qt::endl;
        return 2;
    }

    CorpusSession session(QStringLiteral("evaw-export"));
    if (!session.open(parser.value(database), positional.mid(2), err) || session.hadFileErrors())
        return 1;
    ExplorerState state(session.gazetteer());
    QString error;
    if (!LanguageManager::apply(parser.value(language), &state, &error)) {
        err << error << Qt::endl;
        return 2;
    }
    if (!state.load(session.store().connection(), &error)) {
        err << error << Qt::endl;
        return 1;
    }

    Filter filter;
    QSet<QString> agencies;
    for (const QString &name : parser.values(agency)) {
        QStringList known;
        const QString key = resolve(state, name, {EntityKind::Agency, EntityKind::Partner}, false, &known);
        if (key.isEmpty()) {
            err << tr("unknown agency '%1'; close matches: %2")
                       .arg(name, closeMatches(name, known).join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        agencies.insert(key);
    }
    QSet<QString> countries;
    for (const QString &name : parser.values(country)) {
        QStringList known;
        const QString code = resolve(state, name, {EntityKind::Country}, true, &known);
        if (code.isEmpty()) {
            err << tr("unknown country '%1'; close matches: %2")
                       .arg(name, closeMatches(name, known).join(QStringLiteral(", ")))
                << Qt::endl;
            return 2;
        }
        countries.insert(code);
    }
    // Forms of violence and programmes: any of those named.
    QSet<QString> themes;
    QSet<QString> programmes;
    const std::array<std::tuple<const QCommandLineOption *, EntityKind, QSet<QString> *>, 2> topics{
        {{&theme, EntityKind::Theme, &themes}, {&programme, EntityKind::Programme, &programmes}}};
    for (const auto &[option, kind, keys] : topics) {
        for (const QString &name : parser.values(*option)) {
            QStringList known;
            const QString key = resolve(state, name, {kind}, false, &known);
            if (key.isEmpty()) {
                err << (kind == EntityKind::Theme ? tr("unknown form of violence '%1'; close matches: %2")
                                                  : tr("unknown programme '%1'; close matches: %2"))
                           .arg(name, closeMatches(name, known).join(QStringLiteral(", ")))
                    << Qt::endl;
                return 2;
            }
            keys->insert(key);
        }
    }
    filter.setAgencies(agencies);
    filter.setThemes(themes);
    filter.setProgrammes(programmes);
    filter.setAgencyMode(parser.isSet(allAgencies) ? Filter::AgencyMode::All : Filter::AgencyMode::Any);
    filter.setCountries(countries);
    filter.setYears(parser.value(from).toInt(), parser.value(to).toInt());
    filter.setSearch(parser.value(search));
    state.setFilter(filter);
    if (!state.searchError().isEmpty()) {
        err << tr("search not understood: %1").arg(state.searchError()) << Qt::endl;
        return 2;
    }

    TimelineModel timeline(state);
    const QString heading
        = parser.isSet(title) ? parser.value(title) : tr("Activities to end violence against women and girls");
    bool written = false;
    if (tabular) {
        TableExporter table(state,
            what == QLatin1String("pairs") ? TableExporter::Table::AgencyPairs : TableExporter::Table::Activities);
        table.setPairsWithPartners(parser.isSet(withPartners));
        written = chosen == QLatin1String("csv") ? table.writeCsv(path, &error) : table.writeXlsx(path, &error);
    } else if (what == QLatin1String("briefing")) {
        BriefingWriter briefing(state, timeline);
        briefing.setPairsWithPartners(parser.isSet(withPartners));
        written = briefing.writePdf(path, heading, &error);
    } else {
        ChartExportOptions options;
        options.format = chosen == QLatin1String("svg") ? ChartExportOptions::Format::Svg
            : chosen == QLatin1String("pdf")            ? ChartExportOptions::Format::Pdf
                                                        : ChartExportOptions::Format::Png;
        if (parser.isSet(size)) {
            const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$")).match(parser.value(size));
            if (!match.hasMatch()) {
                err << tr("--size takes WxH, such as 1920x1080") << Qt::endl;
                return 2;
            }
            options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        }
        if (parser.isSet(dpi))
            options.dpi = std::clamp(parser.value(dpi).toInt(), 36, 1200);
        options.title = heading;
        options.subtitle = state.describeFilter();
        options.sourceLine = BriefingWriter::sourceLine(int(state.result().rows.size()));
        written = ChartExporter(timeline).write(path, options, &error);
    }
    if (!written) {
        err << error << Qt::endl;
        return 1;
    }
    out << tr("wrote %1 (%n activities)", nullptr, int(state.result().rows.size())).arg(path) << Qt::endl;
    return 0;
}

} // namespace evaw
