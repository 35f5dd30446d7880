#pragma once

// The program's language, switchable at run time: installs the translation for a code ("" the
// system locale, "nl", "en" = British English) in place of the previous one and makes that
// locale the default for numbers and dates. Widgets retranslate on QEvent::LanguageChange.

#include <QString>

namespace defex {

// Returns whether a translation was found (English needs none to be readable).
bool installLanguage(const QString &code);
// The code last passed to installLanguage().
QString installedLanguage();

} // namespace defex
