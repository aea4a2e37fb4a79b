#include "corpus/cleanedtext.h"

#include <QTest>

using evaw::CleanedText;

class TestCleanedText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRemoveWebScrapeDebris_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("cleaned");

        QTest::newRow("footnote-number-glued-after-comma") << "the Essential Services Package,85 ensuring access"
                                                           << "the Essential Services Package, ensuring access";
        QTest::newRow("footnote-number-glued-after-stop-at-end") << "survivors of GBV.12"
                                                                 << "survivors of GBV.";
        QTest::newRow("footnote-number-glued-to-a-word") << "the national action plans68 and Girls69 have"
                                                         << "the national action plans and Girls have";
        QTest::newRow("bracketed-footnote-marker") << "the CEDAW Committee[1] and the UPR[23]."
                                                   << "the CEDAW Committee and the UPR.";
        QTest::newRow("stray-view-more-at-end") << "UN Women provided input... View More"
                                                << "UN Women provided input...";
        QTest::newRow("stray-view-more-with-a-no-break-space") << "UN Women provided input... View\u00a0More"
                                                               << "UN Women provided input...";
        QTest::newRow("white-space-collapsed") << "  UN\tWomen \u00a0 and  UNFPA  "
                                               << "UN Women and UNFPA";
        // Numbers are not footnotes: a digit before the comma, or digits that go on.
        QTest::newRow("thousands-kept") << "around 94,250 with 65,273 direct"
                                        << "around 94,250 with 65,273 direct";
        QTest::newRow("covid-kept") << "the COVID-19 pandemic and COVID19"
                                    << "the COVID-19 pandemic and COVID19";
        QTest::newRow("four-digit-year-after-comma-kept") << "as approved,2022 by"
                                                          << "as approved,2022 by";
        QTest::newRow("year-glued-to-a-word-kept") << "adopted since2019 by 12 states"
                                                   << "adopted since2019 by 12 states";
        // A printed report's footnote after a year's stop, where a sentence opens after it; a
        // decimal or a number that goes on stays.
        QTest::newRow("footnote-after-a-years-stop") << "was adopted in 2022.3 The law and in 2019.12"
                                                     << "was adopted in 2022. The law and in 2019.";
        QTest::newRow("decimal-after-a-year-kept") << "index 2022.3 and in 1999.5 mm and 12022.3 The"
                                                   << "index 2022.3 and in 1999.5 mm and 12022.3 The";
        QTest::newRow("digits-after-a-short-word-kept") << "the G20 and a 4G network and an mp3"
                                                        << "the G20 and a 4G network and an mp3";
        QTest::newRow("invisible-characters-inside-words") << "Ke\u00ADnya, Moz\u200Bambique and Ma\u2060li\uFEFF"
                                                           << "Kenya, Mozambique and Mali";
        QTest::newRow("script-joiners-kept") << "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"
                                             << "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        QTest::newRow("one-space-at-the-end") << "UN Women and UNFPA "
                                              << "UN Women and UNFPA";
        QTest::newRow("footnote-in-digits-of-another-script") << "the national plans\u0666\u0668 and Girls"
                                                              << "the national plans and Girls";
        QTest::newRow("footnotes-in-superscript")
            << "campaign in Tunisia.\u00B9 It reached people\u00B2\u00B3 and policies\u00B9,\u00B2."
            << "campaign in Tunisia. It reached people and policies.";
        QTest::newRow("a-units-power-in-superscript-kept") << "500 m\u00B2 of safe space and 3 km\u00B2"
                                                           << "500 m\u00B2 of safe space and 3 km\u00B2";
        QTest::newRow("stray-view-more-as-the-pages-source-writes-it") << "UN Women provided input... View&nbsp;More"
                                                                       << "UN Women provided input...";
        QTest::newRow("stray-view-more-as-a-copy-keeps-it") << "UN Women provided input... View more"
                                                            << "UN Women provided input...";
        QTest::newRow("stray-read-more-as-other-sites-write-it") << "UNICEF trained social workers... Read More"
                                                                 << "UNICEF trained social workers...";
        QTest::newRow("read-more-in-a-sentence-kept") << "Readers can read more in the Republic's report."
                                                      << "Readers can read more in the Republic's report.";
        QTest::newRow("view-more-in-a-sentence-kept") << "Visitors can view more data online."
                                                      << "Visitors can view more data online.";
        QTest::newRow("a-spreadsheets-doubled-quote-is-one") << "the \"\"Safe Cities\"\" programme"
                                                             << "the \"Safe Cities\" programme";
        QTest::newRow("a-word-cut-at-a-line-break-goes-on") << "the elimina-\ntion of one-\r\n stop centres"
                                                            << "the elimination of one-stop centres";
        QTest::newRow("a-name-cut-at-a-line-break-goes-on") << "in Ethio-\npia and Mozam- \t\n  bique"
                                                            << "in Ethiopia and Mozambique";
        QTest::newRow("a-word-cut-after-a-marker-goes-on") << "the elimina[1]-\ntion"
                                                           << "the elimination";
        QTest::newRow("a-space-after-a-cut-goes") << "In Mozam- \nbique, the elimina-&nbsp;\ntion"
                                                  << "In Mozambique, the elimination";
        QTest::newRow("a-hyphen-a-reference-wrote-stays") << "the elimina&#45;\ntion"
                                                          << "the elimina-tion";
        QTest::newRow("a-dash-at-a-line-break-stays-apart") << "the cluster -\nand UNFPA"
                                                            << "the cluster - and UNFPA";
        QTest::newRow("a-hyphen-before-a-space-in-a-line-stays") << "the elimina- tion"
                                                                 << "the elimina- tion";
        // A page saved as Markdown: its strong and emphasised words and its links read as words.
        QTest::newRow("markdown-strong-and-emphasis")
            << "the **Spotlight Initiative**, __RESPECT__, *Safe Cities* and _Suva_ (*GBV*)"
            << "the Spotlight Initiative, RESPECT, Safe Cities and Suva (GBV)";
        QTest::newRow("markdown-link") << "the [national helpline](https://example.org/help-line) in Uganda"
                                       << "the national helpline in Uganda";
        QTest::newRow("markdown-images-go-whole")
            << "UNFPA ![logo](logo.png) trained![](a/b.jpg \"Photo: UN Women (2021)\") midwives"
            << "UNFPA trained midwives";
        QTest::newRow("an-exclamation-that-is-no-image-kept") << "Stop violence! [1] now! [see](x y) and ![a]b"
                                                              << "Stop violence! now! [see](x y) and ![a]b";
        QTest::newRow("signs-that-are-no-markdown-kept")
            << "Kosovo* and file_name, 2 * 3, [see annex] (p. 4) and [x](a b)"
            << "Kosovo* and file_name, 2 * 3, [see annex] (p. 4) and [x](a b)";
        QTest::newRow("markup-kept-as-text") << "<a href=\"x\">link</a> & <img src=y>"
                                             << "<a href=\"x\">link</a> & <img src=y>";
        // A copy from a PDF keeps its ligatures.
        QTest::newRow("ligatures-of-a-pdf-copy") << "the Paci\uFB01c o\uFB03ce, \uFB02ows and sta\uFB00"
                                                 << "the Pacific office, flows and staff";
        // A page's text copied from its source keeps HTML's character references.
        QTest::newRow("named-references") << "In C&ocirc;te d&rsquo;Ivoire, UN Women &amp; UNFPA &ndash; the &quot;Safe"
                                             " Cities&quot; programme &lt;see annex&gt;"
                                          << "In C\u00F4te d\u2019Ivoire, UN Women & UNFPA \u2013 the \"Safe Cities\""
                                             " programme <see annex>";
        QTest::newRow("numeric-references") << "d&#8217;Ivoire and d&#x2019;Ivoire and d&#X2019;Ivoire"
                                            << "d\u2019Ivoire and d\u2019Ivoire and d\u2019Ivoire";
        QTest::newRow("a-number-of-windows-1252-reads-as-html-reads-it") << "UN Women&#146;s &#147;RESPECT&#148;"
                                                                         << "UN Women\u2019s \u201CRESPECT\u201D";
        QTest::newRow("a-character-beyond-the-basic-plane") << "&#x1F4DA; and &#128218; books"
                                                            << "\U0001F4DA and \U0001F4DA books";
        QTest::newRow("no-break-space-references-join-the-white-space")
            << "&nbsp;Abidjan&nbsp;&nbsp; and&nbsp;Kenya&nbsp;"
            << "Abidjan and Kenya";
        QTest::newRow("references-that-show-nothing-go") << "Ke&shy;nya and Moz&#8203;ambique and Ma&NoBreak;li"
                                                         << "Kenya and Mozambique and Mali";
        QTest::newRow("what-names-no-character-kept")
            << "AT&T, R&D; &foo; &amp &#0; &#xD800; &#1114112; &#; & amp; &#x;"
            << "AT&T, R&D; &foo; &amp &#0; &#xD800; &#1114112; &#; & amp; &#x;";
        QTest::newRow("a-reference-escaped-twice-is-read-once") << "the &amp;ldquo;Spotlight&amp;rdquo; team"
                                                                << "the &ldquo;Spotlight&rdquo; team";
        // What a footnote's digits follow is the character a reference stands for.
        QTest::newRow("a-number-after-a-less-than-sign-kept") << "children &lt;5 years and &gt;18 years"
                                                              << "children <5 years and >18 years";
        QTest::newRow("a-footnote-after-a-closing-quote-reference") << "the &ldquo;RESPECT&rdquo;12 framework"
                                                                    << "the \u201CRESPECT\u201D framework";
    }

    void shouldRemoveWebScrapeDebris()
    {
        QFETCH(QString, raw);
        QFETCH(QString, cleaned);
        QCOMPARE(CleanedText::clean(raw).text(), cleaned);
    }

    void shouldFindDebrisAtAnyPositionOfALongLine_data()
    {
        // Lines are checked eight characters at a time: each kind of debris, at every
        // position across three blocks, must still be found.
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        const QString words = QStringLiteral("UNFPA and UNICEF support the national plan");
        for (int at = 1; at < 26; ++at) {
            const QString before = words.left(at);
            const QString after = words.mid(at);
            if (words[at - 1] != u' ' && words[at] != u' ') { // white space inside a word
                const QString joined = before + u' ' + after;
                QTest::addRow("two-spaces-at-%d", at) << before + QStringLiteral("  ") + after << joined;
                QTest::addRow("tab-at-%d", at) << before + u'\t' + after << joined;
                QTest::addRow("no-break-space-at-%d", at) << before + QChar(0x00A0) + after << joined;
            } else { // a second space beside one
                QTest::addRow("second-space-at-%d", at) << before + u' ' + after << words;
            }
            QTest::addRow("marker-at-%d", at) << before + QStringLiteral("[7]") + after << words;
            QTest::addRow("view-more-at-%d", at) << before + QStringLiteral("View More") + after << words;
            QTest::addRow("soft-hyphen-at-%d", at) << before + QChar(0x00AD) + after << words;
            QTest::addRow("ligature-at-%d", at)
                << before + QChar(0xFB01) + after << before + QStringLiteral("fi") + after;
            QTest::addRow("reference-at-%d", at) << before + QStringLiteral("&amp;") + after << before + u'&' + after;
            QTest::addRow("doubled-quote-at-%d", at)
                << before + QStringLiteral("\"\"") + after << before + u'"' + after;
        }
        // Glued after a word's punctuation, at the end of the word; the punctuation may end
        // one block and the digits open the next.
        for (const QChar punctuation : QStringLiteral(",.;:)\"\u201D\u2019")) {
            for (int at = 1; at < 26; ++at) {
                const QString line = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxx").left(at) + QStringLiteral(" Package")
                    + punctuation + QStringLiteral("85 ensuring");
                QTest::addRow("glued-footnote-after-U+%04X-at-%d", punctuation.unicode(), at)
                    << line << QString(line).remove(QStringLiteral("85"));
            }
        }
        // Glued to the end of a word in lower case, wherever the word ends in a block.
        for (int at = 1; at < 26; ++at) {
            const QString line = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxx").left(at) + QStringLiteral(" action plans")
                + QStringLiteral("68 and");
            QTest::addRow("glued-footnote-after-a-word-at-%d", at)
                << line << QString(line).remove(QStringLiteral("68"));
        }
        // A word a page cut at a line's end, with the spaces a copy may leave after its
        // hyphen, wherever the hyphen falls in a block.
        for (int at = 1; at < 26; ++at) {
            const QString start
                = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxx").left(at) + QStringLiteral(" the elimina-");
            for (const QLatin1String spaces : {QLatin1String(""), QLatin1String(" "), QLatin1String("   ")}) {
                QTest::addRow("cut-word-with-%d-spaces-at-%d", int(spaces.size()), at) << start + spaces
                        + QStringLiteral("\ntion of") << QString(start).chopped(1) + QStringLiteral("tion of");
            }
        }
        // Digits after anything else are numbers, wherever they fall.
        for (int at = 1; at < 26; ++at) {
            const QString line
                = QStringLiteral("xxxxxxxxxxxxxxxxxxxxxxxxxx").left(at) + QStringLiteral(" trained 85 nurses in 2021");
            QTest::addRow("number-at-%d", at) << line << line;
        }
    }

    void shouldFindDebrisAtAnyPositionOfALongLine()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QCOMPARE(CleanedText::clean(raw).text(), text);
    }

    void shouldMapPositionsAfterAPlainStart()
    {
        // The plain start of a line is copied at once: the cuts after it still count from 0.
        const QString raw = QStringLiteral("UNFPA and UNICEF support the Package,85 and [1] plan");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("UNFPA and UNICEF support the Package, and plan"));
        QCOMPARE(cleaned.rawPosition(10), 10); // "UNICEF"
        const int plan = int(cleaned.text().indexOf(QLatin1String("plan")));
        QCOMPARE(cleaned.rawPosition(plan), int(raw.indexOf(QLatin1String("plan"))));
        QCOMPARE(cleaned.rawEnd(int(cleaned.text().size())), int(raw.size()));
    }

    void shouldMapACharacterReferenceBackToItsWholeSpan()
    {
        const QString raw = QStringLiteral("UN Women &amp; UNFPA in C&ocirc;te d&#8217;Ivoire");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("UN Women & UNFPA in C\u00F4te d\u2019Ivoire"));
        const int ampersand = int(cleaned.text().indexOf(u'&'));
        QCOMPARE(cleaned.rawPosition(ampersand), int(raw.indexOf(QLatin1String("&amp;"))));
        QCOMPARE(cleaned.rawEnd(ampersand + 1), int(raw.indexOf(QLatin1String("&amp;"))) + 5);
        const int unfpa = int(cleaned.text().indexOf(QLatin1String("UNFPA")));
        QCOMPARE(cleaned.rawPosition(unfpa), int(raw.indexOf(QLatin1String("UNFPA"))));
        // "Côte d’Ivoire" spans its references in the raw line.
        const int country = int(cleaned.text().indexOf(QStringLiteral("C\u00F4te")));
        QCOMPARE(cleaned.rawPosition(country), int(raw.indexOf(QLatin1String("C&ocirc;te"))));
        QCOMPARE(cleaned.rawEnd(int(cleaned.text().size())), int(raw.size()));
    }

    void shouldMapALigaturesLettersBackToIt()
    {
        const QString raw = QStringLiteral("UN o\uFB03ce in the Paci\uFB01c [1] region");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("UN office in the Pacific region"));
        const int ligature = int(raw.indexOf(QChar(0xFB03)));
        for (int letter = 4; letter < 7; ++letter) // "ffi"
            QCOMPARE(cleaned.rawPosition(letter), ligature);
        QCOMPARE(cleaned.rawPosition(7), ligature + 1); // "c"
        const int pacific = int(cleaned.text().indexOf(QLatin1String("Pacific")));
        QCOMPARE(cleaned.rawPosition(pacific), int(raw.indexOf(QLatin1String("Paci"))));
        QCOMPARE(cleaned.rawEnd(pacific + 7), int(raw.indexOf(QLatin1String(" [1]"))));
        const int region = int(cleaned.text().indexOf(QLatin1String("region")));
        QCOMPARE(cleaned.rawPosition(region), int(raw.indexOf(QLatin1String("region"))));
        QCOMPARE(cleaned.rawEnd(int(cleaned.text().size())), int(raw.size()));
    }

    void shouldMapAWordAPageCutBackOverItsHyphen()
    {
        const QString raw = QStringLiteral("the elimina- \r\n  tion of femi-\ncide [2] in Ethio-  \npia");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("the elimination of femicide in Ethiopia"));
        // Each half of a cut word maps to its own line; the hyphen and the break map to nothing.
        for (const QLatin1String tail : {QLatin1String("tion"), QLatin1String("cide"), QLatin1String("pia")}) {
            const int cut = int(cleaned.text().indexOf(tail));
            const int rawTail = int(raw.indexOf(tail));
            const int hyphen = int(raw.lastIndexOf(u'-', rawTail));
            QCOMPARE(cleaned.rawPosition(cut), rawTail);
            QCOMPARE(cleaned.rawPosition(cut - 1), hyphen - 1);
            QCOMPARE(cleaned.rawEnd(cut), hyphen);
        }
        const int ethiopia = int(cleaned.text().indexOf(QLatin1String("Ethiopia")));
        QCOMPARE(cleaned.rawPosition(ethiopia), int(raw.indexOf(QLatin1String("Ethio"))));
        QCOMPARE(cleaned.rawEnd(ethiopia + 8), int(raw.size()));
    }

    void shouldTellTheNumbersOfTheFootnoteMarkersItRemoves()
    {
        const CleanedText cleaned = CleanedText::clean(QStringLiteral(
            "the Package,85 and the UPR[12], in Tunisia.\u00b9,\u00b2\u2070 View More and 2,000 people"));
        QCOMPARE(cleaned.text(), QStringLiteral("the Package, and the UPR, in Tunisia. and 2,000 people"));
        QCOMPARE(cleaned.footnotes(), (QList<int>{85, 12, 1, 20}));
        QVERIFY(CleanedText::clean(QStringLiteral("UNFPA trained 40 nurses in 2021.")).footnotes().isEmpty());
        QCOMPARE(CleanedText::clean(QStringLiteral("adopted in 2022.3 The law")).footnotes(), QList<int>{3});
    }

    void shouldMapEveryCleanedCharacterBackToTheRawLine()
    {
        const QString raw = QStringLiteral("  Package,85  and [1]  UN\u00ADFPA  ");
        const CleanedText cleaned = CleanedText::clean(raw);
        QCOMPARE(cleaned.text(), QStringLiteral("Package, and UNFPA"));
        // Every kept character that is not a collapsed space maps to the same character.
        for (int i = 0; i < cleaned.text().size(); ++i) {
            if (cleaned.text()[i] != u' ')
                QCOMPARE(raw[cleaned.rawPosition(i)], cleaned.text()[i]);
        }
        // The span of "UNFPA" maps back over the soft hyphen inside it.
        const int unfpa = int(cleaned.text().indexOf(QLatin1String("UNFPA")));
        const int rawUnfpa = int(raw.indexOf(QStringLiteral("UN\u00ADFPA")));
        QCOMPARE(cleaned.rawPosition(unfpa), rawUnfpa);
        QCOMPARE(cleaned.rawEnd(int(cleaned.text().size())), rawUnfpa + 6);
    }
};

QTEST_GUILESS_MAIN(TestCleanedText)
#include "tst_cleanedtext.moc"
