#pragma once

#include "tableexporter.h"

#include <QMainWindow>
#include <QTimer>

class QCheckBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QSpinBox;
class QSplitter;
class QModelIndex;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;

namespace evaw {

class ActivityListModel;
class AgencyModel;
class AgencyPanel;
class BriefingWriter;
class ColumnChooser;
class CountryPanel;
class CountryTreeModel;
class Database;
class DetailPane;
class EntityExtractor;
class ExplorerState;
class FacetListModel;
class Filter;
class ImportController;
class PartnershipModel;
class SourcesDialog;
class TimelineChart;
class TimelineModel;
struct FileImport;

/// The explorer's window. It lays out the panels and wires them to the one ExplorerState:
/// panels say what the user wants, the window turns that into a new Filter, and every
/// view follows the state. It computes nothing itself.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ExplorerState &state, Database &database, const EntityExtractor &extractor, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Imports @p paths on the worker thread; the window reloads when it is done.
    void importFiles(const QStringList &paths);
    bool isImporting() const;

    // For tests and accessibility tools: the parts a user interacts with.
    QTableView *activityView() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    QSpinBox *fromYearBox() const { return m_fromYear; }
    QSpinBox *toYearBox() const { return m_toYear; }
    CountryPanel *countryPanel() const { return m_countryPanel; }
    AgencyPanel *agencyPanel() const { return m_agencyPanel; }
    QListView *measureView() const { return m_measureView; }
    QListView *periodView() const { return m_periodView; }
    QListView *themeView() const { return m_themeView; }
    QListView *programmeView() const { return m_programmeView; }
    TimelineChart *timeline() const { return m_chart; }
    QTabWidget *lowerTabs() const { return m_lowerTabs; } ///< the timeline, and who works with whom
    QWidget *pairPage() const { return m_pairPage; } ///< the pairs' tab
    QTableView *pairView() const { return m_pairView; }
    QCheckBox *pairPartnersBox() const { return m_pairPartners; }
    DetailPane *detailPane() const { return m_detail; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QWidget *emptyState() const { return m_emptyState; }
    QWidget *emptyStore() const { return m_emptyStore; }
    ActivityListModel *activityModel() const { return m_activities; }
    TimelineModel *timelineModel() const { return m_timeline; }
    /// The list of imported files (File ▸ Imported files…), shown and brought up to date.
    SourcesDialog *sourcesDialog();

Q_SIGNALS:
    /// The user chose another language in the Language menu.
    void languageRequested(const QString &language);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createModels();
    void createCentralArea();
    QWidget *createPairPage();
    QWidget *createNoMatchPage();
    QWidget *createEmptyStorePage();
    void createDocks();
    void createToolBar();
    void createMenus();
    void createStatusBar();
    void wirePanels();

    void updateFilter(const std::function<void(Filter &)> &change);
    void showPair(const QModelIndex &index);
    void showResult();
    void syncToolBar();
    QString searchToMark() const;
    QWidget *createTimelinePage();
    void restoreActivityColumns(const QByteArray &state);
    void showActivity(qint64 id);
    void selectActivityRow(int indexRow);
    void applyMention(const QString &kind, const QString &value);
    void chooseFilesToImport();
    void importBundledCorpus();
    void showSources();
    void removeSource(qint64 sourceId, const QString &name);
    void sourceRemoved(bool ok, const QString &error);
    void listSources();
    bool storeIsBusy() const;
    void updateStoreBusy();
    void updateListPage();
    void importProgressed(int file, int files, double fraction);
    void importFinished(const QList<FileImport> &results);
    void variantsLinked(bool ok, const QString &error);
    void searchIndexed(bool ok, const QString &error);
    void exportChart();
    void exportTable();
    void exportPairs();
    void exportSpreadsheet(TableExporter::Table content, const QString &caption, const QString &baseName);
    BriefingWriter briefingWriter() const;
    void exportBriefing();
    void printBriefing();
    void copyChart();
    void showAbout();
    void openActivity(qint64 id);
    void copyActivity();
    QString exportTitle() const;
    QString chooseExportPath(const QString &caption, const QString &suffix, const QString &filter);
    void saveSettings() const;
    void restoreSettings();

    ExplorerState &m_state;
    Database &m_database;
    ImportController *m_imports;
    bool m_indexingAnnounced = false; ///< the status bar says the last import is being indexed
    qint64 m_shownActivity = -1; ///< in the detail pane

    ActivityListModel *m_activities = nullptr;
    CountryTreeModel *m_countries = nullptr;
    AgencyModel *m_agencies = nullptr;
    FacetListModel *m_measures = nullptr;
    FacetListModel *m_periods = nullptr;
    FacetListModel *m_themes = nullptr;
    FacetListModel *m_programmes = nullptr;
    TimelineModel *m_timeline = nullptr;
    PartnershipModel *m_partnerships = nullptr;

    QSplitter *m_centralSplitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QTableView *m_table = nullptr;
    ColumnChooser *m_columns = nullptr;
    QLabel *m_undatedNote = nullptr;
    QWidget *m_emptyState = nullptr; ///< stands in for the list when the filters leave nothing
    QWidget *m_emptyStore = nullptr; ///< stands in for it when the store holds nothing
    TimelineChart *m_chart = nullptr;
    QTabWidget *m_lowerTabs = nullptr;
    QWidget *m_pairPage = nullptr;
    QTableView *m_pairView = nullptr;
    QCheckBox *m_pairPartners = nullptr;
    CountryPanel *m_countryPanel = nullptr;
    AgencyPanel *m_agencyPanel = nullptr;
    QListView *m_measureView = nullptr;
    QListView *m_periodView = nullptr;
    QListView *m_themeView = nullptr;
    QListView *m_programmeView = nullptr;
    DetailPane *m_detail = nullptr;
    quint64 m_excerptRequest = 0; ///< counts the sources asked for: only the last one is shown
    QList<QDockWidget *> m_docks;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_fromYear = nullptr;
    QSpinBox *m_toYear = nullptr;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    SourcesDialog *m_sources = nullptr; ///< made when first asked for
    QString m_removing; ///< the name of the file being taken out of the store, if any
    QTimer m_searchDebounce;
    bool m_syncing = false; ///< true while the tool bar is set from the filter, not by the user
};

} // namespace evaw
