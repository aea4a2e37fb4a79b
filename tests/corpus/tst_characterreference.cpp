#include "corpus/characterreference.h"

#include <QTest>

using evaw::CharacterReference;

class TestCharacterReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadAReferenceWhereOneStarts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("at");
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("value");

        QTest::newRow("named") << "d&rsquo;Ivoire" << 1 << 7 << QStringLiteral("\u2019");
        QTest::newRow("named-in-capitals") << "R&AMP;D" << 1 << 5 << QStringLiteral("&");
        QTest::newRow("the-longest-name") << "&CounterClockwiseContourIntegral;" << 0 << 33 << QStringLiteral("\u2233");
        QTest::newRow("two-characters") << "&fjlig;" << 0 << 7 << QStringLiteral("fj");
        QTest::newRow("less-than-written-twice-over") << "&nvlt;" << 0 << 6 << QStringLiteral("<\u20D2");
        QTest::newRow("decimal") << "&#8217;s" << 0 << 7 << QStringLiteral("\u2019");
        QTest::newRow("hexadecimal") << "&#x2019;s" << 0 << 8 << QStringLiteral("\u2019");
        QTest::newRow("beyond-the-basic-plane") << "&#x1F4DA;" << 0 << 9 << QStringLiteral("\U0001F4DA");
        QTest::newRow("windows-1252-number") << "&#150;" << 0 << 6 << QStringLiteral("\u2013");
        QTest::newRow("a-tab") << "&#9;" << 0 << 4 << QStringLiteral("\t");
        // None of these is a reference.
        QTest::newRow("no-semicolon") << "AT&T and R&D" << 2 << 0 << QString();
        QTest::newRow("unknown-name") << "&foo;" << 0 << 0 << QString();
        QTest::newRow("name-too-long") << "&CounterClockwiseContourIntegralss;" << 0 << 0 << QString();
        QTest::newRow("not-at-an-ampersand") << "x&amp;" << 0 << 0 << QString();
        QTest::newRow("null") << "&#0;" << 0 << 0 << QString();
        QTest::newRow("control") << "&#x1B;" << 0 << 0 << QString();
        QTest::newRow("lone-surrogate") << "&#xD800;" << 0 << 0 << QString();
        QTest::newRow("beyond-unicode") << "&#1114112;" << 0 << 0 << QString();
        QTest::newRow("no-digits") << "&#x;" << 0 << 0 << QString();
        QTest::newRow("at-the-end") << "&lt" << 0 << 0 << QString();
    }

    void shouldReadAReferenceWhereOneStarts()
    {
        QFETCH(QString, text);
        QFETCH(int, at);
        QFETCH(int, length);
        QFETCH(QString, value);
        QString read;
        QCOMPARE(CharacterReference::read(text, at, &read), length);
        QCOMPARE(read, value);
        QCOMPARE(CharacterReference::read(text, at), length); // the value is optional
    }

    void shouldKnowEveryNameOfTheEntitySet()
    {
        // The W3C's set for HTML and MathML names 2,125 characters and sequences.
        QCOMPARE(CharacterReference::namedCount(), qsizetype(2125));
    }
};

QTEST_GUILESS_MAIN(TestCharacterReference)
#include "tst_characterreference.moc"
