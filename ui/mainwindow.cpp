#include "mainwindow.h"

#include "activitylistmodel.h"
#include "agencymodel.h"
#include "agencypanel.h"
#include "briefingwriter.h"
#include "chartexportdialog.h"
#include "chartexporter.h"
#include "columnchooser.h"
#include "countcolumn.h"
#include "countrypanel.h"
#include "countrytreemodel.h"
#include "detailpane.h"
#include "explorerstate.h"
#include "facetlistmodel.h"
#include "facetpanel.h"
#include "importcontroller.h"
#include "languagemanager.h"
#include "partnershipmodel.h"
#include "plaintooltipdelegate.h"
#include "roles.h"
#include "sourceexcerpt.h"
#include "sourcesdialog.h"
#include "store/activityreader.h"
#include "store/database.h"
#include "store/importer.h"
#include "store/sourcecatalog.h"
#include "tableexporter.h"
#include "timelinechart.h"
#include "timelinemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace evaw {

namespace {
constexpr int kNoYear = 1949; // the spin boxes' "Any" value, just under the first year read
constexpr int kLastYear = 2050;
} // namespace

MainWindow::MainWindow(ExplorerState &state, Database &database, const EntityExtractor &extractor, QWidget *parent)
    : QMainWindow(parent)
    , m_state(state)
    , m_database(database)
    , m_imports(new ImportController(extractor, database.path(), this))
{
    setWindowTitle(tr("EVAW Explorer"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    createModels();
    createCentralArea();
    createDocks();
    createToolBar();
    createMenus();
    createStatusBar();
    wirePanels();
    restoreSettings();
    showResult();
}

MainWindow::~MainWindow() = default;

void MainWindow::createModels()
{
    m_activities = new ActivityListModel(m_state, this);
    m_countries = new CountryTreeModel(m_state, this);
    m_agencies = new AgencyModel(m_state, this);
    m_measures = new FacetListModel(m_state, FacetListModel::Facet::Measures, this);
    m_periods = new FacetListModel(m_state, FacetListModel::Facet::Periods, this);
    m_themes = new FacetListModel(m_state, FacetListModel::Facet::Themes, this);
    m_programmes = new FacetListModel(m_state, FacetListModel::Facet::Programmes, this);
    m_timeline = new TimelineModel(m_state, this);
    m_partnerships = new PartnershipModel(m_state, this);
}

void MainWindow::createCentralArea()
{
    m_table = new QTableView;
    m_table->setModel(m_activities);
    m_table->setItemDelegate(new PlainToolTipDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // No sort indicator before sorting is enabled: the list starts in corpus order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Activities"));
    m_table->setToolTip(tr("The activities the filters leave; select one to read it in full"));
    // Fixed row heights: resizing rows to contents costs seconds on a large corpus.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // At 1366x768 the activity's own words get what the short columns leave: about a third.
    const QList<int> widths{100, 110, 120, 100, 55};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths[column]);
    // Columns are the user's to arrange: dragged into another order, hidden from the
    // header's context menu or View ▸ Activity list columns, and kept so across starts.
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_columns = new ColumnChooser(m_table->horizontalHeader(), tr("Activity list c&olumns"));

    m_listStack = new QStackedWidget;
    m_emptyState = createNoMatchPage();
    m_emptyStore = createEmptyStorePage();
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_emptyState);
    m_listStack->addWidget(m_emptyStore);

    m_chart = new TimelineChart(*m_timeline);
    m_chart->setMinimumHeight(220);
    m_lowerTabs = new QTabWidget;
    m_lowerTabs->setDocumentMode(true);
    m_lowerTabs->addTab(createTimelinePage(), tr("Timeline"));
    m_lowerTabs->addTab(createPairPage(), tr("Agencies working together"));
    m_centralSplitter = new QSplitter(Qt::Vertical);
    m_centralSplitter->setObjectName(QStringLiteral("centralSplitter"));
    m_centralSplitter->addWidget(m_listStack);
    m_centralSplitter->addWidget(m_lowerTabs);
    m_centralSplitter->setStretchFactor(0, 1);
    m_centralSplitter->setStretchFactor(1, 1);
    setCentralWidget(m_centralSplitter);
}

// The chart, and under it how many listed activities it cannot show for stating no year:
// most of a corpus, often, which a reader of the bars alone would not know.
QWidget *MainWindow::createTimelinePage()
{
    auto *page = new QWidget;
    m_undatedNote = new QLabel(page);
    m_undatedNote->setTextFormat(Qt::PlainText);
    m_undatedNote->setWordWrap(true);
    m_undatedNote->setContentsMargins(8, 0, 8, 2);
    auto showNote = [this] {
        const QString note = m_timeline->undatedNote();
        m_undatedNote->setText(note);
        m_undatedNote->setVisible(!note.isEmpty());
    };
    connect(m_timeline, &QAbstractItemModel::modelReset, m_undatedNote, showNote);
    showNote();
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_undatedNote);
    return page;
}

// Who works with whom: the pairs of agencies the listed activities name together. A pair
// clicked lists the activities naming both.
QWidget *MainWindow::createPairPage()
{
    m_pairView = new QTableView;
    // Sorted by a column header as the user asks: the most frequent pairs first at the start.
    auto *sorted = new QSortFilterProxyModel(m_pairView);
    sorted->setSourceModel(m_partnerships);
    sorted->setSortLocaleAware(true);
    sorted->setSortRole(SortRole); // years and numbers of countries as numbers
    m_pairView->setModel(sorted);
    m_pairView->setSortingEnabled(true);
    m_pairView->sortByColumn(PartnershipModel::Activities, Qt::DescendingOrder);
    m_pairView->setItemDelegate(new PlainToolTipDelegate(m_pairView));
    m_pairView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pairView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pairView->setAlternatingRowColors(true);
    m_pairView->setWordWrap(false);
    m_pairView->setAccessibleName(tr("Agencies working together"));
    m_pairView->setToolTip(tr("Pairs of UN agencies that the listed activities name together; click one to list "
                              "the activities naming both"));
    m_pairView->verticalHeader()->setVisible(false);
    m_pairView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_pairView->verticalHeader()->setDefaultSectionSize(m_pairView->fontMetrics().height() + 8);
    QHeaderView *header = m_pairView->horizontalHeader();
    // Agencies go by their short names; the countries take the room that is left.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PartnershipModel::Countries, QHeaderView::Stretch);
    m_pairPartners = new QCheckBox(tr("With partners outside the UN"));
    m_pairPartners->setToolTip(tr("Pair the UN agencies with governments, donors and civil society too"));
    connect(m_pairPartners, &QCheckBox::toggled, m_partnerships, &PartnershipModel::setIncludesPartners);
    m_pairPage = new QWidget;
    auto *layout = new QVBoxLayout(m_pairPage);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_pairPartners);
    layout->addWidget(m_pairView);
    return m_pairPage;
}

// Shown instead of an empty list when the filters leave nothing of a store that holds
// activities: the way back is one click away.
QWidget *MainWindow::createNoMatchPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("No activity matches these filters."), page);
    label->setAlignment(Qt::AlignCenter);
    auto *clearButton = new QPushButton(tr("Clear filters"), page);
    clearButton->setAccessibleName(tr("Clear filters"));
    clearButton->setToolTip(tr("Remove every filter and show the whole corpus"));
    connect(clearButton, &QPushButton::clicked, this, [this] { m_state.setFilter(Filter{}); });
    layout->addStretch();
    layout->addWidget(label);
    layout->addWidget(clearButton, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

// Shown when the store holds no activity at all, and no import is filling it: a store
// whose files were all taken out is not filled again unasked, so the page says how to.
QWidget *MainWindow::createEmptyStorePage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(tr("The store holds no activities. Import the inventory's text files, or the corpus "
                                "that comes with EVAW Explorer."),
        page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    auto *importButton = new QPushButton(tr("Import corpus files…"), page);
    importButton->setToolTip(tr("Add inventory text files to the store"));
    connect(importButton, &QPushButton::clicked, this, &MainWindow::chooseFilesToImport);
    auto *bundledButton = new QPushButton(tr("Import the bundled corpus"), page);
    bundledButton->setToolTip(tr("Add the corpus that comes with EVAW Explorer to the store"));
    connect(bundledButton, &QPushButton::clicked, this, &MainWindow::importBundledCorpus);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(importButton);
    buttons->addWidget(bundledButton);
    buttons->addStretch();
    layout->addStretch();
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void MainWindow::createDocks()
{
    m_countryPanel = new CountryPanel(m_countries);
    m_agencyPanel = new AgencyPanel(m_agencies);
    auto *facets = new FacetPanel;
    m_measureView = facets->addList(m_measures, tr("&Measure"), tr("Measures"),
        tr("The inventory's measure categories; check one to show its activities"), 2);
    m_periodView = facets->addList(m_periods, tr("Reporting &period"), tr("Reporting periods"),
        tr("Reporting periods the corpus states; check one to show its activities"), 1);
    auto *topics = new FacetPanel;
    m_themeView = topics->addList(m_themes, tr("Form of &violence"), tr("Forms of violence"),
        tr("Forms of violence the activities name; check some to show the activities naming any of them"), 1);
    m_programmeView = topics->addList(m_programmes, tr("Pro&gramme or mechanism"), tr("Programmes and mechanisms"),
        tr("Programmes, campaigns and mechanisms the activities name; check some to show the activities naming any "
           "of them"),
        1);
    m_detail = new DetailPane;
    m_detail->setNameLocalizer(&m_state.localizer());
    auto fitCounts = [this] {
        fitCountColumn(m_countryPanel->view(), m_state.index().size());
        fitCountColumn(m_agencyPanel->view(), m_state.index().size());
    };
    fitCounts();
    connect(&m_state, &ExplorerState::reloaded, this, fitCounts);
    auto addDock = [this](QWidget *panel, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        dock->setAccessibleName(title);
        addDockWidget(area, dock);
        m_docks.append(dock);
        return dock;
    };
    // The reading side: filters first, details last, mirrored for right-to-left languages.
    const bool rightToLeft = layoutDirection() == Qt::RightToLeft;
    const Qt::DockWidgetArea start = rightToLeft ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea;
    const Qt::DockWidgetArea end = rightToLeft ? Qt::LeftDockWidgetArea : Qt::RightDockWidgetArea;
    QDockWidget *countries = addDock(m_countryPanel, tr("Countries"), QStringLiteral("countriesDock"), start);
    QDockWidget *agencies = addDock(m_agencyPanel, tr("Agencies"), QStringLiteral("agenciesDock"), start);
    // Short titles: the three share the width of one tab bar.
    QDockWidget *facetDock = addDock(facets, tr("Measure, period"), QStringLiteral("facetsDock"), start);
    QDockWidget *topicDock = addDock(topics, tr("Topics"), QStringLiteral("topicsDock"), start);
    addDock(m_detail, tr("Activity"), QStringLiteral("detailDock"), end);
    tabifyDockWidget(agencies, facetDock);
    tabifyDockWidget(facetDock, topicDock);
    agencies->raise();
    resizeDocks({countries, agencies}, {300, 300}, Qt::Horizontal);
    resizeDocks({countries, agencies}, {340, 320}, Qt::Vertical);
    resizeDocks({m_docks.last()}, {340}, Qt::Horizontal);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Filters"));
    bar->setObjectName(QStringLiteral("filterToolBar"));
    bar->setMovable(false);

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", prefix*, AND, OR, NOT"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Full-text search (Ctrl+F). Phrases in quotes, prefix*, AND, OR, NOT; Esc clears"));
    bar->addWidget(m_search);
    bar->addSeparator();

    auto yearBox = [bar](const QString &name, const QString &tip) {
        auto *box = new QSpinBox(bar);
        box->setRange(kNoYear, kLastYear);
        box->setSpecialValueText(tr("Any"));
        box->setValue(kNoYear);
        box->setAccessibleName(name);
        box->setToolTip(tip);
        return box;
    };
    bar->addWidget(new QLabel(tr(" Years "), bar));
    m_fromYear = yearBox(tr("From year"), tr("Earliest year an activity states"));
    m_toYear = yearBox(tr("To year"), tr("Latest year an activity states"));
    bar->addWidget(m_fromYear);
    bar->addWidget(new QLabel(QStringLiteral(" \u2013 "), bar));
    bar->addWidget(m_toYear);
    bar->addSeparator();
    QAction *clear = bar->addAction(tr("Clear filters"));
    clear->setToolTip(tr("Remove every filter and show the whole corpus"));
    clear->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    connect(clear, &QAction::triggered, this, [this] { m_state.setFilter(Filter{}); });

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(250);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (!m_syncing)
            m_searchDebounce.start();
    });
    connect(m_search, &QLineEdit::returnPressed, &m_searchDebounce, [this] {
        m_searchDebounce.stop();
        updateFilter([this](Filter &f) { f.setSearch(m_search->text()); });
    });
    connect(&m_searchDebounce, &QTimer::timeout, this,
        [this] { updateFilter([this](Filter &f) { f.setSearch(m_search->text()); }); });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), m_search, nullptr, nullptr, Qt::WidgetShortcut);
    connect(escape, &QShortcut::activated, m_search, &QLineEdit::clear);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto yearsChanged = [this] {
        if (m_syncing)
            return;
        const int from = m_fromYear->value() == kNoYear ? 0 : m_fromYear->value();
        const int to = m_toYear->value() == kNoYear ? 0 : m_toYear->value();
        updateFilter([from, to](Filter &f) { f.setYears(from, to); });
    };
    connect(m_fromYear, &QSpinBox::valueChanged, this, yearsChanged);
    connect(m_toYear, &QSpinBox::valueChanged, this, yearsChanged);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import corpus files…"), this, &MainWindow::chooseFilesToImport);
    import->setShortcut(QKeySequence::Open);
    import->setToolTip(tr("Add inventory text files to the store"));
    file->addAction(tr("Import the &bundled corpus"), this, &MainWindow::importBundledCorpus)
        ->setToolTip(tr("Add the corpus that comes with EVAW Explorer to the store"));
    file->addAction(tr("Imported &files…"), this, &MainWindow::showSources)
        ->setToolTip(tr("See the files in the store, and take one out"));
    file->addSeparator();
    QAction *chart = file->addAction(tr("Export &chart…"), this, &MainWindow::exportChart);
    chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    chart->setToolTip(tr("Save the timeline as PNG, SVG or PDF, with title, filters and source"));
    file->addAction(tr("Export &table…"), this, &MainWindow::exportTable)
        ->setToolTip(tr("Save the filtered activities as CSV or XLSX"));
    file->addAction(tr("Export agencies working to&gether…"), this, &MainWindow::exportPairs)
        ->setToolTip(tr("Save the pairs of UN agencies the filtered activities name together as CSV or XLSX"));
    file->addAction(tr("Export &briefing PDF…"), this, &MainWindow::exportBriefing)
        ->setToolTip(tr(
            "One PDF: the chart, the filters, the agencies working together most often and the activities with their "
            "sources"));
    QAction *print = file->addAction(tr("&Print briefing…"), this, &MainWindow::printBriefing);
    print->setShortcut(QKeySequence::Print);
    QAction *copyActivity = file->addAction(tr("Copy &activity with its source"), this, &MainWindow::copyActivity);
    copyActivity->setShortcut(QKeySequence::Copy);
    copyActivity->setToolTip(tr("Put the selected activity's text, who reported it and where it stands on the "
                                "clipboard, to quote in a briefing"));
    // The search field and the detail pane take Ctrl+C first, for the text selected in them.
    QAction *copy = file->addAction(tr("Cop&y chart as image"), this, &MainWindow::copyChart);
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addMenu(m_columns->menu());
    view->addSeparator();
    QAction *focusList = view->addAction(tr("Go to the activity &list"), this, [this] { m_table->setFocus(); });
    focusList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *focusCountries
        = view->addAction(tr("Go to the &countries"), this, [this] { m_countryPanel->view()->setFocus(); });
    focusCountries->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *focusAgencies
        = view->addAction(tr("Go to the &agencies"), this, [this] { m_agencyPanel->view()->setFocus(); });
    focusAgencies->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *focusDetail
        = view->addAction(tr("Go to the activity &details"), this, [this] { m_detail->browser()->setFocus(); });
    focusDetail->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    for (const QString &code : LanguageManager::languages()) {
        QAction *action = language->addAction(LanguageManager::nativeName(code));
        action->setCheckable(true);
        action->setChecked(m_state.language() == code);
        action->setData(code);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != m_state.language())
                Q_EMIT languageRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About EVAW Explorer"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// What the application is, where the store it reads lives, and where its names come from:
// what a reader quoting a figure may be asked.
void MainWindow::showAbout()
{
    const QString store = m_database.path() == QLatin1String(":memory:") ? tr("in memory, gone when it closes")
                                                                         : QDir::toNativeSeparators(m_database.path());
    QStringList paragraphs{
        tr("Explore the UN inventory of activities to end violence against women and girls: who works with whom, "
           "where, and since when, each statement with the paragraph it comes from."),
        tr("Store: %1 (%Ln activities)", nullptr, m_state.index().size()).arg(store),
        tr("Countries and their subdivisions are named as ISO 3166 names them, from Debian's iso-codes; regions, and "
           "the names of places in other languages, as the Unicode CLDR does. Agencies, partners, programmes and forms "
           "of violence are the application's own lists."),
        tr("Built with Qt %1.").arg(QLatin1String(QT_VERSION_STR)),
    };
    QString html
        = QStringLiteral("<h3>EVAW Explorer %1</h3>").arg(QCoreApplication::applicationVersion().toHtmlEscaped());
    for (const QString &paragraph : std::as_const(paragraphs))
        html += QStringLiteral("<p>%1</p>").arg(paragraph.toHtmlEscaped());
    QMessageBox::about(this, tr("About EVAW Explorer"), html);
}

void MainWindow::createStatusBar()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setAccessibleName(tr("Result summary"));
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_statusLabel, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    // Wide enough for its text in any language: squeezed by the summary beside it, the bar
    // wrapped "Importing file 1 of 2" over two cut lines.
    const int textWidth = m_progress->fontMetrics().horizontalAdvance(tr("Importing file %1 of %2").arg(88).arg(88));
    m_progress->setMinimumWidth(textWidth + 3 * m_progress->fontMetrics().averageCharWidth());
    m_progress->setMaximumWidth(std::max(220, m_progress->minimumWidth()));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; files not yet finished leave no trace"));
    m_cancelImport->setAccessibleName(tr("Cancel import"));
    m_cancelImport->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelImport);
    connect(m_cancelImport, &QToolButton::clicked, m_imports, &ImportController::cancel);
    connect(m_imports, &ImportController::progress, this, &MainWindow::importProgressed);
    connect(m_imports, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_imports, &ImportController::variantsLinked, this, &MainWindow::variantsLinked);
    connect(m_imports, &ImportController::searchIndexed, this, &MainWindow::searchIndexed);
    connect(m_imports, &ImportController::sourceRemoved, this, &MainWindow::sourceRemoved);
    connect(m_imports, &ImportController::followUpStarted, this, [this] {
        updateStoreBusy();
        m_indexingAnnounced = true;
        statusBar()->showMessage(tr("Linking variants and indexing text for search…"));
    });
    // A session that stopped right after an import left its activities without variants
    // or unsearchable: catch up now.
    m_imports->catchUp();
}

void MainWindow::wirePanels()
{
    connect(&m_state, &ExplorerState::resultChanged, this, &MainWindow::showResult);
    connect(m_countries, &CountryTreeModel::checkedChanged, this,
        [this](const QSet<QString> &countries, const QSet<QString> &places) {
            updateFilter([&](Filter &f) {
                f.setCountries(countries);
                f.setPlaces(places);
            });
        });
    connect(m_countryPanel, &CountryPanel::schemeChanged, this, [this](int scheme) {
        m_state.setRegionScheme(scheme == 1 ? ExplorerState::RegionScheme::UnWomen : ExplorerState::RegionScheme::M49);
    });
    connect(m_agencies, &AgencyModel::checkedChanged, this,
        [this](const QSet<QString> &keys) { updateFilter([&](Filter &f) { f.setAgencies(keys); }); });
    connect(m_agencyPanel, &AgencyPanel::modeChanged, this, [this](int mode) {
        updateFilter(
            [mode](Filter &f) { f.setAgencyMode(mode == 1 ? Filter::AgencyMode::All : Filter::AgencyMode::Any); });
    });
    connect(m_agencyPanel, &AgencyPanel::roleChanged, this, [this](int role) {
        updateFilter([role](Filter &f) {
            // Keys of one role mean nothing in the other: switching starts afresh.
            f.setAgencies({});
            f.setAgencyRole(role == 1 ? Filter::AgencyRole::ReportedBy : Filter::AgencyRole::Mentioned);
        });
    });
    connect(m_measures, &FacetListModel::checkedChanged, this,
        [this](const QSet<QString> &values) { updateFilter([&](Filter &f) { f.setMeasures(values); }); });
    connect(m_periods, &FacetListModel::checkedChanged, this,
        [this](const QSet<QString> &values) { updateFilter([&](Filter &f) { f.setPeriods(values); }); });
    connect(m_themes, &FacetListModel::checkedChanged, this,
        [this](const QSet<QString> &values) { updateFilter([&](Filter &f) { f.setThemes(values); }); });
    connect(m_programmes, &FacetListModel::checkedChanged, this,
        [this](const QSet<QString> &values) { updateFilter([&](Filter &f) { f.setProgrammes(values); }); });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
            showActivity(current.isValid() ? current.data(ActivityIdRole).toLongLong() : -1);
        });
    connect(m_chart, &TimelineChart::yearClicked, this,
        [this](int year) { updateFilter([year](Filter &f) { f.setYears(year, year); }); });
    connect(m_chart, &TimelineChart::milestoneClicked, this, &MainWindow::selectActivityRow);
    // Pairs are counted only while they are shown.
    connect(m_lowerTabs, &QTabWidget::currentChanged, this,
        [this] { m_partnerships->setActive(m_lowerTabs->currentWidget() == m_pairPage); });
    connect(m_pairView, &QAbstractItemView::clicked, this, &MainWindow::showPair);
    connect(m_pairView, &QAbstractItemView::activated, this, &MainWindow::showPair);
    connect(m_detail, &DetailPane::mentionActivated, this, &MainWindow::applyMention);
    connect(m_detail, &DetailPane::activityRequested, this, &MainWindow::openActivity);
}

void MainWindow::showPair(const QModelIndex &index)
{
    const QStringList keys = index.data(PairKeysRole).toStringList();
    if (keys.size() != 2)
        return;
    updateFilter([&](Filter &f) {
        f.setAgencyRole(Filter::AgencyRole::Mentioned);
        f.setAgencyMode(Filter::AgencyMode::All);
        f.setAgencies({keys[0], keys[1]});
    });
}

void MainWindow::updateFilter(const std::function<void(Filter &)> &change)
{
    Filter filter = m_state.filter();
    change(filter);
    m_state.setFilter(filter);
}

void MainWindow::showResult()
{
    const int shown = int(m_state.result().rows.size());
    const int total = m_state.index().size();
    QString summary = tr("%1 of %Ln activities", nullptr, total).arg(QLocale().toString(shown));
    const QString words = m_state.describeFilter();
    if (!words.isEmpty())
        summary += QStringLiteral(" \u2014 ") + words;
    if (!m_state.searchError().isEmpty())
        summary += QStringLiteral(" \u2014 ") + tr("search not understood: %1").arg(m_state.searchError());
    m_statusLabel->setText(summary);
    updateListPage();

    // A malformed query is shown in the field itself, never as a silent empty list.
    const bool badSearch = !m_state.searchError().isEmpty();
    m_search->setStyleSheet(badSearch ? QStringLiteral("QLineEdit { border: 2px solid #D55E00; }") : QString());
    m_search->setToolTip(badSearch
            ? tr("Search not understood: %1").arg(m_state.searchError())
            : tr("Full-text search (Ctrl+F). Phrases in quotes, prefix*, AND, OR, NOT; Esc clears"));
    syncToolBar();
    // The activity shown marks the words of the search the list is now filtered by.
    if (m_shownActivity >= 0 && m_detail->search() != searchToMark())
        showActivity(m_shownActivity);
}

// The search whose words the detail pane marks: none while the search is not understood.
QString MainWindow::searchToMark() const
{
    return m_state.searchError().isEmpty() ? m_state.filter().search() : QString();
}

void MainWindow::syncToolBar()
{
    m_syncing = true;
    const Filter &filter = m_state.filter();
    if (m_search->text().trimmed() != filter.search() && !m_search->hasFocus())
        m_search->setText(filter.search());
    m_fromYear->setValue(filter.fromYear() == 0 ? kNoYear : filter.fromYear());
    m_toYear->setValue(filter.toYear() == 0 ? kNoYear : filter.toYear());
    m_agencyPanel->setMode(filter.agencyMode() == Filter::AgencyMode::All ? 1 : 0);
    m_agencyPanel->setRole(filter.agencyRole() == Filter::AgencyRole::ReportedBy ? 1 : 0);
    m_syncing = false;
}

void MainWindow::showActivity(qint64 id)
{
    m_shownActivity = id;
    const quint64 request = ++m_excerptRequest; // a source still being read for another is not shown
    if (id < 0) {
        m_detail->clear();
        return;
    }
    ActivityReader reader(m_database.connection());
    const std::optional<Activity> activity = reader.activity(id);
    if (!activity) {
        m_detail->clear();
        return;
    }
    QList<Activity> variants;
    for (const qint64 variant : activity->variants) {
        if (const std::optional<Activity> other = reader.activity(variant))
            variants.append(*other);
    }
    m_detail->setSearch(searchToMark());
    const Provenance &place = activity->source;
    if (place.byteOffset >= 0) {
        // Only a window of bytes around the span is read: at once.
        m_detail->showActivity(
            *activity, variants, SourceExcerpt::read(place.file, place.line, place.byteOffset, place.byteLength));
        return;
    }
    // A source an earlier version stored knows its line, not its bytes: the file is read up
    // to that line, which in a large corpus takes a while, off the window's thread.
    SourceExcerpt finding;
    finding.error = tr("Finding line %1 of %2\u2026").arg(place.line).arg(QFileInfo(place.file).fileName());
    m_detail->showActivity(*activity, variants, finding);
    QPointer<MainWindow> window(this);
    QThreadPool::globalInstance()->start([window, request, place] {
        const SourceExcerpt source = SourceExcerpt::read(place.file, place.line, place.byteOffset, place.byteLength);
        QMetaObject::invokeMethod(
            qApp,
            [window, request, source] {
                if (window && window->m_excerptRequest == request)
                    window->m_detail->showSource(source);
            },
            Qt::QueuedConnection);
    });
}

void MainWindow::selectActivityRow(int indexRow)
{
    openActivity(m_state.index().at(indexRow).id);
}

// Selects activity @p id in the list, or shows it alone where the filters leave it out.
void MainWindow::openActivity(qint64 id)
{
    const int row = m_activities->rowOfActivity(id);
    if (row >= 0) {
        m_table->setCurrentIndex(m_activities->index(row, 0));
        m_table->scrollTo(m_activities->index(row, 0));
    } else {
        showActivity(id);
    }
}

void MainWindow::applyMention(const QString &kind, const QString &value)
{
    updateFilter([&](Filter &f) {
        // The mention joins the values already checked in its dimension.
        auto add = [&](QSet<QString> values, bool (Filter::*set)(const QSet<QString> &)) {
            values.insert(value);
            (f.*set)(values);
        };
        if (kind == QLatin1String("country")) {
            add(f.countries(), &Filter::setCountries);
        } else if (kind == QLatin1String("place")) {
            add(f.places(), &Filter::setPlaces);
        } else if ((kind == QLatin1String("agency") || kind == QLatin1String("partner"))
            && f.agencyRole() == Filter::AgencyRole::Mentioned) {
            add(f.agencies(), &Filter::setAgencies);
        } else if (kind == QLatin1String("theme")) {
            add(f.themes(), &Filter::setThemes);
        } else if (kind == QLatin1String("programme")) {
            add(f.programmes(), &Filter::setProgrammes);
        } else if (kind == QLatin1String("year")) {
            f.setYears(value.toInt(), value.toInt());
        } else {
            // Regions, and agencies while the filter asks who reported: their name as a phrase.
            const int index = m_state.index().entityIndex(value);
            const QString name = index >= 0 ? m_state.index().entities()[index].name : value;
            f.setSearch(QStringLiteral("\"%1\"").arg(QString(name).remove(u'"')));
        }
    });
}

bool MainWindow::isImporting() const
{
    return m_imports->isRunning();
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (m_imports->isRunning()) {
        statusBar()->showMessage(tr("An import is already running; wait for it or cancel it."), 8000);
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_cancelImport->setVisible(true);
    m_imports->start(paths);
    updateStoreBusy();
}

void MainWindow::importBundledCorpus()
{
    importFiles({Importer::bundledCorpusPath()});
}

void MainWindow::chooseFilesToImport()
{
    QSettings settings;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import corpus files"),
        settings.value(QStringLiteral("import/folder")).toString(),
        tr("Text and table files (*.txt *.md *.csv *.tsv);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(QStringLiteral("import/folder"), QFileInfo(paths.first()).absolutePath());
    importFiles(paths);
}

SourcesDialog *MainWindow::sourcesDialog()
{
    if (!m_sources) {
        m_sources = new SourcesDialog(this);
        connect(m_sources, &SourcesDialog::removeRequested, this, &MainWindow::removeSource);
    }
    updateStoreBusy();
    listSources();
    return m_sources;
}

void MainWindow::showSources()
{
    SourcesDialog *dialog = sourcesDialog();
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::listSources()
{
    if (!m_sources)
        return;
    SourceCatalog catalog(m_database.connection());
    const QList<StoredSource> sources = catalog.sources();
    if (!catalog.error().isEmpty())
        statusBar()->showMessage(tr("The list of imported files could not be read: %1").arg(catalog.error()));
    m_sources->setSources(sources);
}

// Nothing is taken out of the store while an import, or what follows it, writes there.
bool MainWindow::storeIsBusy() const
{
    return m_imports->isRunning() || m_imports->isFollowingUp();
}

void MainWindow::updateStoreBusy()
{
    if (m_sources)
        m_sources->setBusy(storeIsBusy());
    updateListPage();
}

// The list, or what stands in for it when it would be empty: a store with no activity that
// no import is filling, or filters that leave none of them.
void MainWindow::updateListPage()
{
    QWidget *page = m_table;
    if (m_state.index().size() == 0)
        page = m_imports->isRunning() ? m_table : m_emptyStore;
    else if (m_state.result().rows.isEmpty())
        page = m_emptyState;
    m_listStack->setCurrentWidget(page);
}

void MainWindow::removeSource(qint64 sourceId, const QString &name)
{
    if (storeIsBusy()) {
        statusBar()->showMessage(m_imports->isRunning()
                ? tr("An import is already running; wait for it or cancel it.")
                : tr("The last import's variants and search index are still being written; wait for them."),
            8000);
        return;
    }
    m_removing = name;
    // SQLite tells no fraction of a statement's work: the bar only says the store is busy.
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelImport->setToolTip(tr("Stop taking the file out; the store stays as it was"));
    m_cancelImport->setVisible(true);
    statusBar()->showMessage(tr("Taking “%1” out of the store…").arg(name));
    m_imports->removeSource(sourceId);
    updateStoreBusy();
}

void MainWindow::sourceRemoved(bool ok, const QString &error)
{
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    m_cancelImport->setVisible(false);
    m_cancelImport->setToolTip(tr("Stop the import; files not yet finished leave no trace"));
    updateStoreBusy();
    const QString name = std::exchange(m_removing, QString());
    if (!ok) {
        statusBar()->showMessage(tr("“%1” was not taken out of the store: %2").arg(name, error));
        return;
    }
    QString readError;
    if (!m_state.load(m_database.connection(), &readError)) {
        statusBar()->showMessage(tr("The store could not be read again: %1").arg(readError));
        return;
    }
    listSources();
    if (m_shownActivity >= 0) // gone, or read from another file now
        showActivity(m_shownActivity);
    statusBar()->showMessage(tr("“%1” is out of the store").arg(name), 8000);
}

void MainWindow::importProgressed(int file, int files, double fraction)
{
    m_progress->setValue(int(1000 * (file + fraction) / std::max(1, files)));
    m_progress->setFormat(tr("Importing file %1 of %2").arg(file + 1).arg(files));
}

void MainWindow::importFinished(const QList<FileImport> &results)
{
    m_progress->setVisible(false);
    m_cancelImport->setVisible(false);
    updateStoreBusy();
    QString error;
    if (!m_state.load(m_database.connection(), &error))
        statusBar()->showMessage(tr("The store could not be read again: %1").arg(error));
    listSources();
    QStringList problems;
    int added = 0;
    int readAgain = 0;
    for (const FileImport &result : results) {
        added += result.activities;
        readAgain += result.readAgain ? 1 : 0;
        if (!result.error.isEmpty())
            problems.append(result.error);
    }
    // A file an earlier version read was read again: its activities are this version's.
    const QString again = readAgain > 0
        ? QStringLiteral(" ") + tr("(%n files read again by this version)", nullptr, readAgain)
        : QString();
    m_indexingAnnounced = m_imports->isFollowingUp() && added > 0;
    if (m_indexingAnnounced) // until the index is done
        statusBar()->showMessage(
            tr("Import finished: %n new activities; linking their variants and indexing their text for search…",
                nullptr, added)
            + again);
    else
        statusBar()->showMessage(tr("Import finished: %n new activities", nullptr, added) + again, 8000);
    if (!problems.isEmpty()) {
        // Window-modal but not blocking: the user reads it while the window stays live.
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Import"), tr("Some files were not imported."), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importProblems"));
        box->setInformativeText(problems.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void MainWindow::variantsLinked(bool ok, const QString &error)
{
    if (!ok) {
        m_indexingAnnounced = false; // the failure stays in view
        statusBar()->showMessage(tr("Variants of the new activities could not be stored: %1").arg(error));
        return;
    }
    if (m_shownActivity >= 0) // its variants may have changed
        showActivity(m_shownActivity);
}

void MainWindow::searchIndexed(bool ok, const QString &error)
{
    updateStoreBusy(); // what followed the import is over
    if (!ok) {
        m_indexingAnnounced = false;
        statusBar()->showMessage(tr("The new text could not be indexed for search: %1").arg(error));
        return;
    }
    m_state.searchIndexUpdated();
    if (m_indexingAnnounced)
        statusBar()->showMessage(tr("Text search now covers every activity"), 8000);
    m_indexingAnnounced = false;
}

QString MainWindow::exportTitle() const
{
    return tr("Activities to end violence against women and girls");
}

QString MainWindow::chooseExportPath(const QString &caption, const QString &suffix, const QString &filter)
{
    QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    QString path
        = QFileDialog::getSaveFileName(this, caption, QDir(folder).filePath(QStringLiteral("evaw.") + suffix), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    return path;
}

void MainWindow::exportChart()
{
    ChartExportDialog dialog(exportTitle(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = chooseExportPath(tr("Export chart"), dialog.suffix(), tr("Chart (*.%1)").arg(dialog.suffix()));
    if (path.isEmpty())
        return;
    ChartExportOptions options = dialog.options();
    options.subtitle = m_state.describeFilter();
    options.sourceLine = BriefingWriter::sourceLine(int(m_state.result().rows.size()));
    QString error;
    if (!ChartExporter(*m_timeline).write(path, options, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
    else
        statusBar()->showMessage(tr("Chart saved to %1").arg(path), 8000);
}

void MainWindow::exportTable()
{
    exportSpreadsheet(TableExporter::Table::Activities, tr("Export table"), QStringLiteral("evaw"));
}

void MainWindow::exportPairs()
{
    exportSpreadsheet(TableExporter::Table::AgencyPairs, tr("Export agencies working together"),
        QStringLiteral("evaw-agencies-together"));
}

// The activity table and the pairs of agencies are written the same way: CSV or XLSX, in
// the format and folder last chosen.
void MainWindow::exportSpreadsheet(TableExporter::Table content, const QString &caption, const QString &baseName)
{
    QString selected;
    QSettings settings;
    const bool xlsx = settings.value(QStringLiteral("export/tableFormat")).toString() == QLatin1String("xlsx");
    const QString csvFilter = tr("CSV, UTF-8 (*.csv)");
    const QString xlsxFilter = tr("Excel workbook (*.xlsx)");
    const QString folder = settings.value(QStringLiteral("export/folder"), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(this, caption,
        QDir(folder).filePath(baseName + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))),
        xlsx ? xlsxFilter + QStringLiteral(";;") + csvFilter : csvFilter + QStringLiteral(";;") + xlsxFilter,
        &selected);
    if (path.isEmpty())
        return;
    const bool asXlsx = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || selected == xlsxFilter;
    settings.setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
    settings.setValue(QStringLiteral("export/tableFormat"), asXlsx ? QStringLiteral("xlsx") : QStringLiteral("csv"));
    QString error;
    TableExporter table(m_state, content);
    table.setPairsWithPartners(m_pairPartners->isChecked()); // the pairs as shown
    if (!(asXlsx ? table.writeXlsx(path, &error) : table.writeCsv(path, &error)))
        QMessageBox::warning(this, caption, error);
    else
        statusBar()->showMessage(tr("Table saved to %1").arg(path), 8000);
}

// The briefing pairs the agencies as the window's tab does.
BriefingWriter MainWindow::briefingWriter() const
{
    BriefingWriter writer(m_state, *m_timeline);
    writer.setPairsWithPartners(m_pairPartners->isChecked());
    return writer;
}

void MainWindow::exportBriefing()
{
    const QString path = chooseExportPath(tr("Export briefing"), QStringLiteral("pdf"), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!briefingWriter().writePdf(path, exportTitle(), &error))
        QMessageBox::warning(this, tr("Export briefing"), error);
    else
        statusBar()->showMessage(tr("Briefing saved to %1").arg(path), 8000);
}

void MainWindow::printBriefing()
{
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        briefingWriter().print(&printer, exportTitle());
}

void MainWindow::copyChart()
{
    ChartExportOptions options = ChartExportOptions::slide();
    options.size = QSize(1280, 720);
    options.title = exportTitle();
    options.subtitle = m_state.describeFilter();
    options.sourceLine = BriefingWriter::sourceLine(int(m_state.result().rows.size()));
    QGuiApplication::clipboard()->setImage(ChartExporter(*m_timeline).image(options));
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
}

void MainWindow::copyActivity()
{
    ActivityReader reader(m_database.connection());
    const std::optional<Activity> activity = m_shownActivity >= 0 ? reader.activity(m_shownActivity) : std::nullopt;
    if (!activity) {
        statusBar()->showMessage(tr("Select an activity in the list to copy it"), 5000);
        return;
    }
    QStringList about;
    if (!activity->reportingEntity.isEmpty())
        about.append(tr("Reported by %1").arg(activity->reportingEntity));
    if (!activity->measure.isEmpty())
        about.append(m_state.localizer().measureName(activity->measure));
    if (!activity->period.isEmpty())
        about.append(activity->period);
    about.append(tr("source: %1, line %2").arg(QFileInfo(activity->source.file).fileName()).arg(activity->source.line));
    // The text as the corpus states it, then where it comes from: what a briefing cites.
    QGuiApplication::clipboard()->setText(
        activity->text + QStringLiteral("\n(") + about.join(QStringLiteral("; ")) + QStringLiteral(")"));
    statusBar()->showMessage(tr("Activity copied to the clipboard, with its source"), 5000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    importFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // Dock layouts are kept per reading direction: an Arabic layout mirrors an English one.
    settings.setValue(
        layoutDirection() == Qt::RightToLeft ? QStringLiteral("window/stateRtl") : QStringLiteral("window/state"),
        saveState());
    settings.setValue(QStringLiteral("window/centralSplitter"), m_centralSplitter->saveState());
    settings.setValue(QStringLiteral("window/activityColumns"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/lowerTab"), m_lowerTabs->currentIndex());
    settings.setValue(QStringLiteral("pairsWithPartners"), m_pairPartners->isChecked());
    settings.setValue(QStringLiteral("filter"), m_state.filter().toVariant());
    settings.setValue(QStringLiteral("regionScheme"), m_countryPanel->schemeBox()->currentIndex());
    settings.setValue(QStringLiteral("hideZeroCounts"), m_countryPanel->hideZeroBox()->isChecked());
}

// The activity list's columns as the user left them: their order, widths and which show,
// and the sort, which the header only remembers: the list is sorted again by it.
void MainWindow::restoreActivityColumns(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    m_columns->sync();
    if (header->sortIndicatorSection() >= 0 && header->sortIndicatorSection() < header->count())
        m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1366, 768);
    restoreState(settings
                     .value(layoutDirection() == Qt::RightToLeft ? QStringLiteral("window/stateRtl")
                                                                 : QStringLiteral("window/state"))
                     .toByteArray());
    // At first, the list gets the larger part: it is what the user reads.
    if (!m_centralSplitter->restoreState(settings.value(QStringLiteral("window/centralSplitter")).toByteArray()))
        m_centralSplitter->setSizes({430, 260});
    m_lowerTabs->setCurrentIndex(settings.value(QStringLiteral("window/lowerTab"), 0).toInt());
    restoreActivityColumns(settings.value(QStringLiteral("window/activityColumns")).toByteArray());
    m_pairPartners->setChecked(settings.value(QStringLiteral("pairsWithPartners"), false).toBool());
    m_countryPanel->setScheme(settings.value(QStringLiteral("regionScheme"), 0).toInt());
    m_countryPanel->hideZeroBox()->setChecked(settings.value(QStringLiteral("hideZeroCounts"), false).toBool());
    m_state.setFilter(Filter::fromVariant(settings.value(QStringLiteral("filter")).toMap()));
}

} // namespace evaw
