// SPDX-License-Identifier: GPL-3.0-or-later
#include "localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sisambang::ui {

Localization::Localization() = default;

Localization::~Localization()
{
    removeTranslators();
}

QList<Localization::Language> Localization::available()
{
    // Each language is named in itself, so that someone who cannot read the
    // current one still finds theirs.
    return {{QStringLiteral("id"), QStringLiteral("Bahasa Indonesia")},
            {QStringLiteral("en"), QStringLiteral("English")}};
}

bool Localization::isSupported(const QString &id)
{
    const auto languages = available();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&id](const Language &language) { return language.id == id; });
}

void Localization::removeTranslators()
{
    if (m_program) {
        QCoreApplication::removeTranslator(m_program.get());
        m_program.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool Localization::install(const QString &id)
{
    if (!isSupported(id)) {
        return false;
    }
    removeTranslators();
    const QLocale locale = id == QLatin1String("id")
                               ? QLocale(QLocale::Indonesian, QLocale::Indonesia)
                               : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);

    // Qt's own strings (wizard and dialog buttons, editing menus): our bundled
    // translation first, since Qt ships none for Indonesian; else Qt's, if installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral(":/i18n/qt_%1.qm").arg(id)) ||
        qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }

    auto program = std::make_unique<QTranslator>();
    if (!program->load(QStringLiteral(":/i18n/sisambang_%1.qm").arg(id))) {
        return false;
    }
    QCoreApplication::installTranslator(program.get());
    m_program = std::move(program);
    m_current = id;
    return true;
}

} // namespace sisambang::ui
