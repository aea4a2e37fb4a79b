#include "agencypanel.h"
#include "browse/activitylistmodel.h"
#include "browse/countrytreemodel.h"
#include "browse/explorerstate.h"
#include "browse/roles.h"
#include "browse/timelinemodel.h"
#include "countrypanel.h"
#include "detailpane.h"
#include "facetpanel.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "sourcesdialog.h"
#include "testsupport.h"
#include "timelinechart.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QGraphicsScene>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolTip>
#include <QTreeView>

using namespace evaw;

namespace {

// The source index in a view whose model may be a proxy.
QModelIndex viewIndex(QAbstractItemView *view, const QModelIndex &sourceIndex)
{
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model()))
        return proxy->mapFromSource(sourceIndex);
    return sourceIndex;
}

// Clicks the check box of @p index as a user would: on the indicator the style draws.
void clickCheckBox(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    if (auto *tree = qobject_cast<QTreeView *>(view); tree && index.parent().isValid())
        tree->expand(index.parent());
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features |= QStyleOptionViewItem::HasCheckIndicator;
    option.widget = view;
    const QRect indicator = view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, indicator.center());
}

QModelIndex childWithKey(const QAbstractItemModel *model, const QModelIndex &parent, const QString &key)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, 0, parent).data(KeyRole).toString() == key)
            return model->index(row, 0, parent);
    }
    return {};
}

int rows(const MainWindow &window)
{
    return window.activityModel()->rowCount();
}

// Answers the next modal question with @p button, as the user would click it.
void answerNextQuestion(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(button)->click();
    });
}

QPushButton *buttonWithText(const QWidget *parent, const QString &text)
{
    for (QPushButton *button : parent->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QAction *menuAction(const QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ExplorerState> m_state;
    std::unique_ptr<MainWindow> m_window;
    int m_run = 0;

    void openWindow(const QStringList &files = {Importer::bundledCorpusPath()})
    {
        // A window open before goes first: it reads the state and the store it was given,
        // and its worker may still be busy with them.
        m_window.reset();
        m_state.reset();
        m_db.reset();
        m_db = std::make_unique<Database>(QStringLiteral("window"));
        QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_run))));
        test::importInto(*m_db, files);
        m_state = std::make_unique<ExplorerState>(test::gazetteer());
        QString error;
        QVERIFY(m_state->load(m_db->connection(), &error));
        m_window = std::make_unique<MainWindow>(*m_state, *m_db, test::extractor());
        m_window->resize(1366, 768);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Waits for the status bar to say that search covers every activity, then searches.
    void searchOnceIndexed(const QString &words)
    {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage(), QStringLiteral("Text search now covers every activity"), 20000);
        QTest::keyClicks(m_window->searchField(), words);
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(QStringLiteral("EVAW Explorer Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_state.reset();
        m_db.reset();
    }

    void shouldOpenOnTheWholeCorpus()
    {
        QCOMPARE(m_window->windowTitle(), QStringLiteral("EVAW Explorer"));
        QCOMPARE(rows(*m_window), 48);
        QCOMPARE(m_window->statusLabel()->text(), QStringLiteral("48 of 48 activities"));
    }

    void shouldFilterByACheckedCountry()
    {
        QTreeView *tree = m_window->countryPanel()->view();
        auto *model = qobject_cast<QSortFilterProxyModel *>(tree->model())->sourceModel();
        const QModelIndex mozambique = static_cast<CountryTreeModel *>(model)->indexOfCode(QStringLiteral("MZ"));
        clickCheckBox(tree, viewIndex(tree, mozambique));
        QCOMPARE(rows(*m_window), 1);
        QCOMPARE(m_window->statusLabel()->text(), QStringLiteral("1 of 48 activities \u2014 Mozambique"));
        QCOMPARE(mozambique.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        // The agency facet now counts Mozambique's activity only.
        QTreeView *agencies = m_window->agencyPanel()->view();
        const QModelIndex unrco = agencies->model()->index(0, 0, agencies->model()->index(0, 0));
        QCOMPARE(unrco.data().toString(), QStringLiteral("UNRCO"));
        QCOMPARE(unrco.siblingAtColumn(1).data().toInt(), 1);
    }

    void shouldPickAMeasure()
    {
        QListView *measures = m_window->measureView();
        clickCheckBox(measures, measures->model()->index(0, 0));
        QCOMPARE(m_state->filter().measures(), QSet<QString>{QStringLiteral("Inter-Agency Mechanisms and Activities")});
        QCOMPARE(rows(*m_window), 48);
        QVERIFY(m_window->statusLabel()->text().endsWith(QLatin1String("Inter-Agency Mechanisms and Activities")));
    }

    // The tab of forms of violence: checking two shows the activities naming either; a form
    // clicked in the detail pane is added to them, not searched for by its name.
    void shouldFilterByFormsOfViolence()
    {
        QListView *themes = m_window->themeView();
        QAbstractItemModel *model = themes->model();
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Female genital mutilation (2)"));
        clickCheckBox(themes, model->index(0, 0));
        clickCheckBox(themes, model->index(1, 0));
        QCOMPARE(m_state->filter().themes(),
            (QSet<QString>{QStringLiteral("theme:fgm"), QStringLiteral("theme:child-marriage")}));
        QCOMPARE(rows(*m_window), 4);
        QVERIFY2(m_window->statusLabel()->text().endsWith(QLatin1String("Child marriage or Female genital mutilation")),
            qPrintable(m_window->statusLabel()->text()));

        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        Q_EMIT m_window->detailPane()->browser()->anchorClicked(QUrl(QStringLiteral("filter:theme:theme%3Asea")));
        QCOMPARE(m_state->filter().themes().size(), 3);
        QVERIFY(m_state->filter().search().isEmpty());
        QCOMPARE(rows(*m_window), 11);

        // A programme, clicked or checked, is filtered on the same way.
        Q_EMIT m_window->detailPane()->browser()->anchorClicked(
            QUrl(QStringLiteral("filter:programme:programme%3Aspotlight")));
        QCOMPARE(m_state->filter().programmes(), QSet<QString>{QStringLiteral("programme:spotlight")});
        QVERIFY(m_state->filter().search().isEmpty());
        QCOMPARE(rows(*m_window), 1); // the one Spotlight activity on one of those forms
        QListView *programmes = m_window->programmeView();
        clickCheckBox(programmes, programmes->model()->index(0, 0)); // 16 Days of Activism
        QCOMPARE(m_state->filter().programmes().size(), 2);
    }

    // Ctrl+C on the list puts the activity on the clipboard with who reported it and where
    // it stands; in the search field it copies the field's own text.
    void shouldCopyTheSelectedActivityWithItsSource()
    {
        const int row = m_window->activityModel()->rowOfActivity(4); // Mozambique
        QTableView *list = m_window->activityView();
        list->setFocus();
        list->setCurrentIndex(m_window->activityModel()->index(row, 0));
        QTest::keyClick(list, Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QLatin1String("Similarly, in Mozambique")), qPrintable(copied));
        QVERIFY2(copied.endsWith(QLatin1String("\n(Reported by Spotlight Initiative; Inter-Agency Mechanisms and "
                                               "Activities; source: 000_bd1bf16eedc4ea7f.txt, line 6)")),
            qPrintable(copied));

        QLineEdit *search = m_window->searchField();
        search->setText(QStringLiteral("femicide"));
        search->selectAll();
        search->setFocus();
        QTest::keyClick(search, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("femicide"));
    }

    void shouldAskWhereTwoAgenciesWorkTogether()
    {
        QTreeView *view = m_window->agencyPanel()->view();
        QAbstractItemModel *model = view->model();
        const QModelIndex un = model->index(0, 0);
        QModelIndex unfpa;
        QModelIndex unicef;
        for (int row = 0; row < model->rowCount(un); ++row) {
            const QModelIndex index = model->index(row, 0, un);
            if (index.data().toString() == QLatin1String("UNFPA"))
                unfpa = index;
            if (index.data().toString() == QLatin1String("UNICEF"))
                unicef = index;
        }
        QVERIFY(unfpa.isValid() && unicef.isValid());
        QCOMPARE(unfpa.siblingAtColumn(1).data().toInt(), 25); // sorted first, by count
        QCOMPARE(unfpa.row(), 0);
        const QString unicefKey = unicef.data(KeyRole).toString();
        clickCheckBox(view, unfpa);
        // Counts changed and the list re-sorted: find UNICEF again where it now stands.
        clickCheckBox(view, childWithKey(model, un, unicefKey));
        QCOMPARE(rows(*m_window), 26);
        QCOMPARE(m_window->statusLabel()->text(), QStringLiteral("26 of 48 activities \u2014 UNFPA or UNICEF"));

        QComboBox *mode = m_window->agencyPanel()->modeBox();
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down);
        QCOMPARE(m_state->filter().agencyMode(), Filter::AgencyMode::All);
        QCOMPARE(rows(*m_window), 8);
        QCOMPARE(m_window->statusLabel()->text(), QStringLiteral("8 of 48 activities \u2014 UNFPA and UNICEF"));
    }

    void shouldSearchAsTheUserTypes()
    {
        QLineEdit *search = m_window->searchField();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("femicide"));
        QTRY_COMPARE(rows(*m_window), 1);
        QVERIFY(m_window->activityModel()
                    ->index(0, ActivityListModel::FirstSentence)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("In Mexico")));
        QTest::keyClick(search, Qt::Key_Escape);
        QCOMPARE(search->text(), QString());
        QTRY_COMPARE(rows(*m_window), 48);
    }

    // The reader sees why an activity matched: the words searched for are marked in its
    // paragraph and in its source, and no longer once the search is cleared.
    void shouldMarkTheWordsSearchedForInTheActivityShown()
    {
        QLineEdit *search = m_window->searchField();
        QTest::keyClicks(search, QStringLiteral("femi* NOT Haiti"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(rows(*m_window), 1);
        QTableView *table = m_window->activityView();
        table->setCurrentIndex(m_window->activityModel()->index(0, 0));
        DetailPane *detail = m_window->detailPane();
        QVERIFY(detail->paragraphText().startsWith(QLatin1String("In Mexico")));
        // Marked bold on yellow, inside the links that mark the form of violence: Qt writes
        // each marked run as a span of its own.
        static const QRegularExpression marked(
            QStringLiteral("font-weight:700; color:#000000; background-color:#ffe033;\">([^<]+)<"));
        QStringList words;
        for (const QRegularExpressionMatch &match : marked.globalMatch(detail->browser()->toHtml()))
            words.append(match.captured(1));
        QCOMPARE(words, QStringList({"femicide", "feminicide", "words searched for"}));
        // The text reads as before: marking adds no character.
        QVERIFY(detail->browser()->toPlainText().contains(detail->paragraphText()));
        QStringList inSource;
        for (const QTextEdit::ExtraSelection &selection : detail->sourceView()->extraSelections())
            inSource.append(selection.cursor.selectedText());
        QCOMPARE(inSource, QStringList({QStringLiteral("femicide"), QStringLiteral("feminicide")}));

        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(rows(*m_window), 48);
        QVERIFY(detail->paragraphText().startsWith(QLatin1String("In Mexico")));
        QVERIFY(!detail->browser()->toHtml().contains(QLatin1String("#ffe033")));
        QVERIFY(detail->sourceView()->extraSelections().isEmpty());
    }

    void shouldShowAMalformedQueryAsAnError()
    {
        QLineEdit *search = m_window->searchField();
        QTest::keyClicks(search, QStringLiteral("UNFPA AND ("));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!m_state->searchError().isEmpty());
        QVERIFY(search->styleSheet().contains(QLatin1String("border")));
        QVERIFY(search->toolTip().startsWith(QLatin1String("Search not understood")));
        QVERIFY(m_window->statusLabel()->text().contains(QLatin1String("search not understood")));
    }

    void shouldOfferToClearFiltersWhenNothingMatches()
    {
        QLineEdit *search = m_window->searchField();
        QTest::keyClicks(search, QStringLiteral("xylophone"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(rows(*m_window), 0);
        QVERIFY(m_window->emptyState()->isVisible());
        auto *clear = m_window->emptyState()->findChild<QPushButton *>();
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(rows(*m_window), 48);
        QVERIFY(!m_window->emptyState()->isVisible());
        QCOMPARE(search->text(), QString());
    }

    void shouldFilterToAYearWhenItsBarIsClicked()
    {
        TimelineChart *chart = m_window->timeline();
        QCOMPARE(chart->barValue(1, 2008), 2.0); // UNFPA's two programme starts
        QCOMPARE(chart->barValue(0, 2020), 4.0); // UN Women in 2020
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barPosition(2021));
        QTRY_COMPARE(m_state->filter().fromYear(), 2021);
        QCOMPARE(m_state->filter().toYear(), 2021);
        QCOMPARE(rows(*m_window), 6);
        QCOMPARE(m_window->fromYearBox()->value(), 2021);
        // The chart follows the filter.
        QCOMPARE(chart->barValue(1, 2008), 0.0);
    }

    // Every year of the seed's span has its label; dates that reach back decades leave room
    // for round years only, upright, rather than for labels cut to nothing.
    void shouldLabelEveryYearThatFitsAndRoundYearsOtherwise()
    {
        const QStringList seedYears = m_window->timeline()->shownYearLabels();
        QCOMPARE(seedYears.first(), QStringLiteral("2008"));
        QCOMPARE(seedYears.size(), 2023 - 2008 + 1);

        const QString old = test::writeFile(m_dir, QStringLiteral("old.txt"),
            "In 1995, OHCHR advised Chad on its laws.\n\nIn 2024, UNICEF trained 40 social workers.\n");
        openWindow({Importer::bundledCorpusPath(), old});
        const QStringList shown = m_window->timeline()->shownYearLabels();
        QVERIFY2(shown.size() >= 3 && shown.size() < 20, qPrintable(shown.join(u' ')));
        for (const QString &label : shown)
            QCOMPARE(label.toInt() % 5, 0);
        QVERIFY(shown.contains(QStringLiteral("2000")));
        QVERIFY(shown.first().toInt() >= 1995 && shown.last().toInt() <= 2024);
        // A year's bar is still where a click finds it.
        TimelineChart *chart = m_window->timeline();
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->barPosition(2024));
        QTRY_COMPARE(m_state->filter().fromYear(), 2024);
    }

    void shouldUpdateTheChartInPlaceAsFiltersChange()
    {
        TimelineChart *chart = m_window->timeline();
        auto changeFiltersAndBack = [&] {
            test::applyFilter(*m_state, [](Filter &f) { f.setYears(2021, 2021); });
            QCOMPARE(chart->barValue(1, 2008), 0.0);
            test::applyFilter(*m_state, [](Filter &f) { f.setSearch(QStringLiteral("xylophone")); });
            QCOMPARE(chart->barSetCount(), 0);
            test::applyFilter(*m_state, [](Filter &f) { f = Filter{}; });
            QCOMPARE(chart->barValue(1, 2008), 2.0);
        };
        // Qt Charts drops a few hidden items of its own at the first update: counted after it.
        changeFiltersAndBack();
        if (QTest::currentTestFailed())
            return;
        const qsizetype itemsAfterOneRound = chart->scene()->items().size();
        for (int round = 0; round < 5; ++round)
            changeFiltersAndBack();
        // A chart rebuilt on each change would leave its old axes' items behind.
        QCOMPARE(chart->scene()->items().size(), itemsAfterOneRound);
    }

    // The bars show only activities that state a year; the tab says how many others the
    // list holds.
    void shouldSayUnderTheChartWhatItLeavesOut()
    {
        QLabel *note = nullptr;
        for (QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->text().startsWith(QLatin1String("Not in the chart")))
                note = label;
        }
        QVERIFY(note);
        QCOMPARE(note->text(), QStringLiteral("Not in the chart, for stating no year: 33 of 48 activities"));
        QVERIFY(note->isVisible());
        test::applyFilter(*m_state, [](Filter &f) { f.setCountries({QStringLiteral("HT")}); });
        QVERIFY(!note->isVisible());
        test::applyFilter(*m_state, [](Filter &f) { f.setCountries({QStringLiteral("AL")}); });
        QCOMPARE(note->text(), QStringLiteral("Not in the chart, for stating no year: 3 of 5 activities"));
        QVERIFY(note->isVisible());
    }

    void shouldListWhereTwoAgenciesWorkTogetherWhenTheirPairIsClicked()
    {
        m_window->lowerTabs()->setCurrentWidget(m_window->pairPage());
        QTableView *pairs = m_window->pairView();
        QVERIFY(pairs->isVisible());
        QCOMPARE(pairs->model()->rowCount(), 41);
        int unfpaUnicef = -1;
        for (int row = 0; row < pairs->model()->rowCount(); ++row) {
            QStringList keys = pairs->model()->index(row, 0).data(PairKeysRole).toStringList();
            keys.sort();
            if (keys == QStringList{QStringLiteral("agency:unfpa"), QStringLiteral("agency:unicef")})
                unfpaUnicef = row;
        }
        QVERIFY(unfpaUnicef >= 0);
        QCOMPARE(pairs->model()->index(unfpaUnicef, 2).data().toInt(), 8);

        const QModelIndex pair = pairs->model()->index(unfpaUnicef, 0);
        pairs->scrollTo(pair);
        QTest::mouseClick(pairs->viewport(), Qt::LeftButton, {}, pairs->visualRect(pair).center());
        QCOMPARE(rows(*m_window), 8);
        QCOMPARE(m_state->filter().agencyMode(), Filter::AgencyMode::All);
        QCOMPARE(m_state->filter().agencies(), QSet<QString>({"agency:unfpa", "agency:unicef"}));
        QCOMPARE(m_window->agencyPanel()->modeBox()->currentIndex(), 1); // the panel says "All of the checked"
        // The pairs now are those of these eight activities.
        QVERIFY(pairs->model()->rowCount() < 41);
        QCOMPARE(pairs->model()->index(0, 2).data().toInt(), 8);

        // A click on a header sorts by that column.
        QHeaderView *header = pairs->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(1) + header->sectionSize(1) / 2, header->height() / 2));
        const int shownPairs = pairs->model()->rowCount();
        for (int row = 1; row < shownPairs; ++row)
            QVERIFY(pairs->model()
                        ->index(row - 1, 1)
                        .data()
                        .toString()
                        .localeAwareCompare(pairs->model()->index(row, 1).data().toString())
                <= 0);

        // Partners outside the UN join the pairs when the box is checked.
        test::applyFilter(*m_state, [](Filter &f) { f = Filter{}; });
        m_window->pairPartnersBox()->setFocus();
        QTest::keyClick(m_window->pairPartnersBox(), Qt::Key_Space);
        QCOMPARE(pairs->model()->rowCount(), 55);
    }

    void shouldOpenAMilestonesActivityWhenItIsClicked()
    {
        TimelineChart *chart = m_window->timeline();
        const Milestone first = m_window->timelineModel()->milestones().first();
        QCOMPARE(m_window->timelineModel()->milestoneText(0), QStringLiteral("Since 2008"));
        QVERIFY(m_window->timelineModel()->milestoneSentence(0).startsWith(QLatin1String("Since 2008 UNFPA")));
        QTest::mouseClick(chart->viewport(), Qt::LeftButton, {}, chart->milestonePosition(0));
        const QModelIndex current = m_window->activityView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(ActivityIdRole).toLongLong(), m_state->index().at(first.row).id);
        QVERIFY(m_window->detailPane()->paragraphText().startsWith(QLatin1String("Since 2008 UNFPA")));
    }

    // A result whose reporting entity the page leaves open says so, rather than nothing.
    void shouldSayWhenAResultsReportingEntityIsNotStated()
    {
        const QString page = test::writeFile(m_dir, QStringLiteral("measures.txt"),
            "Measures\nUNRWA ran prevention sessions in Gaza.\nIn Kenya, 500 survivors received legal aid.\n");
        openWindow({Importer::bundledCorpusPath(), page});
        QTableView *table = m_window->activityView();
        table->setFocus();
        table->setCurrentIndex(m_window->activityModel()->index(m_window->activityModel()->rowOfActivity(50), 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.startsWith(QLatin1String("Reporting entity not stated")), qPrintable(shown));
        table->setCurrentIndex(m_window->activityModel()->index(m_window->activityModel()->rowOfActivity(49), 0));
        QVERIFY(m_window->detailPane()->browser()->toPlainText().startsWith(QLatin1String("Reported by UNRWA")));
    }

    void shouldShowTheSourceParagraphWithItsProvenance()
    {
        QTableView *table = m_window->activityView();
        const int row = m_window->activityModel()->rowOfActivity(46); // the HAYA paragraph
        table->setFocus();
        table->setCurrentIndex(m_window->activityModel()->index(row, 0));
        DetailPane *detail = m_window->detailPane();
        QVERIFY(
            detail->paragraphText().startsWith(QLatin1String("UNODC supports implementing the HAYA Joint Programme")));
        const QString html = detail->browser()->toHtml();
        QVERIFY(html.contains(QLatin1String("filter:country:PS")));
        QVERIFY(html.contains(QLatin1String("filter:agency:agency%3Aun-habitat")));
        const QString shown = detail->browser()->toPlainText();
        QVERIFY(shown.contains(QLatin1String("line 74")));
        QVERIFY(shown.contains(QLatin1String("The same text also stands at: 000_bd1bf16eedc4ea7f.txt, line 71")));
        // The raw source around it, with the activity's span selected.
        QCOMPARE(detail->sourceView()->textCursor().selectedText(), detail->paragraphText());
        // The cursor, which the view centres, stands where the paragraph begins.
        QCOMPARE(detail->sourceView()->textCursor().position(), detail->sourceView()->textCursor().selectionStart());

        // Keyboard navigation moves the selection and the detail pane with it.
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(detail->paragraphText().startsWith(QLatin1String("UNODC continues to support")));
    }

    // The same paragraph under another entity's header: the reader is told who reported
    // it there, and when.
    void shouldSayWhoReportedARepeatWhereItsEntrySaysOtherwise()
    {
        cleanup();
        const QByteArray radio("Religious leaders in Kenya spoke out against FGM on radio.\n");
        const QString first = test::writeFile(m_dir, QStringLiteral("first.txt"),
            "Prevention, Including Awareness Raising and Advocacy\nMar 2010 - Sept 2010 | UNFPA\n" + radio);
        const QString second = test::writeFile(m_dir, QStringLiteral("second.txt"),
            "Training and Capacity Building\nJan 2020 - Dec 2020 | UN Women\n" + radio);
        // Under the first file's header again (a line lower): nothing to tell apart.
        const QString third = test::writeFile(m_dir, QStringLiteral("third.txt"),
            "\nPrevention, Including Awareness Raising and Advocacy\nMar 2010 - Sept 2010 | UNFPA\n" + radio);
        openWindow({first, second, third});
        QCOMPARE(rows(*m_window), 1);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("The same text also stands at: second.txt, line 3 (reported by UN Women, "
                                              "Jan 2020 - Dec 2020); third.txt, line 4\n")),
            qPrintable(shown));
    }

    void shouldFilterByAMentionClickedInTheDetailPane()
    {
        const int row = m_window->activityModel()->rowOfActivity(4); // Mozambique
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        Q_EMIT m_window->detailPane()->browser()->anchorClicked(QUrl(QStringLiteral("filter:place:MZ-G")));
        QCOMPARE(m_state->filter().places(), QSet<QString>{QStringLiteral("MZ-G")});
        QCOMPARE(rows(*m_window), 1);
    }

    void shouldSayWhatAnActivityIsFiledUnderWithoutNamingIt()
    {
        // Albania's first item names neither Albania nor UN Women: its lead-in does.
        const int row = m_window->activityModel()->rowOfActivity(21);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        DetailPane *detail = m_window->detailPane();
        QVERIFY(detail->paragraphText().startsWith(QLatin1String("Conducted a Gender Responsive mapping")));
        const QString shown = detail->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Filed under, though the text does not name it: Albania, UN Women")),
            qPrintable(shown));
        // Each is a link like a mention: clicking Albania shows Albania's five items.
        QVERIFY(detail->browser()->toHtml().contains(QLatin1String("filter:country:AL")));
        Q_EMIT detail->browser()->anchorClicked(QUrl(QStringLiteral("filter:country:AL")));
        QCOMPARE(m_state->filter().countries(), QSet<QString>{QStringLiteral("AL")});
        QCOMPARE(rows(*m_window), 5);

        // An activity whose text names everything it is filed under says nothing of the kind.
        m_state->setFilter(Filter{});
        const int haya = m_window->activityModel()->rowOfActivity(46);
        QVERIFY(haya >= 0);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(haya, 0));
        QVERIFY(!detail->browser()->toPlainText().contains(QLatin1String("Filed under")));
    }

    void shouldShowVariantsWithTheFiguresThatDiffer()
    {
        const int row = m_window->activityModel()->rowOfActivity(34); // FGM, 18 countries
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY(shown.contains(QLatin1String("Variants")));
        QVERIFY(shown.contains(QLatin1String("18 countries")));
        QVERIFY(shown.contains(QLatin1String("17 countries")));

        // The variant's place is a link to read it in full; the list follows.
        const QRegularExpressionMatch link = QRegularExpression(QStringLiteral("href=\"(activity:(\\d+))\""))
                                                 .match(m_window->detailPane()->browser()->toHtml());
        QVERIFY(link.hasMatch());
        Q_EMIT m_window->detailPane()->browser()->anchorClicked(QUrl(link.captured(1)));
        QVERIFY(m_window->detailPane()->paragraphText().contains(QLatin1String("17 countries")));
        QCOMPARE(m_window->activityView()->currentIndex().row(),
            m_window->activityModel()->rowOfActivity(link.captured(2).toLongLong()));
        QVERIFY(m_window->detailPane()->browser()->toPlainText().contains(QLatin1String("18 countries")));
    }

    void shouldShowAVariantThatOnlySaysMoreWithTheSameFigures()
    {
        const int row = m_window->activityModel()->rowOfActivity(33); // 16 Days, one sentence
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("To reinforce accountability frameworks")), qPrintable(shown));
        QCOMPARE(shown.count(QLatin1String("same figures")), 2);
        QVERIFY(!shown.contains(QLatin1String("no figure")));
    }

    void shouldShowMarkupInTheCorpusAsText()
    {
        cleanup();
        const QString fixture = test::writeFile(m_dir, QStringLiteral("markup.txt"),
            "In Chad, <b>UNICEF</b> trained staff <img src=x onerror=alert(1)> "
            "with <a href=\"http://example.org\">UNFPA</a>.\n");
        openWindow({fixture});
        QCOMPARE(rows(*m_window), 1);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("<img src=x onerror=alert(1)>")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("<a href=\"http://example.org\">")));
        QVERIFY(!m_window->detailPane()->browser()->toHtml().contains(QLatin1String("href=\"http://example.org")));

        // The list's tool tip, which holds the paragraph, shows it as written too.
        QTableView *list = m_window->activityView();
        const QRect cell = list->visualRect(m_window->activityModel()->index(0, ActivityListModel::FirstSentence));
        QHelpEvent hover(QEvent::ToolTip, cell.center(), list->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(list->viewport(), &hover);
        QTRY_VERIFY(QToolTip::isVisible());
        QTextDocument tip;
        tip.setHtml(QToolTip::text());
        QCOMPARE(tip.toPlainText(), m_window->activityModel()->index(0, 0).data(FullTextRole).toString());
        QToolTip::hideText();
    }

    void shouldLinkAYearTheActivityTookPlaceInButNotOneItAimsAt()
    {
        const QString fixture = test::writeFile(
            m_dir, QStringLiteral("target.txt"), "In 2021 UNICEF pledged to end child marriage in Nepal by 2030.\n");
        openWindow({fixture});
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        const QString html = m_window->detailPane()->browser()->toHtml();
        QVERIFY2(html.contains(QLatin1String("filter:year:2021")), qPrintable(html));
        QVERIFY2(!html.contains(QLatin1String("filter:year:2030")), qPrintable(html));
        QVERIFY(m_window->detailPane()->paragraphText().contains(QLatin1String("by 2030")));
        // It is marked as a target all the same, as the legend shows one.
        QCOMPARE(html.count(QLatin1String("text-decoration: underline")), 2);
        QVERIFY(m_window->detailPane()->browser()->toPlainText().contains(QLatin1String("target year")));
    }

    void shouldShowOnlyTheStartOfAVeryLongParagraph()
    {
        // A scrape that lost its line breaks and stops: 4,000 clauses in one paragraph of
        // 180,000 characters, with 12,000 names and dates, shown by its start.
        const QByteArray sentence("UNFPA supported safe spaces in Yemen in 2020,");
        const QString fixture = test::writeFile(m_dir, QStringLiteral("glued.txt"), sentence.repeated(4000) + '\n');
        openWindow({fixture});
        QCOMPARE(rows(*m_window), 1);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        DetailPane *detail = m_window->detailPane();
        QCOMPARE(detail->paragraphText().size(), 180000); // copied whole all the same
        const QString shown = detail->browser()->toPlainText();
        QVERIFY2(shown.size() < 21000, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.contains(QStringLiteral("Only the first %1 of its %2 characters are shown here.")
                                   .arg(QLocale().toString(20000), QLocale().toString(180000))));
        QVERIFY(detail->browser()->toHtml().contains(QLatin1String("filter:country:YE")));
        // The source shows the first 64 KiB of the span, selected.
        QCOMPARE(detail->sourceView()->textCursor().selectedText().size(), 65536);
    }

    // A store an earlier version wrote may know a source's line but not its bytes: the file
    // is then read up to that line off the window's thread, and only the source of the
    // activity still shown is shown.
    void shouldFindASourceKnownByItsLineOnlyWithoutFreezing()
    {
        const QString fixture = test::writeFile(m_dir, QStringLiteral("lines.txt"),
            "In Chad, UNICEF trained 40 paralegals in 2019.\n"
            "In Mali, UNFPA opened 3 one-stop centres in 2020.\n");
        openWindow({fixture});
        QCOMPARE(rows(*m_window), 2);
        QSqlQuery forget(m_db->connection());
        QVERIFY(forget.exec(QStringLiteral("UPDATE activities SET byte_offset = -1 WHERE line = 2")));
        const int mali = m_window->activityModel()->rowOfActivity(2);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(mali, 0));
        DetailPane *detail = m_window->detailPane();
        QCOMPARE(detail->sourceView()->toPlainText(), QStringLiteral("Finding line 2 of lines.txt\u2026"));
        QTRY_COMPARE(detail->sourceView()->textCursor().selectedText(),
            QStringLiteral("In Mali, UNFPA opened 3 one-stop centres in 2020."));

        // Asked for, then left for another activity before it is found: the other's stays.
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(1 - mali, 0));
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(mali, 0));
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(1 - mali, 0));
        const QString chad = QStringLiteral("In Chad, UNICEF trained 40 paralegals in 2019.");
        QCOMPARE(detail->sourceView()->textCursor().selectedText(), chad);
        QTest::qWait(200);
        QCOMPARE(detail->sourceView()->textCursor().selectedText(), chad);
        // Nor does one come into a pane the user cleared.
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(mali, 0));
        m_window->activityView()->selectionModel()->clearCurrentIndex();
        QTest::qWait(200);
        QVERIFY(!detail->sourceView()->toPlainText().contains(QLatin1String("In Mali")));
    }

    void shouldRememberFiltersAndLayoutAcrossStarts()
    {
        QTest::keyClicks(m_window->searchField(), QStringLiteral("UNFPA"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        m_window->countryPanel()->schemeBox()->setCurrentIndex(1);
        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_state, *m_db, test::extractor());
        QCOMPARE(m_state->filter().search(), QStringLiteral("UNFPA"));
        QCOMPARE(m_window->searchField()->text(), QStringLiteral("UNFPA"));
        QCOMPARE(m_window->countryPanel()->schemeBox()->currentIndex(), 1);
    }

    // The list's columns are the user's: one hidden from the header's context menu, one
    // moved and the list sorted stay so at the next start.
    void shouldKeepTheColumnsAsTheUserArrangedThem()
    {
        QTableView *table = m_window->activityView();
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->contextMenuPolicy(), Qt::ActionsContextMenu);
        const QList<QAction *> columns = header->actions();
        QCOMPARE(columns.size(), m_window->activityModel()->columnCount());
        QCOMPARE(columns[ActivityListModel::Measure]->text(), QStringLiteral("Measure"));
        columns[ActivityListModel::Measure]->trigger();
        QVERIFY(header->isSectionHidden(ActivityListModel::Measure));
        QVERIFY(!columns[ActivityListModel::Measure]->isChecked());
        // A filter that lists other activities leaves the columns alone.
        QTest::keyClicks(m_window->searchField(), QStringLiteral("Samoa"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QTRY_COMPARE(rows(*m_window), 1);
        QVERIFY(header->isSectionHidden(ActivityListModel::Measure));
        m_window->searchField()->clear();
        QTRY_COMPARE(rows(*m_window), 48);
        header->moveSection(header->visualIndex(ActivityListModel::FirstSentence), 0);
        header->setSortIndicator(ActivityListModel::ReportingEntity, Qt::DescendingOrder);
        QCOMPARE(m_window->activityModel()->index(0, ActivityListModel::ReportingEntity).data().toString(),
            QStringLiteral("UNODC"));

        m_window->close();
        m_window = std::make_unique<MainWindow>(*m_state, *m_db, test::extractor());
        table = m_window->activityView();
        header = table->horizontalHeader();
        QVERIFY(header->isSectionHidden(ActivityListModel::Measure));
        QVERIFY(!header->actions()[ActivityListModel::Measure]->isChecked());
        QCOMPARE(header->logicalIndex(0), int(ActivityListModel::FirstSentence));
        QCOMPARE(header->sortIndicatorSection(), int(ActivityListModel::ReportingEntity));
        QCOMPARE(m_window->activityModel()->index(0, ActivityListModel::ReportingEntity).data().toString(),
            QStringLiteral("UNODC"));

        // Every column but one hidden: the last cannot go, and the table never goes blank.
        const QList<QAction *> actions = header->actions();
        for (QAction *action : actions) {
            if (action->isChecked() && action != actions[ActivityListModel::FirstSentence])
                action->trigger();
        }
        QCOMPARE(header->hiddenSectionCount(), header->count() - 1);
        QVERIFY(!actions[ActivityListModel::FirstSentence]->isEnabled());
        actions[ActivityListModel::Agencies]->trigger();
        QVERIFY(actions[ActivityListModel::FirstSentence]->isEnabled());
    }

    // Help > About says where the store lives and where the names come from.
    void shouldSayWhereTheStoreIsAndWhereNamesComeFrom()
    {
        QAction *about = menuAction(*m_window, QStringLiteral("&About EVAW Explorer"));
        QVERIFY(about);
        QString said;
        QTimer::singleShot(0, [&said] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                QTextDocument document;
                document.setHtml(box->text());
                said = document.toPlainText();
                box->accept();
            }
        });
        about->trigger();
        QVERIFY2(said.contains(QStringLiteral("Store: %1 (48 activities)").arg(QDir::toNativeSeparators(m_db->path()))),
            qPrintable(said));
        QVERIFY(said.contains(QLatin1String("ISO 3166")));
        QVERIFY(said.contains(QLatin1String("Unicode CLDR")));
        QVERIFY(said.contains(QLatin1String(QT_VERSION_STR)));
    }

    void shouldImportOnAWorkerThreadWithProgress()
    {
        const QString more = test::writeFile(
            m_dir, QStringLiteral("more.txt"), "In Chad, UNICEF trained 40 social workers in 2019.\n");
        const QString broken = test::writeFile(m_dir, QStringLiteral("broken.bin"), QByteArray("\0\1\2", 3));
        SourcesDialog *files = m_window->sourcesDialog();
        files->view()->selectRow(0);
        QVERIFY(files->removeButton()->isEnabled());
        m_window->importFiles({more, broken});
        QVERIFY(m_window->isImporting());
        QVERIFY(!files->removeButton()->isEnabled()); // nothing leaves the store while it is written
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 20000);
        QCOMPARE(rows(*m_window), 49);
        QCOMPARE(files->view()->model()->rowCount(), 2); // the list follows the import
        // The bad file is named, with its reason, in a message that does not block the window.
        auto *problems = m_window->findChild<QMessageBox *>(QStringLiteral("importProblems"));
        QVERIFY(problems);
        QCOMPARE(problems->informativeText(), QStringLiteral("broken.bin: is binary, not text (NUL byte at offset 0)"));
        problems->close();

        // Its text is indexed for search after it shows; then a search finds it.
        searchOnceIndexed(QStringLiteral("trained"));
        QCOMPARE(rows(*m_window), 1);
        files->view()->selectRow(1);
        QVERIFY(files->removeButton()->isEnabled()); // linked and indexed: the store is free again
    }

    void shouldTakeAFileOutOfTheStoreOnceTheUserConfirms()
    {
        cleanup();
        const QString chad
            = test::writeFile(m_dir, QStringLiteral("chad.txt"), "In Chad, UNICEF trained 40 paralegals in 2019.\n");
        openWindow({Importer::bundledCorpusPath(), chad});
        QCOMPARE(rows(*m_window), 49);
        QTest::keyClicks(m_window->searchField(), QStringLiteral("paralegals"));
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(rows(*m_window), 1);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(0, 0));
        QVERIFY(m_window->detailPane()->browser()->toPlainText().contains(QLatin1String("paralegals")));

        QAction *files = menuAction(*m_window, QStringLiteral("Imported &files…"));
        QVERIFY(files);
        files->trigger();
        SourcesDialog *dialog = m_window->sourcesDialog();
        QVERIFY(dialog->isVisible());
        QAbstractItemModel *listed = dialog->view()->model();
        QCOMPARE(listed->rowCount(), 2);
        QCOMPARE(listed->index(1, 0).data().toString(), QStringLiteral("chad.txt"));
        QVERIFY(!dialog->removeButton()->isEnabled()); // nothing chosen yet
        dialog->view()->selectRow(1);
        QVERIFY(dialog->removeButton()->isEnabled());

        // The user thinks better of it: nothing changes.
        answerNextQuestion(QMessageBox::Cancel);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY(!m_window->isImporting());
        QCOMPARE(listed->rowCount(), 2);

        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QVERIFY(!dialog->removeButton()->isEnabled()); // nothing more while the store is busy
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage(), QStringLiteral("“chad.txt” is out of the store"), 20000);
        QVERIFY(!dialog->removeButton()->isEnabled()); // the file chosen is gone
        dialog->view()->selectRow(0);
        QVERIFY(dialog->removeButton()->isEnabled());
        QCOMPARE(listed->rowCount(), 1);
        QCOMPARE(listed->index(0, 0).data().toString(), QStringLiteral("000_bd1bf16eedc4ea7f.txt"));
        QCOMPARE(rows(*m_window), 0); // the search for "paralegals" finds nothing now
        QVERIFY(!m_window->detailPane()->browser()->toPlainText().contains(QLatin1String("paralegals")));
        dialog->close();
        m_window->searchField()->clear();
        QTRY_COMPARE(rows(*m_window), 48);
    }

    void shouldOfferTheBundledCorpusWhenTheStoreHoldsNothing()
    {
        openWindow({});
        QCOMPARE(rows(*m_window), 0);
        QVERIFY(m_window->emptyStore()->isVisible());
        QVERIFY(!m_window->emptyState()->isVisible()); // no filter is to blame
        QPushButton *bundled = buttonWithText(m_window->emptyStore(), QStringLiteral("Import the bundled corpus"));
        QVERIFY(bundled);
        QTest::mouseClick(bundled, Qt::LeftButton);
        QVERIFY(m_window->isImporting());
        QVERIFY(!m_window->emptyStore()->isVisible()); // the list shows what is stored as it comes
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 20000);
        QCOMPARE(rows(*m_window), 48);

        // Taking the only file out again leaves the store empty, and says so.
        SourcesDialog *dialog = m_window->sourcesDialog();
        // Remove waits until the import's variants are linked and its text indexed.
        QTRY_VERIFY_WITH_TIMEOUT((dialog->view()->selectRow(0), dialog->removeButton()->isEnabled()), 20000);
        answerNextQuestion(QMessageBox::Yes);
        QTest::mouseClick(dialog->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isImporting(), 20000);
        QCOMPARE(rows(*m_window), 0);
        QCOMPARE(dialog->view()->model()->rowCount(), 0);
        dialog->close();
        QVERIFY(m_window->emptyStore()->isVisible());
    }

    void shouldLinkAndIndexWhatAnEarlierSessionLeftUndone()
    {
        m_window.reset();
        const QString chad = test::writeFile(m_dir, QStringLiteral("unindexed.txt"),
            "In Chad, UNICEF trained 40 social workers in 2019.\n\n"
            "In Chad, UNICEF trained 45 social workers in 2019.\n");
        {
            // The session stopped after the import, before its variants were linked and
            // its text indexed.
            Importer importer(*m_db, test::extractor());
            importer.setFollowUpLeftToCaller(true);
            QVERIFY(importer.importFiles({chad}).value(0).ok);
            QVERIFY(importer.variantsAreBehind());
            QVERIFY(importer.textIndexIsBehind());
        }
        QString error;
        QVERIFY2(m_state->load(m_db->connection(), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_state, *m_db, test::extractor());
        m_window->show();
        searchOnceIndexed(QStringLiteral("trained"));
        QCOMPARE(rows(*m_window), 2);
        Importer importer(*m_db, test::extractor());
        QVERIFY(!importer.variantsAreBehind());
        QVERIFY(!importer.textIndexIsBehind());
        QCOMPARE(
            QSqlQuery(m_db->connection()).exec(QStringLiteral("SELECT 1 FROM variants WHERE activity_id = 49")), true);
        const int row = m_window->activityModel()->rowOfActivity(49);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("45 social workers")), qPrintable(shown));
    }

    void shouldShowVariantsLinkedAfterTheActivityWasShown()
    {
        // An activity shown while its import's variants are still being looked for.
        const int row = m_window->activityModel()->rowOfActivity(1);
        m_window->activityView()->setCurrentIndex(m_window->activityModel()->index(row, 0));
        QVERIFY(!m_window->detailPane()->browser()->toPlainText().contains(QLatin1String("Variants")));
        // The worker stores a variant for it, and says so.
        QVERIFY(QSqlQuery(m_db->connection())
                    .exec(QStringLiteral("INSERT INTO variant_lists VALUES(1, '[2]'), (2, '[1]')")));
        auto *imports = m_window->findChild<ImportController *>();
        QVERIFY(imports);
        Q_EMIT imports->variantsLinked(true, QString());
        const QString shown = m_window->detailPane()->browser()->toPlainText();
        QVERIFY2(shown.contains(QLatin1String("Variants")), qPrintable(shown));
    }

    void shouldGiveTheImportProgressRoomForItsText()
    {
        // Squeezed by the summary beside it, the bar once wrapped its text over two cut lines.
        auto *bar = m_window->statusBar()->findChild<QProgressBar *>();
        QVERIFY(bar);
        QVERIFY(bar->minimumWidth() > bar->fontMetrics().horizontalAdvance(QStringLiteral("Importing file 88 of 88")));
    }

    void shouldRenderReadablyAt1366x768()
    {
        QVERIFY(m_window->size() == QSize(1366, 768));
        const QImage image = m_window->grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768) * image.devicePixelRatio());
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 40, qPrintable(QString::number(colours.size())));
        // The chart draws its bars: UNFPA's colour appears in the timeline's area.
        const QImage chart = m_window->timeline()->grab().toImage();
        const QColor unfpa = m_state->palette().colour(QStringLiteral("UNFPA"));
        bool found = false;
        for (int y = 0; y < chart.height() && !found; ++y) {
            for (int x = 0; x < chart.width() && !found; ++x)
                found = chart.pixelColor(x, y) == unfpa;
        }
        QVERIFY(found);
        QVERIFY(image.save(QDir(QStringLiteral(EVAW_BUILD_DIR)).filePath(QStringLiteral("mainwindow-1366x768.png"))));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
