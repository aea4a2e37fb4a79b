#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QTranslator;

namespace evaw {

class ExplorerState;

/// Puts the application in one of its languages: installs the interface translation (and
/// Qt's own, where the system has it), sets the default locale for numbers and dates, lays
/// the window out right to left for Arabic, and renames countries, places and regions.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(evaw::LanguageManager)

public:
    static QStringList languages();
    /// The language's own name ("Français"), for the Language menu.
    static QString nativeName(const QString &language);
    /// The first of the system's preferred languages that the application speaks.
    static QString systemLanguage();

    /// Applies @p language to the application and, when given, to @p state's names.
    static bool apply(const QString &language, ExplorerState *state, QString *error);

private:
    static QList<QTranslator *> &installed();
};

} // namespace evaw
