#include "corpus/reportingentityreader.h"
#include "testsupport.h"

#include <QTest>

using namespace evaw;

namespace {

// A paragraph as the parser hands it over: its text, with its entities found.
Activity paragraph(const QString &text)
{
    Activity activity;
    activity.text = text;
    test::extractor().extract(&activity);
    return activity;
}

QList<Activity> paragraphs(const QStringList &texts)
{
    QList<Activity> result;
    for (const QString &text : texts)
        result.append(paragraph(text));
    return result;
}

} // namespace

class TestReportingEntityReader : public QObject
{
    Q_OBJECT

private:
    const ReportingEntityReader m_reader{test::gazetteer()};

private Q_SLOTS:
    void shouldInferTheEntityARecordIsMostAbout_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<QString>("reporter");
        QTest::newRow("named most") << QStringList{"UNICEF and UNFPA trained nurses.", "UNFPA paid for it."} << "UNFPA";
        QTest::newRow("a subject counts more")
            << QStringList{"UNDP ran the survey with UNICEF.", "It drew on UNICEF data."} << "UNDP";
        QTest::newRow("a tie goes to the one named first")
            << QStringList{"OHCHR and UNODC advised the drafters."} << "OHCHR";
        QTest::newRow("partners only") << QStringList{"The ministry and two NGOs opened shelters in Chad."} << "";
        QTest::newRow("one entity's words beside another's name")
            << QStringList{"With the Japan International Cooperation Agency, the Initiative trained 40 counsellors."}
            << "Spotlight Initiative";
        QTest::newRow("the words its entries use")
            << QStringList{"Shelters opened.", "The Initiative paid for them."} << "Spotlight Initiative";
    }

    void shouldInferTheEntityARecordIsMostAbout()
    {
        QFETCH(QStringList, texts);
        QFETCH(QString, reporter);
        QCOMPARE(m_reader.inferFrom(paragraphs(texts)), reporter);
    }

    void shouldReadAParagraphsSubject_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("subject");
        QTest::newRow("first") << "OHCHR advised the drafters."
                               << "OHCHR";
        QTest::newRow("after a phrase and its comma") << "In 2019, UNDP trained judges."
                                                      << "UNDP";
        QTest::newRow("after a short phrase") << "In Kenya UNHCR trained 300 staff."
                                              << "UNHCR";
        QTest::newRow("with its article") << "The UN Trust Fund gave 12 grants."
                                          << "UN Trust Fund to End Violence against Women";
        QTest::newRow("two of them") << "UNICEF and UNFPA run the programme."
                                     << "";
        QTest::newRow("a partner") << "Shelters run with UNFPA support opened."
                                   << "";
        QTest::newRow("after a phrase with an aside in brackets")
            << "In various countries (e.g. DRC, Burundi, Colombia, Ecuador) WFP supported survivors."
            << "WFP";
        QTest::newRow("not in the aside") << "In Jordan (with UNICEF) UNFPA trained midwives."
                                          << "UNFPA";
        QTest::newRow("after two short phrases")
            << "In 2020, through the Safe from the Start programme, UNHCR deployed specialists."
            << "UNHCR";
        QTest::newRow("after a phrase and the subject's clause")
            << "In 2020, the ministry, with support from UNFPA, trained nurses."
            << "";
        QTest::newRow("an aside's comma is not the phrase's") << "In two camps (Dadaab, Kakuma), UNHCR ran shelters."
                                                              << "UNHCR";
        QTest::newRow("the words its entries use") << "The Entity led the programme in Liberia with UNDP."
                                                   << "UN Women";
        QTest::newRow("those words where it does not work") << "The Agency protected refugee women in Niger."
                                                            << "";
        QTest::newRow("those words in its field") << "The Agency ran clinics in Jordan."
                                                  << "UNRWA";
        QTest::newRow("those words beginning another's name")
            << "The Agency for Gender Equality of Bosnia and Herzegovina trained police."
            << "";
    }

    void shouldReadAParagraphsSubject()
    {
        QFETCH(QString, text);
        QFETCH(QString, subject);
        QCOMPARE(m_reader.subjectOf(paragraph(text)), subject);
    }

    void shouldReadWhoseWorkAParagraphTellsOf()
    {
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("Training was a key area of UNRWA's work."))),
            QStringLiteral("UNRWA"));
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("Services are a core priority of the UN Trust Fund."))),
            QStringLiteral("UN Trust Fund to End Violence against Women"));
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("70% of initiatives supported by UNRWA prevent violence."))),
            QStringLiteral("UNRWA"));
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("The UN Trust Fund-supported project trained judges."))),
            QStringLiteral("UN Trust Fund to End Violence against Women"));
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("A UNDP-led review found gaps."))), QStringLiteral("UNDP"));
        // A word that only starts like one backs nothing.
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("A UNDP-ledger of grants was kept."))), QString());
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("Judges were trained with UNRWA."))), QString());
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("A study by UNDP was used with UNRWA."))), QString());
        QCOMPARE(m_reader.ownerOf(paragraph(QStringLiteral("UNDP's manual and UNRWA's guide were used."))), QString());
    }

    void shouldTellWhetherAnEntityCanHaveWorkedThere_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("may");
        QTest::newRow("in its fields") << "UNRWA"
                                       << "Counsellors met in Jordan." << true;
        QTest::newRow("outside them") << "UNRWA"
                                      << "Counsellors met in Kenya." << false;
        QTest::newRow("a city outside them") << "UNRWA"
                                             << "Counsellors met in Mombasa." << false;
        QTest::newRow("no country") << "UNRWA"
                                    << "Counsellors met." << true;
        QTest::newRow("a commission's region") << "ECLAC"
                                               << "Courts in Jamaica adopted it." << true;
        QTest::newRow("outside the region") << "ECLAC"
                                            << "Courts in Nepal adopted it." << false;
        QTest::newRow("an entity that works anywhere") << "UNICEF"
                                                       << "Counsellors met in Kenya." << true;
    }

    void shouldTellWhetherAnEntityCanHaveWorkedThere()
    {
        QFETCH(QString, entity);
        QFETCH(QString, text);
        QFETCH(bool, may);
        QCOMPARE(m_reader.mayHaveReported(entity, paragraph(text)), may);
    }
};

QTEST_GUILESS_MAIN(TestReportingEntityReader)
#include "tst_reportingentityreader.moc"
