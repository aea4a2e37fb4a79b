#include "browse/countrytreemodel.h"
#include "browse/explorerstate.h"
#include "browse/namelocalizer.h"
#include "browse/partnershipmodel.h"
#include "browse/timelinemodel.h"
#include "countrypanel.h"
#include "detailpane.h"
#include "exportcommand.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "sourceexcerpt.h"
#include "testsupport.h"
#include "timelinechart.h"

#include <QBarCategoryAxis>
#include <QDockWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextStream>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace evaw;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EVAW Explorer Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
        m_db = std::make_unique<Database>(QStringLiteral("translations"));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("store.sqlite"))));
        test::importInto(*m_db);
    }

    void cleanup()
    {
        QString error;
        LanguageManager::apply(QStringLiteral("en"), nullptr, &error);
    }

    void shouldShowTheWindowInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("countriesDock");
        QTest::addColumn<QString>("yearAxis");
        QTest::addColumn<QString>("mexico");
        QTest::addColumn<QString>("easternAfrica");
        QTest::addColumn<int>("direction");
        QTest::newRow("english") << "en"
                                 << "&File"
                                 << "Countries"
                                 << "Year"
                                 << "Mexico"
                                 << "Eastern Africa" << int(Qt::LeftToRight);
        QTest::newRow("french") << "fr"
                                << "&Fichier"
                                << "Pays"
                                << "Année"
                                << "Mexique"
                                << "Afrique orientale" << int(Qt::LeftToRight);
        QTest::newRow("spanish") << "es"
                                 << "&Archivo"
                                 << "Países"
                                 << "Año"
                                 << "México"
                                 << "África oriental" << int(Qt::LeftToRight);
        QTest::newRow("arabic") << "ar"
                                << "&ملف"
                                << "البلدان"
                                << "السنة"
                                << "المكسيك"
                                << "شرق أفريقيا" << int(Qt::RightToLeft);
    }

    void shouldShowTheWindowInEachLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, countriesDock);
        QFETCH(QString, yearAxis);
        QFETCH(QString, mexico);
        QFETCH(QString, easternAfrica);
        QFETCH(int, direction);

        ExplorerState state(test::gazetteer());
        QString error;
        QVERIFY2(LanguageManager::apply(language, &state, &error), qPrintable(error));
        QVERIFY(state.load(m_db->connection(), &error));
        MainWindow window(state, *m_db, test::extractor());
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
        QCOMPARE(window.findChild<QDockWidget *>(QStringLiteral("countriesDock"))->windowTitle(), countriesDock);
        const auto axes = window.timeline()->chart()->axes(Qt::Horizontal);
        const auto year = std::find_if(
            axes.cbegin(), axes.cend(), [](QAbstractAxis *axis) { return qobject_cast<QBarCategoryAxis *>(axis); });
        QVERIFY(year != axes.cend());
        QCOMPARE((*year)->titleText(), yearAxis);
        QCOMPARE(int(window.layoutDirection()), direction);
        // Country and region names come from iso-codes' and CLDR's own catalogs.
        auto *tree = qobject_cast<CountryTreeModel *>(
            qobject_cast<QSortFilterProxyModel *>(window.countryPanel()->view()->model())->sourceModel());
        const QModelIndex mexicoIndex = tree->indexOfCode(QStringLiteral("MX"));
        QCOMPARE(mexicoIndex.data().toString(), mexico);
        QCOMPARE(tree->indexOfCode(QStringLiteral("KE")).parent().data().toString(), easternAfrica);
        QCOMPARE(QLocale().name().left(2), language);
    }

    void shouldSayOneActivityNotOneActivitiesInEnglish()
    {
        ExplorerState state(test::gazetteer());
        QString error;
        QVERIFY2(LanguageManager::apply(QStringLiteral("en"), &state, &error), qPrintable(error));
        QVERIFY(state.load(m_db->connection(), &error));
        PartnershipModel pairs(state);
        pairs.setActive(true);
        TimelineModel timeline(state);
        // Palestine's one activity, the HAYA paragraph, states no year.
        test::applyFilter(state, [](Filter &f) { f.setCountries({QStringLiteral("PS")}); });
        QCOMPARE(pairs.rowCount(), 6);
        QCOMPARE(pairs.index(0, PartnershipModel::Countries).data(Qt::ToolTipRole).toString(),
            QStringLiteral("State of Palestine: 1 activity"));
        QVERIFY2(pairs.index(0, PartnershipModel::Activities)
                     .data(Qt::ToolTipRole)
                     .toString()
                     .endsWith(QLatin1String("are named together in 1 activity under the filters")),
            qPrintable(pairs.index(0, PartnershipModel::Activities).data(Qt::ToolTipRole).toString()));
        QCOMPARE(timeline.undatedNote(), QStringLiteral("Not in the chart, for stating no year: 1 of 1 activity"));
        // More than one keeps the plural.
        test::applyFilter(state, [](Filter &f) { f.setCountries({QStringLiteral("AL")}); });
        QCOMPARE(timeline.undatedNote(), QStringLiteral("Not in the chart, for stating no year: 3 of 5 activities"));
    }

    void shouldSetRemarksUprightInArabic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("italic");
        QTest::newRow("arabic") << "ar" << false;
        QTest::newRow("english") << "en" << true;
    }

    void shouldSetRemarksUprightInArabic()
    {
        // The oblique face of the font Debian installs has no Arabic letters: Arabic in
        // italics showed as boxes.
        QFETCH(QString, language);
        QFETCH(bool, italic);
        ExplorerState state(test::gazetteer());
        QString error;
        QVERIFY2(LanguageManager::apply(language, &state, &error), qPrintable(error));
        DetailPane pane;
        Activity activity;
        activity.text = QStringLiteral("UNFPA trained 40 nurses in Mali.");
        activity.section = QStringLiteral("Country programmes");
        pane.showActivity(activity, {}, SourceExcerpt{});
        const QString heading = DetailPane::tr("Under the heading \u201c%1\u201d").arg(activity.section);
        QVERIFY2(pane.browser()->toPlainText().contains(heading), qPrintable(pane.browser()->toPlainText()));
        QCOMPARE(pane.browser()->toHtml().contains(QLatin1String("font-style:italic")), italic);
    }

    void shouldNameUnWomenInTheChosenLanguage()
    {
        ExplorerState state(test::gazetteer());
        QString error;
        QVERIFY(LanguageManager::apply(QStringLiteral("es"), &state, &error));
        QCOMPARE(state.localizer().agencyFullName(QStringLiteral("agency:un-women")), QStringLiteral("ONU Mujeres"));
        QVERIFY(LanguageManager::apply(QStringLiteral("ar"), &state, &error));
        QCOMPARE(state.localizer().agencyFullName(QStringLiteral("agency:un-women")),
            QStringLiteral("هيئة الأمم المتحدة للمرأة"));
    }

    void shouldExportInSpanishWithNoWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("es.pdf"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code = ExportCommand::run(
            {QStringLiteral("evaw-explorer"), QStringLiteral("export"), QStringLiteral("chart"),
                QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--agency"), QStringLiteral("UNFPA"),
                QStringLiteral("--agency"), QStringLiteral("UNICEF"), QStringLiteral("--all-agencies"),
                QStringLiteral("--country"), QStringLiteral("AL"), QStringLiteral("-o"), path},
            outStream, errStream);
        QVERIFY2(code == 0, qPrintable(err));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        // The PDF's font joins "fi" into one ligature glyph; read it back as two letters.
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                                 .simplified()
                                 .replace(QChar(0xFB01), QLatin1String("fi"));
        QVERIFY2(
            text.contains(QStringLiteral("Actividades para poner fin a la violencia contra las mujeres y las niñas")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("UNFPA y UNICEF \u00b7 Albania")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Fuente:")));
    }

    // A table exported in French names its measures and partners as the window does.
    void shouldExportATableInFrench()
    {
        const QString path = m_dir.filePath(QStringLiteral("fr.csv"));
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        const int code
            = ExportCommand::run({QStringLiteral("evaw-explorer"), QStringLiteral("export"), QStringLiteral("table"),
                                     QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--country"),
                                     QStringLiteral("HT"), QStringLiteral("-o"), path},
                outStream, errStream);
        QVERIFY2(code == 0, qPrintable(err));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(csv.readAll());
        QVERIFY2(table.contains(QStringLiteral("Mécanismes et activités interinstitutions")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("Société civile")), qPrintable(table));
        QVERIFY2(table.contains(QStringLiteral("Haïti")), qPrintable(table));
        QVERIFY(!table.contains(QStringLiteral("Inter-Agency Mechanisms and Activities")));
    }

    // Regions outside M49 are named in the gazetteer's data, with forms of violence and
    // partners such as "Government".
    void shouldNameWhatTheGazetteerNamesInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("un-women-region-in-french") << "fr"
                                                   << "region:unw-esa"
                                                   << "Afrique de l'Est et australe";
        QTest::newRow("great-lakes-in-french") << "fr"
                                               << "region:great-lakes"
                                               << "Région des Grands Lacs";
        QTest::newRow("horn-of-africa-in-spanish") << "es"
                                                   << "region:horn-of-africa"
                                                   << "Cuerno de África";
        QTest::newRow("sahel-in-arabic") << "ar"
                                         << "region:sahel"
                                         << "منطقة الساحل";
        QTest::newRow("small-island-states-in-spanish") << "es"
                                                        << "region:sids"
                                                        << "Pequeños Estados insulares en desarrollo";
        QTest::newRow("sahel-in-english") << "en"
                                          << "region:sahel"
                                          << "Sahel";
        QTest::newRow("fgm-in-french") << "fr"
                                       << "theme:fgm"
                                       << "Mutilations génitales féminines";
        QTest::newRow("trafficking-in-spanish") << "es"
                                                << "theme:trafficking"
                                                << "Trata de personas";
        QTest::newRow("civil-society-in-arabic") << "ar"
                                                 << "partner:civil-society"
                                                 << "المجتمع المدني";
        QTest::newRow("government-in-french") << "fr"
                                              << "partner:government"
                                              << "Gouvernement";
        QTest::newRow("an-acronym-stays") << "fr"
                                          << "partner:usaid"
                                          << "USAID";
        QTest::newRow("mozambique-in-arabic-from-iso-codes") << "ar"
                                                             << "country:MZ"
                                                             << "موزمبيق";
        QTest::newRow("kosovo-in-arabic-from-cldr-as-iso-leaves-it-out") << "ar"
                                                                         << "country:XK"
                                                                         << "كوسوفو";
        // Cities iso-codes does not name in the language are named as CLDR names them, by the
        // time zone they give their name to; English under an old spelling too.
        QTest::newRow("beirut-in-french-from-cldr") << "fr"
                                                    << "place:LB-BA"
                                                    << "Beyrouth";
        QTest::newRow("addis-ababa-in-spanish-from-cldr") << "es"
                                                          << "place:ET-AA"
                                                          << "Adís Abeba";
        QTest::newRow("kathmandu-in-arabic-though-its-zone-says-katmandu") << "ar"
                                                                           << "place:NP:Kathmandu"
                                                                           << "كاتماندو";
        // Subdivisions iso-codes does not name in the language are named as CLDR names them.
        QTest::newRow("cabo-delgado-in-arabic-from-cldr") << "ar"
                                                          << "place:MZ-P"
                                                          << "محافظة كابو ديلغادو";
        QTest::newRow("ethiopias-somali-region-in-spanish-from-cldr") << "es"
                                                                      << "place:ET-SO"
                                                                      << "Región Somali";
        QTest::newRow("gaza-in-spanish-from-iso-codes-first") << "es"
                                                              << "place:MZ-G"
                                                              << "Gaza";
        QTest::newRow("mozambiques-gaza-in-arabic-is-no-city-of-palestine")
            << "ar"
            << "place:MZ-G"
            << "\u0645\u062D\u0627\u0641\u0638\u0629 \u063A\u0632\u0629";
        QTest::newRow("nairobi-in-arabic-as-the-city-not-the-county") << "ar"
                                                                      << "place:KE-30"
                                                                      << "نيروبي";
        QTest::newRow("a-camp-cldr-does-not-name-stays-as-written") << "ar"
                                                                    << "place:KE:Kakuma"
                                                                    << "Kakuma";
        QTest::newRow("english-stays-english") << "en"
                                               << "theme:child-marriage"
                                               << "Child marriage";
    }

    void shouldNameWhatTheGazetteerNamesInTheReadersLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, key);
        QFETCH(QString, name);
        NameLocalizer localizer;
        QString error;
        QVERIFY2(localizer.load(language, &error), qPrintable(error));
        const int index = test::gazetteer().indexOf(key);
        QVERIFY2(index >= 0, qPrintable(key));
        QCOMPARE(localizer.name(test::gazetteer().entry(index).ref), name);
    }

    // The facet, the list's column and the detail pane name a measure in the reader's
    // language: every one of the inventory's measures, and every form of violence, has a
    // name in each.
    void shouldNameEveryMeasureAndFormOfViolenceInEachLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"fr", "es", "ar"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void shouldNameEveryMeasureAndFormOfViolenceInEachLanguage()
    {
        QFETCH(QString, language);
        NameLocalizer localizer;
        QString error;
        QVERIFY2(localizer.load(language, &error), qPrintable(error));
        const Gazetteer &gazetteer = test::gazetteer();
        QCOMPARE(gazetteer.measures().size(), 8);
        for (const Measure &measure : gazetteer.measures())
            QVERIFY2(localizer.measureName(measure.name) != measure.name, qPrintable(measure.name));
        QCOMPARE(localizer.measureName(QStringLiteral("A Measure Of Another Page")),
            QStringLiteral("A Measure Of Another Page"));
        int themes = 0;
        for (int i = 0; i < gazetteer.size(); ++i) {
            const EntityRef &ref = gazetteer.entry(i).ref;
            if (ref.kind != EntityKind::Theme)
                continue;
            ++themes;
            QVERIFY2(localizer.name(ref) != ref.name, qPrintable(ref.name));
        }
        QCOMPARE(themes, 13);
    }

    void shouldHaveEveryStringTranslated_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *language : {"fr", "es", "ar"})
            QTest::newRow(language)
                << QStringLiteral(EVAW_SOURCE_DIR "/translations/evaw_%1.ts").arg(QLatin1String(language));
    }

    void shouldHaveEveryStringTranslated()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message"))
                ++messages;
            else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty() || text.trimmed().isEmpty())
                    problems.append((type.isEmpty() ? QStringLiteral("empty") : type) + QStringLiteral(": ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 200);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
