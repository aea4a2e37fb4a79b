#include "testsupport.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace evaw;

class TestGazetteerLoader : public QObject
{
    Q_OBJECT

private:
    static int countOf(EntityKind kind)
    {
        int count = 0;
        for (int i = 0; i < test::gazetteer().size(); ++i)
            count += test::gazetteer().entry(i).ref.kind == kind ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void shouldLoadEveryKindFromItsSource_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("iso-3166-1-countries-and-kosovo") << int(EntityKind::Country) << 250;
        QTest::newRow("iso-3166-2-subdivisions") << int(EntityKind::Place) << 4800;
        QTest::newRow("cldr-m49-regions-and-un-women-regions") << int(EntityKind::Region) << 30;
        QTest::newRow("un-system-agencies") << int(EntityKind::Agency) << 40;
        QTest::newRow("programmes") << int(EntityKind::Programme) << 20;
        QTest::newRow("themes") << int(EntityKind::Theme) << 10;
        QTest::newRow("partners") << int(EntityKind::Partner) << 10;
    }

    void shouldLoadEveryKindFromItsSource()
    {
        QFETCH(int, kind);
        QFETCH(int, atLeast);
        QVERIFY2(countOf(EntityKind(kind)) >= atLeast, qPrintable(QString::number(countOf(EntityKind(kind)))));
    }

    void shouldNameEntitiesTheWayTheUnDoes_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::newRow("moldova") << "country:MD"
                                 << "Moldova";
        QTest::newRow("palestine-in-prose-order") << "country:PS"
                                                  << "State of Palestine";
        QTest::newRow("kosovo-added") << "country:XK"
                                      << "Kosovo";
        QTest::newRow("cabo-delgado") << "place:MZ-P"
                                      << "Cabo Delgado";
        // A subdivision that is a city's is named as reports name the city, not as ISO does.
        QTest::newRow("cairo-not-al-qahirah") << "place:EG-C"
                                              << "Cairo";
        QTest::newRow("aleppo-not-halab") << "place:SY-HL"
                                          << "Aleppo";
        QTest::newRow("without-the-marks-of-transliteration") << "place:IN-RJ"
                                                              << "Rajasthan";
        QTest::newRow("cldrs-name-where-it-is-another-stays-isos") << "place:AL-02"
                                                                   << "Durr\u00EBs";
        // CLDR gives IR-25 another province's name, after Iran's codes changed.
        QTest::newRow("cldrs-name-for-a-code-it-reads-otherwise") << "place:IR-25"
                                                                  << "Qom";
        QTest::newRow("a-governorate-by-its-first-english-name") << "place:IQ-NI"
                                                                 << "Nineveh";
        QTest::newRow("m49-eastern-africa-from-cldr") << "region:014"
                                                      << "Eastern Africa";
        QTest::newRow("un-women-region") << "region:unw-esa"
                                         << "East and Southern Africa";
        QTest::newRow("un-habitat-short-name") << "agency:un-habitat"
                                               << "UN-Habitat";
        QTest::newRow("eu-delegation-is-a-partner") << "partner:eu-delegation"
                                                    << "EU Delegation";
    }

    void shouldNameEntitiesTheWayTheUnDoes()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        const int index = test::gazetteer().indexOf(key);
        QVERIFY2(index >= 0, qPrintable(key));
        QCOMPARE(test::gazetteer().entry(index).ref.name, name);
    }

    void shouldKeepAnEntitysNamesValidAfterItsGazetteerIsGone()
    {
        // Activities copy an entity's names; they may outlive the gazetteer that gave them.
        EntityRef kept;
        {
            Gazetteer gazetteer;
            GazetteerLoader loader;
            QVERIFY2(loader.load(&gazetteer), qPrintable(loader.error()));
            kept = gazetteer.entry(gazetteer.indexOf(QStringLiteral("place:MZ-P"))).ref;
        }
        QCOMPARE(kept.key, QStringLiteral("place:MZ-P"));
        QCOMPARE(kept.name, QStringLiteral("Cabo Delgado"));
        QCOMPARE(kept.code, QStringLiteral("MZ-P"));
        QCOMPARE(kept.country, QStringLiteral("MZ"));
        // A second gazetteer shares the first one's names rather than storing them again.
        const EntityRef again = test::gazetteer().entry(test::gazetteer().indexOf(QStringLiteral("place:MZ-P"))).ref;
        QCOMPARE(again.name.constData(), kept.name.constData());
    }

    void shouldTakeRegionMembershipFromCldr()
    {
        const QStringList easternAfrica = test::gazetteer().regionMembers(QStringLiteral("014"));
        QVERIFY(easternAfrica.contains(QStringLiteral("KE")));
        QVERIFY(easternAfrica.contains(QStringLiteral("MZ")));
        QVERIFY(test::gazetteer().regionMembers(QStringLiteral("002")).contains(QStringLiteral("014")));
        QVERIFY(test::gazetteer().regionMembers(QStringLiteral("unw-esa")).contains(QStringLiteral("014")));
    }

    void shouldRecogniseMeasureHeadings()
    {
        QCOMPARE(test::gazetteer().measures().size(), 8);
        const Measure *measure
            = test::gazetteer().measureForHeading(u"PROTECTION, SUPPORT AND SERVICES FOR VICTIMS/SURVIVORS");
        QVERIFY(measure);
        QCOMPARE(measure->id, QStringLiteral("protection"));
        QVERIFY(!test::gazetteer().measureForHeading(u"Generation Equality and 2020 Information Note"));
    }

    void shouldKnowThePagesLabels()
    {
        QVERIFY(test::gazetteer().isPageLabel(u"Item Path"));
        QVERIFY(test::gazetteer().isPageLabel(u"  ABSTRACT "));
        QVERIFY(test::gazetteer().isPageLabel(u"Search"));
        QVERIFY(!test::gazetteer().isPageLabel(u"Search and rescue of trafficking victims"));
        QVERIFY(!test::gazetteer().isPageLabel(u"Background"));
        // The count of a page's results, whatever it is.
        QVERIFY(test::gazetteer().isPageLabel(u"ABOUT 1 RESULTS"));
        QVERIFY(test::gazetteer().isPageLabel(u"About 1,250 results"));
        QVERIFY(test::gazetteer().isPageLabel(u"12 results"));
        QVERIFY(test::gazetteer().isPageLabel(u"Showing 1-10 of 214 results"));
        QVERIFY(test::gazetteer().isPageLabel(u"Results 11 \u2013 20 of 1,024"));
        QVERIFY(!test::gazetteer().isPageLabel(u"About 12 results of the survey were published"));
        // The links and footer that a page saved whole keeps.
        QVERIFY(test::gazetteer().isPageLabel(u"Back to top"));
        QVERIFY(test::gazetteer().isPageLabel(u"\u00AB Previous 1 2 3 \u2026 12 Next \u00BB"));
        QVERIFY(test::gazetteer().isPageLabel(u"Page 2 of 12"));
        QVERIFY(!test::gazetteer().isPageLabel(u"Next, 12 shelters opened"));
        QVERIFY(test::gazetteer().isPageLabel(u"Privacy notice | Terms of use"));
        QVERIFY(!test::gazetteer().isPageLabel(u"Jan 2021 - Dec 2022 | Home"));
        QVERIFY(test::gazetteer().isPageLabel(u"\u00A9 UN Women 2023. All rights reserved."));
        QVERIFY(!test::gazetteer().isPageLabel(u"Copyright law reform in Kenya was supported in 2020."));
        QVERIFY(test::gazetteer().isPageLabel(u"Home / Inventory / Country"));
        // The site's name, with the dash the page prints or the hyphen a copy may type.
        QVERIFY(test::gazetteer().isPageLabel(u"UN Women \u2013 Headquarters"));
        QVERIFY(test::gazetteer().isPageLabel(u"UN Women - Headquarters"));
        QVERIFY(test::gazetteer().isPageLabel(u"We use cookies to improve your experience."));
        QVERIFY(!test::gazetteer().isPageLabel(u"We used social media to reach 2 million people."));
        QCOMPARE(test::gazetteer().fieldOfLabel(u"Period"), Gazetteer::PageField::Period);
        // The labels whose value may stand under them, and which field it fills.
        QCOMPARE(test::gazetteer().fieldOfLabel(u"UN Agencies"), Gazetteer::PageField::Entity);
        QCOMPARE(test::gazetteer().fieldOfLabel(u" un inventory period"), Gazetteer::PageField::Period);
        QCOMPARE(test::gazetteer().fieldOfLabel(u"UN Measure"), Gazetteer::PageField::Measure);
        QCOMPARE(test::gazetteer().fieldOfLabel(u"Countries"), Gazetteer::PageField::Country);
        QCOMPARE(test::gazetteer().fieldOfLabel(u"Abstract"), Gazetteer::PageField::None);
        // The labels an item page prints among its fields, which may start the next item.
        QVERIFY(test::gazetteer().isItemLabel(u"Item ID"));
        QVERIFY(test::gazetteer().isItemLabel(u"UN Agency"));
        QVERIFY(!test::gazetteer().isItemLabel(u"Abstract"));
        QVERIFY(!test::gazetteer().isItemLabel(u"Back to top"));
        // The headings of a table's columns, and which field each column holds.
        QCOMPARE(test::gazetteer().tableColumnOf(u"Description"), Gazetteer::PageField::Text);
        QCOMPARE(test::gazetteer().tableColumnOf(u"activity title"), Gazetteer::PageField::Title);
        QCOMPARE(test::gazetteer().tableColumnOf(u"Year"), Gazetteer::PageField::Period);
        QCOMPARE(test::gazetteer().tableColumnOf(u"Link"), Gazetteer::PageField::None);
        QVERIFY(test::gazetteer().isPageLabel(u"UN Measures"));
        QVERIFY(!test::gazetteer().isPageLabel(u"Results"));
        QVERIFY(test::gazetteer().isPageSection(u"Policy Framework"));
        QVERIFY(!test::gazetteer().isPageSection(u"Policy framework for refugees"));
        const Measure *subHeading = test::gazetteer().measureForHeading(u"Analysis and research");
        QVERIFY(subHeading);
        QCOMPARE(subHeading->id, QStringLiteral("data"));
    }

    // Where an entity works only in some places, its remit names them, regions by their
    // countries through every sub-region.
    void shouldBoundWhereAnEntityWorks()
    {
        const Gazetteer &gazetteer = test::gazetteer();
        const QSet<QString> fields{"JO", "LB", "PS", "SY"};
        QCOMPARE(gazetteer.remitOf(QStringLiteral("UNRWA")), fields);
        const QSet<QString> eclac = gazetteer.remitOf(QStringLiteral("ECLAC"));
        QVERIFY(eclac.contains(QStringLiteral("MX")) && eclac.contains(QStringLiteral("JM")));
        QVERIFY(!eclac.contains(QStringLiteral("ES")));
        const QSet<QString> escwa = gazetteer.remitOf(QStringLiteral("ESCWA"));
        QVERIFY(escwa.contains(QStringLiteral("EG")) && escwa.contains(QStringLiteral("MR")));
        QVERIFY(!escwa.contains(QStringLiteral("TD")));
        QVERIFY(gazetteer.remitOf(QStringLiteral("UNICEF")).isEmpty());
    }

    void shouldRefuseEntityDataItCannotUse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("error");
        QTest::newRow("a remit that is no place")
            << "gazetteer/agencies.json" << QByteArray(R"("remit": ["region:419"])")
            << QByteArray(R"("remit": ["agency:unicef"])")
            << "gazetteer/agencies.json: agency:eclac: the remit names agency:unicef, which is no country or region";
        QTest::newRow("a self reference of one letter")
            << "gazetteer/programmes.json" << QByteArray(R"("self_references": ["the Initiative"])")
            << QByteArray(R"("self_references": ["t"])")
            << "gazetteer/programmes.json: programme:spotlight has a self reference too short to read";
        QTest::newRow("another meaning that is a name")
            << "gazetteer/themes.json" << QByteArray(R"("drug trafficking", )") << QByteArray(R"("sex trafficking", )")
            << "gazetteer/themes.json: \"sex trafficking\" is a name, not another meaning of one";
        QTest::newRow("an id listed twice")
            << "gazetteer/themes.json" << QByteArray(R"({"id": "child-marriage",)") << QByteArray(R"({"id": "fgm",)")
            << "gazetteer/themes.json: theme:fgm is listed twice";
        QTest::newRow("a city listed twice")
            << "gazetteer/cities.json" << QByteArray(R"({"name": "Mumbai", "country": "IN"})")
            << QByteArray(R"({"name": "New Delhi", "country": "IN"})")
            << "gazetteer/cities.json: New Delhi in IN is listed twice";
        QTest::newRow("a blank other meaning")
            << "gazetteer/themes.json" << QByteArray(R"("drug trafficking", )") << QByteArray(R"(" ", )")
            << "gazetteer/themes.json: another meaning is blank";
    }

    void shouldRefuseEntityDataItCannotUse()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, error);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QDirIterator files(QStringLiteral(":/"), {"*.json", "*.xml"}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString source = files.next();
            const QString target = root.filePath(source.mid(2));
            QVERIFY(QDir().mkpath(QFileInfo(target).path()));
            QVERIFY(QFile::copy(source, target));
        }
        QFile changed(root.filePath(file));
        QVERIFY(changed.open(QIODevice::ReadOnly));
        QByteArray data = changed.readAll();
        changed.close();
        QVERIFY(data.contains(before));
        data.replace(before, after);
        QVERIFY(QFile::remove(changed.fileName()) && changed.open(QIODevice::WriteOnly));
        changed.write(data);
        changed.close();

        Gazetteer gazetteer;
        GazetteerLoader loader(root.path() + u'/');
        QVERIFY(!loader.load(&gazetteer));
        QCOMPARE(loader.error(), error);
    }

    void shouldReportAMissingDataFolder()
    {
        Gazetteer gazetteer;
        GazetteerLoader loader(QStringLiteral("/nonexistent/"));
        QVERIFY(!loader.load(&gazetteer));
        QCOMPARE(loader.error(), QStringLiteral("gazetteer file iso/iso_3166-1.json cannot be read"));
    }
};

QTEST_GUILESS_MAIN(TestGazetteerLoader)
#include "tst_gazetteerloader.moc"
