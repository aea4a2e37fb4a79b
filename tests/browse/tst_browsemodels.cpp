#include "browse/activitylistmodel.h"
#include "browse/agencymodel.h"
#include "browse/countrytreemodel.h"
#include "browse/explorerstate.h"
#include "browse/facetlistmodel.h"
#include "browse/partnershipmodel.h"
#include "browse/roles.h"
#include "browse/sourcelistmodel.h"
#include "browse/timelinemodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace evaw;

// Every model runs under QAbstractItemModelTester, attached before the corpus is loaded
// so that the reset, every filter change and the check-box round trips are all checked.
class TestBrowseModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<ActivityListModel> m_list;
    std::unique_ptr<CountryTreeModel> m_countries;
    std::unique_ptr<AgencyModel> m_agencies;
    std::unique_ptr<FacetListModel> m_measures;
    std::unique_ptr<FacetListModel> m_periods;
    std::unique_ptr<FacetListModel> m_themes;
    std::unique_ptr<FacetListModel> m_programmes;
    std::unique_ptr<TimelineModel> m_timeline;
    std::unique_ptr<PartnershipModel> m_partnerships;
    QList<QAbstractItemModelTester *> m_testers;

    void apply(const std::function<void(Filter &)> &change) { test::applyFilter(*m_state, change); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(m_db->open(QStringLiteral(":memory:")));
        m_state = std::make_unique<ExplorerState>(test::gazetteer());
        m_list = std::make_unique<ActivityListModel>(*m_state);
        m_countries = std::make_unique<CountryTreeModel>(*m_state);
        m_agencies = std::make_unique<AgencyModel>(*m_state);
        m_measures = std::make_unique<FacetListModel>(*m_state, FacetListModel::Facet::Measures);
        m_periods = std::make_unique<FacetListModel>(*m_state, FacetListModel::Facet::Periods);
        m_themes = std::make_unique<FacetListModel>(*m_state, FacetListModel::Facet::Themes);
        m_programmes = std::make_unique<FacetListModel>(*m_state, FacetListModel::Facet::Programmes);
        m_timeline = std::make_unique<TimelineModel>(*m_state);
        m_partnerships = std::make_unique<PartnershipModel>(*m_state);
        m_partnerships->setActive(true);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{m_list.get(), m_countries.get(),
                 m_agencies.get(), m_measures.get(), m_periods.get(), m_themes.get(), m_programmes.get(),
                 m_timeline.get(), m_partnerships.get()})
            m_testers.append(
                new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model));
        test::importInto(*m_db);
        QString error;
        QVERIFY(m_state->load(m_db->connection(), &error));
    }

    void cleanup()
    {
        m_testers.clear();
        m_partnerships.reset();
        m_timeline.reset();
        m_programmes.reset();
        m_themes.reset();
        m_periods.reset();
        m_measures.reset();
        m_agencies.reset();
        m_countries.reset();
        m_list.reset();
        m_state.reset();
        m_db.reset();
    }

    void shouldListTheFilteredActivitiesWithTheirColumns()
    {
        QCOMPARE(m_list->rowCount(), 48);
        const QModelIndex samoa = m_list->index(2, ActivityListModel::Countries);
        QCOMPARE(samoa.data().toString(), QStringLiteral("Samoa"));
        QCOMPARE(m_list->index(2, ActivityListModel::ReportingEntity).data().toString(),
            QStringLiteral("Spotlight Initiative"));
        QVERIFY(
            m_list->index(2, ActivityListModel::FirstSentence).data().toString().startsWith(QLatin1String("In Samoa")));
        apply([](Filter &f) { f.setCountries({QStringLiteral("PS")}); });
        QCOMPARE(m_list->rowCount(), 1);
        QCOMPARE(m_list->index(0, ActivityListModel::Agencies).data().toString(),
            QStringLiteral("UNODC, UNFPA, UN-Habitat, UN Women"));
    }

    void shouldSortOnRawValuesAndKeepTheSelection()
    {
        QPersistentModelIndex haya = m_list->index(m_list->rowOfActivity(46), 0);
        m_list->sort(ActivityListModel::Years, Qt::DescendingOrder);
        QCOMPARE(m_list->index(0, ActivityListModel::Years).data(SortRole).toInt(), 2022);
        QCOMPARE(haya.data(ActivityIdRole).toLongLong(), 46);
        m_list->sort(ActivityListModel::ReportingEntity, Qt::AscendingOrder);
        QCOMPARE(m_list->index(0, ActivityListModel::ReportingEntity).data().toString(), QStringLiteral("OHCHR"));
        QCOMPARE(haya.data(ActivityIdRole).toLongLong(), 46);
    }

    void shouldDeriveCountryChecksFromTheFilter()
    {
        const QModelIndex mozambique = m_countries->indexOfCode(QStringLiteral("MZ"));
        QVERIFY(mozambique.isValid());
        QCOMPARE(mozambique.data().toString(), QStringLiteral("Mozambique"));
        QCOMPARE(mozambique.data(CountRole).toInt(), 1);
        QCOMPARE(m_countries->rowCount(mozambique), 3); // Cabo Delgado, Gaza, Manica
        const QModelIndex region = mozambique.parent();
        QCOMPARE(region.data().toString(), QStringLiteral("Eastern Africa"));

        QSignalSpy checked(m_countries.get(), &CountryTreeModel::checkedChanged);
        QVERIFY(m_countries->setData(mozambique, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
        apply([&](Filter &f) { f.setCountries(checked.first().at(0).value<QSet<QString>>()); });
        QCOMPARE(mozambique.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(region.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);

        // Checking the region checks each of its countries.
        QVERIFY(m_countries->setData(region, Qt::Checked, Qt::CheckStateRole));
        const QSet<QString> all = checked.last().at(0).value<QSet<QString>>();
        QCOMPARE(all, (QSet<QString>{QStringLiteral("BI"), QStringLiteral("KE"), QStringLiteral("MZ")}));
        apply([&](Filter &f) { f.setCountries(all); });
        QCOMPARE(region.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(m_list->rowCount(), 3);
    }

    void shouldOfferNoCountryStated()
    {
        const QModelIndex none = m_countries->indexOfCode(QString());
        QVERIFY(none.isValid());
        QCOMPARE(none.data(CountRole).toInt(), 28);
        apply([](Filter &f) { f.setCountries({QString()}); });
        QCOMPARE(m_list->rowCount(), 28);
    }

    void shouldListAgenciesInTwoGroupsWithCountsAndColours()
    {
        QCOMPARE(m_agencies->rowCount(), 2);
        QCOMPARE(m_agencies->index(0, 0).data().toString(), QStringLiteral("UN system"));
        QCOMPARE(m_agencies->index(1, 0).data().toString(), QStringLiteral("Partners outside the UN"));
        const QModelIndex unfpa = m_agencies->indexOfKey(QStringLiteral("agency:unfpa"));
        QCOMPARE(unfpa.siblingAtColumn(AgencyModel::Count).data().toInt(), 25);
        QVERIFY(unfpa.data(ColourRole).value<QColor>().isValid());
        QCOMPARE(unfpa.data(ColourRole).value<QColor>(), m_state->palette().colour(QStringLiteral("UNFPA")));
        const QModelIndex norad = m_agencies->indexOfKey(QStringLiteral("partner:norad"));
        QCOMPARE(norad.parent().row(), 1);

        QSignalSpy checked(m_agencies.get(), &AgencyModel::checkedChanged);
        QVERIFY(m_agencies->setData(unfpa, Qt::Checked, Qt::CheckStateRole));
        apply([&](Filter &f) { f.setAgencies(checked.last().at(0).value<QSet<QString>>()); });
        QCOMPARE(m_list->rowCount(), 25);
        QCOMPARE(unfpa.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

        // Switching to "reported by" rebuilds the list from the reporting entities.
        apply([](Filter &f) {
            f.setAgencies({});
            f.setAgencyRole(Filter::AgencyRole::ReportedBy);
        });
        QCOMPARE(m_agencies->rowCount(), 1);
        QCOMPARE(m_agencies->rowCount(m_agencies->index(0, 0)), 6);
    }

    void shouldCountMeasuresAndPeriods()
    {
        QCOMPARE(m_measures->rowCount(), 1);
        QCOMPARE(
            m_measures->index(0).data(KeyRole).toString(), QStringLiteral("Inter-Agency Mechanisms and Activities"));
        QCOMPARE(m_measures->index(0).data(CountRole).toInt(), 48);
        QCOMPARE(m_periods->rowCount(), 0); // the seed states no reporting period
        QSignalSpy checked(m_measures.get(), &FacetListModel::checkedChanged);
        QVERIFY(m_measures->setData(m_measures->index(0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.count(), 1);
    }

    // A measure shows in the reader's language; the filter keeps the inventory's name.
    void shouldNameMeasuresInTheReadersLanguage()
    {
        QString error;
        QVERIFY2(m_state->setLanguage(QStringLiteral("fr"), &error), qPrintable(error));
        QCOMPARE(
            m_measures->index(0).data().toString(), QStringLiteral("Mécanismes et activités interinstitutions (48)"));
        QCOMPARE(
            m_measures->index(0).data(KeyRole).toString(), QStringLiteral("Inter-Agency Mechanisms and Activities"));
        QCOMPARE(m_list->index(0, ActivityListModel::Measure).data().toString(),
            QStringLiteral("Mécanismes et activités interinstitutions"));
        apply([](Filter &f) { f.setMeasures({QStringLiteral("Inter-Agency Mechanisms and Activities")}); });
        QCOMPARE(m_list->rowCount(), 48);
        QCOMPARE(m_state->describeFilter(), QStringLiteral("Mécanismes et activités interinstitutions"));
    }

    // Headers in no order of time, and measures in none of the inventory's: the lists give
    // the periods by start, then end, and the measures as the inventory orders them.
    void shouldListPeriodsInTimeAndMeasuresInTheInventorysOrder()
    {
        QTemporaryDir dir;
        const QString path = test::writeFile(dir, QStringLiteral("periods.txt"),
            "Training and Capacity Building\n"
            "Mar 2019 - Feb 2020 | UNHCR\n"
            "UNHCR trained 40 staff in Jordan.\n"
            "Ongoing | UNICEF\n"
            "UNICEF ran a helpline in Kenya.\n"
            "Inter-Agency Mechanisms and Activities\n"
            "Sep 2018 - Aug 2021 | ILO\n"
            "The ILO chaired the working group in Fiji.\n"
            "Sep 2018 - Dec 2019 | UNFPA\n"
            "UNFPA co-led the GBV sub-cluster in Yemen.\n"
            "Data Collection, Analysis and Research\n"
            "Jan 2019 - Present | UN Women\n"
            "UN Women ran a survey in Nepal.\n");
        Database db(QStringLiteral("periods"));
        QVERIFY(db.open(QStringLiteral(":memory:")));
        test::importInto(db, {path});
        ExplorerState state(test::gazetteer());
        FacetListModel periods(state, FacetListModel::Facet::Periods);
        FacetListModel measures(state, FacetListModel::Facet::Measures);
        QAbstractItemModelTester periodsTester(&periods, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester measuresTester(&measures, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QString error;
        QVERIFY2(state.load(db.connection(), &error), qPrintable(error));

        auto keys = [](const FacetListModel &model) {
            QStringList keys;
            for (int row = 0; row < model.rowCount(); ++row)
                keys.append(model.index(row).data(KeyRole).toString());
            return keys;
        };
        QCOMPARE(keys(periods),
            (QStringList{QStringLiteral("Sep 2018 - Dec 2019"), QStringLiteral("Sep 2018 - Aug 2021"),
                QStringLiteral("Jan 2019 - Present"), QStringLiteral("Mar 2019 - Feb 2020"),
                QStringLiteral("Ongoing")}));
        QCOMPARE(keys(measures),
            (QStringList{QStringLiteral("Inter-Agency Mechanisms and Activities"),
                QStringLiteral("Data Collection, Analysis and Research"),
                QStringLiteral("Training and Capacity Building")}));
        // Counts and check boxes follow their rows.
        QCOMPARE(periods.index(4).data(CountRole).toInt(), 1);
        QSignalSpy checked(&periods, &FacetListModel::checkedChanged);
        QVERIFY(periods.setData(periods.index(3), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(
            checked.takeFirst().at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("Mar 2019 - Feb 2020")});
    }

    // The forms of violence the corpus names, in the gazetteer's order, in the reader's
    // language, each counted under the other filters.
    void shouldListTheFormsOfViolenceTheCorpusNames()
    {
        QStringList keys;
        for (int row = 0; row < m_themes->rowCount(); ++row)
            keys.append(m_themes->index(row).data(KeyRole).toString());
        QCOMPARE(keys.join(u' '),
            QStringLiteral("theme:fgm theme:child-marriage theme:femicide theme:sea theme:sexual-harassment theme:crsv "
                           "theme:domestic-violence theme:tfgbv theme:vawp"));
        QCOMPARE(m_themes->index(0).data().toString(), QStringLiteral("Female genital mutilation (2)"));
        QSignalSpy checked(m_themes.get(), &FacetListModel::checkedChanged);
        QVERIFY(m_themes->setData(m_themes->index(3), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.takeFirst().at(0).value<QSet<QString>>(), QSet<QString>{QStringLiteral("theme:sea")});
        apply([](Filter &f) { f.setThemes({QStringLiteral("theme:sea")}); });
        QCOMPARE(m_list->rowCount(), 7);
        QCOMPARE(m_themes->index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(m_themes->index(0).data(CountRole).toInt(), 2);
        QString error;
        QVERIFY2(m_state->setLanguage(QStringLiteral("fr"), &error), qPrintable(error));
        QCOMPARE(m_themes->index(0).data().toString(), QStringLiteral("Mutilations génitales féminines (2)"));
        QCOMPARE(m_themes->index(0).data(KeyRole).toString(), QStringLiteral("theme:fgm"));
    }

    void shouldListTheProgrammesTheCorpusNamesByName()
    {
        QStringList shown;
        for (int row = 0; row < m_programmes->rowCount(); ++row)
            shown.append(m_programmes->index(row).data().toString());
        QCOMPARE(shown.first(), QStringLiteral("16 Days of Activism (5)"));
        QVERIFY(shown.contains(QStringLiteral("Spotlight Initiative (12)")));
        QStringList sorted = shown;
        std::sort(sorted.begin(), sorted.end(),
            [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        QCOMPARE(shown, sorted);
        const int spotlight = int(shown.indexOf(QStringLiteral("Spotlight Initiative (12)")));
        QCOMPARE(m_programmes->index(spotlight).data(KeyRole).toString(), QStringLiteral("programme:spotlight"));
        apply([](Filter &f) { f.setProgrammes({QStringLiteral("programme:spotlight")}); });
        QCOMPARE(m_list->rowCount(), 12);
        QCOMPARE(m_programmes->index(spotlight).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    }

    void shouldAggregateTheTimeline()
    {
        QCOMPARE(m_timeline->firstYear(), 2008);
        QCOMPARE(m_timeline->lastYear(), 2023); // MTBP 2021-2023 reaches past 2022
        QCOMPARE(m_timeline->seriesNames(),
            (QStringList{QStringLiteral("UN Women"), QStringLiteral("UNFPA"), QStringLiteral("Spotlight Initiative")}));
        auto value = [&](int year, int column) { return m_timeline->index(year - 2008, column).data().toInt(); };
        QCOMPARE(value(2008, 1), 2);
        QCOMPARE(value(2021, 0) + value(2021, 1) + value(2021, 2), 6);
        QCOMPARE(m_timeline->milestones().size(), 17);
        QCOMPARE(m_timeline->milestones().first().year, 2008);
        apply([](Filter &f) { f.setCountries({QStringLiteral("HT")}); });
        QCOMPARE(m_timeline->seriesNames(), QStringList{QStringLiteral("Spotlight Initiative")});
        QCOMPARE(m_timeline->lastYear(), 2022);
        QCOMPARE(m_timeline->milestones().size(), 1);
        QCOMPARE(m_timeline->milestones().first().month, 8);
    }

    // Most of the seed's activities state no year: the chart says how many it leaves out,
    // of the activities the filters leave.
    void shouldCountTheActivitiesTheTimelineCannotShow()
    {
        QCOMPARE(m_timeline->undatedCount(), 33);
        QCOMPARE(
            m_timeline->undatedNote(), QStringLiteral("Not in the chart, for stating no year: 33 of 48 activities"));
        apply([](Filter &f) { f.setAgencies({QStringLiteral("agency:unfpa")}); });
        QCOMPARE(m_list->rowCount(), 25);
        QCOMPARE(m_timeline->undatedCount(), 16);
        // Haiti's one activity is dated: nothing is left out, and nothing is said.
        apply([](Filter &f) {
            f.setAgencies({});
            f.setCountries({QStringLiteral("HT")});
        });
        QCOMPARE(m_timeline->undatedCount(), 0);
        QCOMPARE(m_timeline->undatedNote(), QString());
    }

    void shouldShowAtMostAFewMilestonesEachYear()
    {
        // Fourteen statements dated 2015: their bars count them all, but a column of
        // fourteen markers would tower over the bars.
        QTemporaryDir dir;
        QByteArray corpus;
        const QStringList countries{QStringLiteral("Samoa"), QStringLiteral("Kenya"), QStringLiteral("Peru"),
            QStringLiteral("Nepal"), QStringLiteral("Chad"), QStringLiteral("Fiji"), QStringLiteral("Mali")};
        for (int i = 0; i < 14; ++i) {
            corpus += QStringLiteral("In 2015 UNFPA opened %1 shelters for survivors of violence in %2.\n\n")
                          .arg(i + 3)
                          .arg(countries[i % countries.size()])
                          .toUtf8();
        }
        test::importInto(*m_db, {test::writeFile(dir, QStringLiteral("2015.txt"), corpus)});
        QString error;
        QVERIFY2(m_state->load(m_db->connection(), &error), qPrintable(error));
        int markers2015 = 0;
        for (const Milestone &milestone : m_timeline->milestones())
            markers2015 += milestone.year == 2015 ? 1 : 0;
        QCOMPARE(markers2015, TimelineModel::kMostMilestonesPerYear);
        QCOMPARE(m_timeline->milestones().size(), 17 + TimelineModel::kMostMilestonesPerYear);
        const int unfpa = int(m_timeline->seriesNames().indexOf(QStringLiteral("UNFPA")));
        QVERIFY(unfpa >= 0);
        QCOMPARE(m_timeline->index(2015 - m_timeline->firstYear(), unfpa).data().toInt(), 14);
    }

    // Pairs of agencies by the activities naming both, keyed "A+B" in code point order.
    QHash<QString, int> pairCounts() const
    {
        QHash<QString, int> counts;
        for (int row = 0; row < m_partnerships->rowCount(); ++row) {
            QStringList names{m_partnerships->index(row, PartnershipModel::Agency).data().toString(),
                m_partnerships->index(row, PartnershipModel::Partner).data().toString()};
            names.sort();
            counts.insert(names.join(u'+'), m_partnerships->index(row, PartnershipModel::Activities).data().toInt());
        }
        return counts;
    }

    void shouldPairTheAgenciesTheActivitiesNameTogether()
    {
        // Counted from the seed's dump: 41 pairs of UN agencies named in one activity.
        QCOMPARE(m_partnerships->rowCount(), 41);
        const QHash<QString, int> counts = pairCounts();
        QCOMPARE(counts.value(QStringLiteral("UN Women+UNFPA")), 8);
        QCOMPARE(counts.value(QStringLiteral("UNFPA+UNICEF")), 8);
        QCOMPARE(counts.value(QStringLiteral("UN Women+UNICEF")), 5);
        QCOMPARE(counts.value(QStringLiteral("UN Women+UNDP")), 4);
        QCOMPARE(counts.value(QStringLiteral("DCO+DPPA")), 1);
        // The most frequent first; partners outside the UN are no agency's pair.
        for (int row = 0; row < m_partnerships->rowCount(); ++row) {
            if (row > 0)
                QVERIFY(m_partnerships->index(row - 1, 2).data(CountRole).toInt()
                    >= m_partnerships->index(row, 2).data(CountRole).toInt());
            const QStringList keys = m_partnerships->index(row, 0).data(PairKeysRole).toStringList();
            QCOMPARE(keys.size(), 2);
            QVERIFY2(keys[0].startsWith(QLatin1String("agency:")) && keys[1].startsWith(QLatin1String("agency:")),
                qPrintable(keys.join(u' ')));
        }
        QCOMPARE(m_partnerships->index(0, 2).data(CountRole).toInt(), 8);
        QVERIFY(m_partnerships->index(0, 0).data(ColourRole).value<QColor>().isValid());

        // Not shown, it counts nothing, and counts again once shown.
        m_partnerships->setActive(false);
        QCOMPARE(m_partnerships->rowCount(), 0);
        apply([](Filter &f) { f.setCountries({QStringLiteral("XK")}); });
        QCOMPARE(m_partnerships->rowCount(), 0);
        m_partnerships->setActive(true);
        QCOMPARE(pairCounts(),
            (QHash<QString, int>{{QStringLiteral("UN Women+UNDP"), 1}, {QStringLiteral("UN Women+UNFPA"), 1},
                {QStringLiteral("UNDP+UNFPA"), 1}}));
    }

    // The row of the pair of two agencies, whichever comes first in it; -1 when none.
    int pairRow(const QString &one, const QString &other) const
    {
        for (int row = 0; row < m_partnerships->rowCount(); ++row) {
            const QSet<QString> names{m_partnerships->index(row, PartnershipModel::Agency).data().toString(),
                m_partnerships->index(row, PartnershipModel::Partner).data().toString()};
            if (names == QSet<QString>{one, other})
                return row;
        }
        return -1;
    }

    void shouldSaySinceWhenAndWhereTwoAgenciesWorkTogether_data()
    {
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("other");
        QTest::addColumn<QString>("since");
        QTest::addColumn<QString>("countries");
        QTest::addColumn<int>("countryCount");
        // From the seed's dump. The FGM programme's start makes UNFPA and UNICEF's 2008;
        // Albania's items name both pairs twice, so Albania comes first.
        QTest::newRow("unfpa-unicef") << "UNFPA"
                                      << "UNICEF"
                                      << "2008"
                                      << "Albania, Senegal" << 2;
        QTest::newRow("un-women-unfpa") << "UN Women"
                                        << "UNFPA"
                                        << "2020"
                                        << "Albania, Kenya, Kosovo, Senegal, State of Palestine" << 5;
        // The HAYA paragraph and the Philippines' one state no year.
        QTest::newRow("un-women-unodc") << "UN Women"
                                        << "UNODC"
                                        << ""
                                        << "Philippines, State of Palestine" << 2;
        QTest::newRow("dco-dppa-nowhere") << "DCO"
                                          << "DPPA"
                                          << "2020"
                                          << "" << 0;
    }

    void shouldSaySinceWhenAndWhereTwoAgenciesWorkTogether()
    {
        QFETCH(QString, one);
        QFETCH(QString, other);
        QFETCH(QString, since);
        QFETCH(QString, countries);
        QFETCH(int, countryCount);
        const int row = pairRow(one, other);
        QVERIFY(row >= 0);
        QCOMPARE(m_partnerships->index(row, PartnershipModel::Since).data().toString(), since);
        QCOMPARE(m_partnerships->index(row, PartnershipModel::Countries).data().toString(), countries);
        QCOMPARE(m_partnerships->index(row, PartnershipModel::Countries).data(SortRole).toInt(), countryCount);
        // A pair stating no year sorts after every dated one, ascending.
        const int sortYear = m_partnerships->index(row, PartnershipModel::Since).data(SortRole).toInt();
        QCOMPARE(sortYear, since.isEmpty() ? std::numeric_limits<int>::max() : since.toInt());
    }

    void shouldTellHowOftenEachCountryIsNamedWithAPair()
    {
        const int row = pairRow(QStringLiteral("UN Women"), QStringLiteral("UNFPA"));
        QVERIFY(row >= 0);
        // (The English plural forms are the window's; here the strings stay as the code has them.)
        const QStringList lines
            = m_partnerships->index(row, PartnershipModel::Countries).data(Qt::ToolTipRole).toString().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QStringLiteral("Albania: 2 activities"));
        QVERIFY(lines.last().startsWith(QLatin1String("State of Palestine: 1 ")));
        // Under a filter, only the activities it leaves count.
        apply([](Filter &f) { f.setCountries({QStringLiteral("XK")}); });
        const int kosovo = pairRow(QStringLiteral("UN Women"), QStringLiteral("UNFPA"));
        QCOMPARE(
            m_partnerships->index(kosovo, PartnershipModel::Countries).data().toString(), QStringLiteral("Kosovo"));
    }

    void shouldPairAgenciesWithPartnersOutsideTheUnWhenAsked()
    {
        m_partnerships->setIncludesPartners(true);
        // Counted from the dump: 55 pairs that hold at least one UN agency.
        QCOMPARE(m_partnerships->rowCount(), 55);
        const QHash<QString, int> counts = pairCounts();
        QCOMPARE(counts.value(QStringLiteral("Government+UNRCO")), 2);
        QCOMPARE(counts.value(QStringLiteral("UN Women+UNFPA")), 8);
        // Two partners named together (NORAD and the European Commission) are no pair.
        QVERIFY(!counts.contains(QStringLiteral("European Commission+NORAD")));
        QCOMPARE(counts.value(QStringLiteral("European Commission+UNFPA")), 1);
        for (int row = 0; row < m_partnerships->rowCount(); ++row) {
            const QStringList keys = m_partnerships->index(row, 0).data(PairKeysRole).toStringList();
            QVERIFY2(keys.value(0).startsWith(QLatin1String("agency:")), qPrintable(keys.join(u' ')));
        }
        m_partnerships->setIncludesPartners(false);
        QCOMPARE(m_partnerships->rowCount(), 41);
    }

    void shouldPairOnlyWithinTheFilteredActivities()
    {
        apply([](Filter &f) {
            f.setAgencies({QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")});
            f.setAgencyMode(Filter::AgencyMode::All);
        });
        QCOMPARE(m_list->rowCount(), 8);
        const QHash<QString, int> counts = pairCounts();
        QCOMPARE(counts.value(QStringLiteral("UNFPA+UNICEF")), 8);
        QVERIFY(!counts.contains(QStringLiteral("DCO+DPPA")));
        apply([](Filter &f) { f.setSearch(QStringLiteral("xylophone")); });
        QCOMPARE(m_partnerships->rowCount(), 0);
    }

    void shouldListTheStoredFilesWithWhatTheyHold()
    {
        QTemporaryDir dir;
        test::importInto(*m_db,
            {test::writeFile(
                dir, QStringLiteral("<b>kenya &amp; co.txt"), "UNFPA opened 3 shelters in Kenya in 2015.\n")});
        SourceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(SourceCatalog(m_db->connection()).sources());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(SourceListModel::ColumnCount));
        const QLocale locale;
        const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(cell(0, SourceListModel::FileColumn), QStringLiteral("000_bd1bf16eedc4ea7f.txt"));
        QCOMPARE(cell(0, SourceListModel::ActivitiesColumn), locale.toString(48));
        QCOMPARE(cell(0, SourceListModel::RepeatsColumn), locale.toString(24));
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("Compiled into the application"));
        // A file's name is shown as it is written, markup and all.
        QCOMPARE(cell(1, SourceListModel::FileColumn), QStringLiteral("<b>kenya &amp; co.txt"));
        QCOMPARE(cell(1, SourceListModel::SizeColumn), locale.formattedDataSize(42));
        QCOMPARE(cell(1, SourceListModel::ActivitiesColumn), locale.toString(1));
        QCOMPARE(
            model.index(1, 0).data(Qt::ToolTipRole).toString(), dir.filePath(QStringLiteral("<b>kenya &amp; co.txt")));
        QCOMPARE(model.index(1, 3).data(SourceIdRole).toLongLong(), model.source(1)->id);
        QCOMPARE(
            model.headerData(SourceListModel::ImportedColumn, Qt::Horizontal).toString(), QStringLiteral("Imported"));
    }
};

QTEST_MAIN(TestBrowseModels)
#include "tst_browsemodels.moc"
