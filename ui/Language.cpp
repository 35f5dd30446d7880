#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace defex {

namespace {

QPointer<QTranslator> g_translator;
QPointer<QTranslator> g_qtTranslator; // Qt's own texts (standard buttons, file dialogs)
QString g_code;

} // namespace

bool installLanguage(const QString &code)
{
    g_code = code;
    // English as Dutch government staff read it: day before month, 24 hours (QLocale("en") is
    // American: "12/4/26 10:30 AM").
    const QLocale locale = code.isEmpty() ? QLocale::system()
        : code == QLatin1String("en")     ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                          : QLocale(code);
    QLocale::setDefault(locale);
    // Removing the old translator sends one LanguageChange, installing the new one another;
    // widgets retranslate on either, so the window never shows a mix for long.
    if (g_translator) {
        QCoreApplication::removeTranslator(g_translator);
        delete g_translator;
    }
    if (g_qtTranslator) {
        QCoreApplication::removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
    }
    // Qt's own translations (Debian: qt6-translations-l10n): "Annuleren" on standard buttons.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qtTranslator = qt;
    } else {
        delete qt;
    }
    auto *translator = new QTranslator(QCoreApplication::instance());
    // The .qm files are built into the program under :/i18n (app/CMakeLists.txt).
    // Any other locale (C, de_DE...) gets the English translation, which has the plural forms
    // ("1 job", "3 jobs") that the English source texts only hint at ("job(s)").
    if (!translator->load(locale, QStringLiteral("definitie-export"), QStringLiteral("_"),
                          QStringLiteral(":/i18n"))
        && !translator->load(QStringLiteral(":/i18n/definitie-export_en.qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    g_translator = translator;
    return true;
}

QString installedLanguage()
{
    return g_code;
}

} // namespace defex
