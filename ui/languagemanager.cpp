#include "languagemanager.h"

#include "explorerstate.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace evaw {

QStringList LanguageManager::languages()
{
    return NameLocalizer::languages();
}

QString LanguageManager::nativeName(const QString &language)
{
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString LanguageManager::systemLanguage()
{
    for (const QString &preferred : QLocale::system().uiLanguages()) {
        const QString language = preferred.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (languages().contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QList<QTranslator *> &LanguageManager::installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

bool LanguageManager::apply(const QString &language, ExplorerState *state, QString *error)
{
    if (!languages().contains(language)) {
        *error = tr("unknown language '%1'; choose one of %2").arg(language, languages().join(QStringLiteral(", ")));
        return false;
    }
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    const QLocale locale(language);
    // English too has one: the plural forms of its own strings ("1 activity").
    auto *ours = new QTranslator;
    if (!ours->load(QStringLiteral(":/i18n/evaw_%1.qm").arg(language))) {
        delete ours;
        *error = tr("the %1 translation is missing").arg(language);
        return false;
    }
    QCoreApplication::installTranslator(ours);
    installed().append(ours);
    if (language != QLatin1String("en")) {
        // Qt's own strings (standard dialogs, context menus), where the system has them.
        auto *qt = new QTranslator;
        if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            installed().append(qt);
        } else {
            delete qt;
        }
    }
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    return !state || state->setLanguage(language, error);
}

} // namespace evaw
