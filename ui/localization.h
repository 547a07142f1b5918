// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

class QTranslator;

namespace sisambang::ui {

// The languages of the user interface and the translators that provide them.
// Bahasa Indonesia is the default; printed documents are always Indonesian.
class Localization
{
    Q_DECLARE_TR_FUNCTIONS(Localization)
    Q_DISABLE_COPY_MOVE(Localization)

public:
    struct Language
    {
        QString id;   // "id", "en"
        QString name; // in the language itself: "Bahasa Indonesia", "English"
    };

    Localization();
    ~Localization();

    static QList<Language> available();
    static bool isSupported(const QString &id);

    // Replaces the installed translators with those of `id` and sets the default
    // QLocale to match; false when a translation is missing from the program.
    bool install(const QString &id);
    QString current() const { return m_current; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_program;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace sisambang::ui
