// SPDX-License-Identifier: GPL-3.0-or-later
#include "mou.h"

#include "agreementtemplates.h"
#include "database.h"
#include "indonesiantext.h"
#include "institutions.h"
#include "letterhead.h"

#include <QRegularExpression>

#include <optional>

namespace sisambang::documents {

namespace {

QString pihak(int ordinal)
{
    static const QStringList words = {QStringLiteral("PERTAMA"), QStringLiteral("KEDUA"),
                                      QStringLiteral("KETIGA"),  QStringLiteral("KEEMPAT"),
                                      QStringLiteral("KELIMA"),  QStringLiteral("KEENAM")};
    return QStringLiteral("PIHAK ") + (ordinal >= 1 && ordinal <= words.size()
                                           ? words.at(ordinal - 1)
                                           : QString::number(ordinal));
}

QString kindTitle(db::AgreementKind kind)
{
    return kind == db::AgreementKind::Pks ? QStringLiteral("Perjanjian Kerja Sama")
                                          : QStringLiteral("Nota Kesepahaman");
}

QString counted(qint64 count, const QString &unit)
{
    return QStringLiteral("%1 (%2) %3").arg(count).arg(indonesian::numberInWords(count), unit);
}

// "......" keeps a missing value visible on a draft instead of a silent gap.
QString orDots(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("..................") : text.trimmed();
}

QString dateOrDots(const QDate &date)
{
    return date.isValid() ? indonesian::date(date) : orDots({});
}

} // namespace

QString periodInWords(const QDate &from, const QDate &until)
{
    if (!from.isValid() || !until.isValid() || until < from) {
        return orDots({});
    }
    const QDate after = until.addDays(1);
    int months = 0;
    while (from.addMonths(months + 1) <= after) {
        ++months;
    }
    if (months > 0 && from.addMonths(months) == after) {
        return months % 12 == 0 ? counted(months / 12, QStringLiteral("tahun"))
                                : counted(months, QStringLiteral("bulan"));
    }
    return counted(from.daysTo(after), QStringLiteral("hari"));
}

QMap<QString, QString> mouPlaceholders(const MouData &data)
{
    const db::Agreement &agreement = data.agreement;
    const db::AgreementParty *first = agreement.party(1);
    const db::AgreementParty *second = agreement.party(2);
    return {
        {QStringLiteral("pihak_pertama"), orDots(first ? first->institutionName : QString())},
        {QStringLiteral("pihak_kedua"), orDots(second ? second->institutionName : QString())},
        {QStringLiteral("kecamatan"), orDots(data.kecamatanName)},
        {QStringLiteral("program"), orDots(agreement.programme)},
        {QStringLiteral("jangka_waktu"), periodInWords(agreement.validFrom, agreement.validUntil)},
        {QStringLiteral("tanggal_berlaku"), dateOrDots(agreement.validFrom)},
        {QStringLiteral("tanggal_berakhir"), dateOrDots(agreement.validUntil)},
    };
}

db::Result<MouData> loadMouData(const db::Database &database, qint64 agreementId)
{
    MouData data;
    auto agreement = db::AgreementRepository(database).find(agreementId);
    if (!agreement) {
        return agreement.error();
    }
    data.agreement = *agreement;
    auto profile = db::OfficeProfileStore(database).load();
    if (!profile) {
        return profile.error();
    }
    data.profile = *profile;
    db::RegionRepository regions(database);
    if (!profile->regionCode.isEmpty()) {
        if (auto regency = regions.find(profile->regionCode)) {
            data.regency = *regency;
        }
    }
    QString kecamatan;
    if (const db::AgreementParty *second = data.agreement.party(2)) {
        kecamatan = second->institutionRegionCode;
    }
    if (db::levelFromCode(kecamatan) != db::RegionLevel::District &&
        !data.agreement.villageCodes.isEmpty()) {
        kecamatan = data.agreement.villageCodes.first();
    }
    kecamatan = kecamatan.section(u'.', 0, 2);
    if (db::levelFromCode(kecamatan) == db::RegionLevel::District) {
        if (auto region = regions.find(kecamatan)) {
            data.kecamatanName = region->name;
        }
    }
    return data;
}

Document mouDocument(const MouData &data, db::PaperSize paper)
{
    const db::Agreement &agreement = data.agreement;
    const QString kind = kindTitle(agreement.kind);
    Document document;
    document.title = kind + QStringLiteral(" ") + agreement.title;
    document.page = PageSetup(paper);
    document.page.setMarginsMm(data.profile.marginsMm);
    document.decoration.header = kind;

    document.add(officeLetterhead(data.profile, data.regency));

    QStringList heading{kind.toUpper(), QStringLiteral("ANTARA")};
    QStringList numbers;
    for (qsizetype i = 0; i < agreement.parties.size(); ++i) {
        const db::AgreementParty &party = agreement.parties.at(i);
        if (i > 0) {
            heading << (i + 1 == agreement.parties.size() ? QStringLiteral("DENGAN")
                                                          : QStringLiteral("DAN"));
        }
        heading << party.institutionName.toUpper();
        numbers << QStringLiteral("NOMOR: ") + orDots(party.letterNumber);
    }
    document.add(Title{.text = heading.join(u'\n'), .subtitles = numbers});
    document.add(Title{.text = QStringLiteral("TENTANG\n") + agreement.title.toUpper()});

    const QString place = orDots(agreement.place);
    document.add(Paragraph{
        .text = QStringLiteral("Pada hari ini, %1, bertempat di %2, kami yang bertanda tangan "
                               "di bawah ini:")
                    .arg(agreement.signedOn.isValid() ? indonesian::dateInWords(agreement.signedOn)
                                                      : orDots({}),
                         place)});
    QStringList parties;
    for (const db::AgreementParty &party : agreement.parties) {
        QString text = orDots(party.signatoryName);
        if (!party.signatoryJabatan.isEmpty()) {
            text += QStringLiteral(", ") + party.signatoryJabatan + u' ' + party.institutionName;
        }
        text += QStringLiteral(", dalam hal ini bertindak untuk dan atas nama %1, selanjutnya "
                               "disebut %2.")
                    .arg(party.institutionName, pihak(party.ordinal));
        parties << text;
    }
    document.add(List{.items = parties});
    QStringList names;
    for (const db::AgreementParty &party : agreement.parties) {
        names << pihak(party.ordinal);
    }
    const QString together =
        names.size() > 1 ? QStringList(names.mid(0, names.size() - 1)).join(QStringLiteral(", ")) +
                               QStringLiteral(" dan ") + names.last()
                         : names.join(QString());
    document.add(Paragraph{
        .text = QStringLiteral("%1 yang selanjutnya secara bersama-sama disebut PARA PIHAK, "
                               "terlebih dahulu menerangkan hal-hal sebagai berikut:")
                    .arg(together)});

    QStringList considerations{
        QStringLiteral("bahwa %1 mempunyai tugas melakukan pencegahan dan penindakan pelanggaran "
                       "Pemilihan Umum serta mengawasi netralitas aparatur pemerintahan sesuai "
                       "dengan Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum;")
            .arg(orDots(agreement.party(1) ? agreement.party(1)->institutionName : QString()))};
    for (const db::AgreementParty &party : agreement.parties) {
        if (party.ordinal > 1) {
            considerations << QStringLiteral("bahwa %1 menyelenggarakan urusan pemerintahan di "
                                             "wilayahnya dan membina aparatur desa/kelurahan;")
                                  .arg(party.institutionName);
        }
    }
    if (QString purpose = agreement.purpose.trimmed(); !purpose.isEmpty()) {
        // The purpose continues the sentence: no capital, no full stop of its own.
        purpose.remove(QRegularExpression(QStringLiteral("[.;]+$")));
        if (purpose.size() > 1 && purpose.at(1).isLower()) {
            purpose[0] = purpose.at(0).toLower();
        }
        considerations << QStringLiteral("bahwa PARA PIHAK memandang perlu bekerja sama untuk "
                                         "%1;")
                              .arg(purpose);
    }
    document.add(List{.items = considerations, .style = ListStyle::LowerLetters});
    document.add(Paragraph{
        .text = QStringLiteral("Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk "
                               "mengadakan %1 tentang %2 dengan ketentuan sebagai berikut:")
                    .arg(kind, agreement.title)});

    const auto articles = db::AgreementTemplates::fill(agreement.articles, mouPlaceholders(data));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const db::AgreementArticle &article = articles.at(i);
        document.add(Heading{.text = QStringLiteral("Pasal %1").arg(i + 1)});
        if (!article.heading.isEmpty()) {
            document.add(Heading{.text = article.heading.toUpper()});
        }
        const QStringList paragraphs = article.body.split(u'\n', Qt::SkipEmptyParts);
        if (paragraphs.size() > 1) {
            document.add(List{.items = paragraphs});
        } else if (!paragraphs.isEmpty()) {
            document.add(Paragraph{.text = paragraphs.first()});
        }
    }

    document.add(Paragraph{
        .text = QStringLiteral("Demikian %1 ini dibuat dan ditandatangani oleh PARA PIHAK pada "
                               "hari, tanggal, bulan dan tahun sebagaimana tersebut di atas.")
                    .arg(kind),
        .keepWithNext = true});

    // PIHAK KEDUA signs on the left and PIHAK PERTAMA on the right, as these
    // MoUs are usually laid out; further parties follow on the left.
    QList<Signature> signatures;
    std::optional<Signature> office;
    for (const db::AgreementParty &party : agreement.parties) {
        Signature signature{.opening = pihak(party.ordinal) + u',',
                            .role = (party.signatoryJabatan.isEmpty()
                                         ? party.institutionName
                                         : party.signatoryJabatan + u'\n' + party.institutionName),
                            .name = orDots(party.signatoryName),
                            .nip = party.signatoryNip};
        if (party.ordinal == 1) {
            office = signature;
        } else {
            signatures.append(signature);
        }
    }
    if (office) {
        signatures.append(*office);
    }
    document.add(SignatureRow{.signatures = signatures});
    return document;
}

} // namespace sisambang::documents
