// SPDX-License-Identifier: GPL-3.0-or-later
// The translation files are complete (every string translated, English equal to
// the source) and up to date with the tr() strings in ui/ and db/, and every
// icon the program names is built in.
#include "common/icons.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation; // numerus forms joined by '\n'
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            current = Message{
                context, {}, {}, false, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished =
                type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (current.numerus) {
                QStringList forms;
                while (xml.readNextStartElement()) {
                    forms.append(xml.readElementText());
                }
                current.translation = forms.join(u'\n');
            } else {
                current.translation = xml.readElementText();
            }
            messages.append(current);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString translationsFolder()
{
    return QStringLiteral(SISAMBANG_SOURCE_DIR "/resources/translations");
}

void checkComplete(const QList<Message> &messages, bool english)
{
    for (const Message &message : messages) {
        INFO(message.context.toStdString() << ": " << message.source.toStdString());
        CHECK_FALSE(message.unfinished);
        CHECK_FALSE(message.translation.trimmed().isEmpty());
        if (english && !message.numerus) {
            CHECK(message.translation == message.source);
        }
    }
}

} // namespace

TEST_CASE("translations: every string has its Indonesian and English text", "[translations]")
{
    const auto indonesian = readTs(translationsFolder() + QStringLiteral("/sisambang_id.ts"));
    const auto english = readTs(translationsFolder() + QStringLiteral("/sisambang_en.ts"));
    const auto qt = readTs(translationsFolder() + QStringLiteral("/qt_id.ts"));
    CHECK(indonesian.size() > 100);
    CHECK(english.size() == indonesian.size());
    checkComplete(indonesian, false);
    checkComplete(english, true);
    checkComplete(qt, false);
}

TEST_CASE("translations: the .ts files hold every tr() string of ui and db", "[translations]")
{
    // lupdate over the sources into copies: a string added to the code but not
    // to the .ts files shows up as unfinished in the copy.
    QTemporaryDir folder;
    QStringList sources;
    const QDir root(QStringLiteral(SISAMBANG_SOURCE_DIR));
    for (const QString &top : {QStringLiteral("ui"), QStringLiteral("db")}) {
        QDirIterator files(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString file = files.next();
            if (!file.contains(QStringLiteral("/ui/documents/"))) {
                sources.append(file);
            }
        }
    }
    for (const QString &language : {QStringLiteral("id"), QStringLiteral("en")}) {
        const QString copy = folder.filePath(QStringLiteral("sisambang_%1.ts").arg(language));
        REQUIRE(QFile::copy(translationsFolder() + QStringLiteral("/sisambang_%1.ts").arg(language),
                            copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(SISAMBANG_LUPDATE),
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                                  QStringLiteral("-locations"), QStringLiteral("none")} +
                          sources + QStringList{QStringLiteral("-ts"), copy});
        REQUIRE(lupdate.waitForFinished(120000));
        INFO(QString::fromLocal8Bit(lupdate.readAllStandardError()).toStdString());
        REQUIRE(lupdate.exitCode() == 0);
        INFO("run resources/translations/update.sh and translate what it lists");
        checkComplete(readTs(copy), language == QLatin1String("en"));
    }
}

TEST_CASE("icons: every icon is built in at every size", "[gui]")
{
    using sisambang::ui::IconId;
    for (int id = static_cast<int>(IconId::About); id <= static_cast<int>(IconId::Stakeholders);
         ++id) {
        INFO("icon " << id);
        const QIcon icon = sisambang::ui::icon(static_cast<IconId>(id));
        CHECK(icon.availableSizes().size() == 4);
        CHECK_FALSE(icon.pixmap(24, 24).isNull());
        CHECK_FALSE(icon.pixmap(96, 96).toImage().isNull());
    }
}

TEST_CASE("icons: a size is drawn from the file made for it and shrunk from a larger one", "[gui]")
{
    const QIcon home = sisambang::ui::icon(sisambang::ui::IconId::Home);
    // Measured without decoding, as QIcon's own engine answers.
    CHECK(home.actualSize(QSize(24, 24)) == QSize(24, 24));
    CHECK(home.actualSize(QSize(20, 20)) == QSize(20, 20));
    CHECK(home.actualSize(QSize(300, 300)) == QSize(96, 96));
    CHECK(home.pixmap(20, 20).size() == QSize(20, 20));
    CHECK(home.pixmap(300, 300).size() == QSize(96, 96));
    // The 16 px file itself, not the 24 px one shrunk: the same pixels.
    QImage file(QStringLiteral(":/icons/home-16.png"));
    REQUIRE_FALSE(file.isNull());
    CHECK(home.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied) ==
          file.convertToFormat(QImage::Format_ARGB32_Premultiplied));
    // Qt still makes the disabled look from the file.
    const QImage disabled = home.pixmap(QSize(24, 24), QIcon::Disabled).toImage();
    CHECK(disabled.size() == QSize(24, 24));
    CHECK(disabled != home.pixmap(24, 24).toImage());
    CHECK(sisambang::ui::lazyIcon(QStringLiteral(":/icons/no-such-icon"), {16}).isNull());

    // On a high-density screen it picks the file QIcon::addFile's icon would.
    QIcon byQt;
    for (int size : {16, 24, 48, 96}) {
        byQt.addFile(QStringLiteral(":/icons/home-%1.png").arg(size), QSize(size, size));
    }
    for (const auto &[logical, ratio] :
         {std::pair{QSize(24, 24), 2.0}, std::pair{QSize(16, 16), 2.0},
          std::pair{QSize(24, 24), 1.5}, std::pair{QSize(32, 16), 1.0}}) {
        INFO(logical.width() << "x" << logical.height() << " at " << ratio);
        const QPixmap ours = home.pixmap(logical, ratio);
        const QPixmap theirs = byQt.pixmap(logical, ratio);
        CHECK(ours.size() == theirs.size());
        CHECK(ours.devicePixelRatio() == theirs.devicePixelRatio());
    }
    CHECK(home.availableSizes(QIcon::Disabled) == byQt.availableSizes(QIcon::Disabled));
}
