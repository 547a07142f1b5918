// SPDX-License-Identifier: GPL-3.0-or-later
#include "stakeholdercolumns.h"

#include "textkeys.h"

#include <QRegularExpression>

namespace sisambang::db {

namespace {

struct ColumnInfo
{
    StakeholderColumn column;
    const char *key;
    const char *header;
    // Headers in textkeys::matchKey form.
    std::initializer_list<const char *> aliases;
};

const ColumnInfo columns[] = {
    {StakeholderColumn::Name,
     "name",
     "Nama",
     {"nama", "nama lengkap", "name", "full name", "nama pejabat", "nama peserta"}},
    {StakeholderColumn::Titles, "titles", "Gelar", {"gelar", "titles", "academic titles"}},
    {StakeholderColumn::PrefixTitles,
     "prefix_titles",
     "Gelar Depan",
     {"gelar depan", "prefix titles", "titles before"}},
    {StakeholderColumn::SuffixTitles,
     "suffix_titles",
     "Gelar Belakang",
     {"gelar belakang", "suffix titles", "titles after"}},
    {StakeholderColumn::Jabatan,
     "jabatan",
     "Jabatan",
     {"jabatan", "position", "job title", "role", "posisi", "jabatan posisi"}},
    {StakeholderColumn::Institution,
     "institution",
     "Instansi",
     {"instansi", "lembaga", "institution", "organisation", "organization", "kantor", "unit kerja",
      "instansi lembaga", "asal instansi", "satuan kerja"}},
    {StakeholderColumn::InstitutionKind,
     "institution_kind",
     "Jenis Instansi",
     {"jenis instansi", "institution kind", "institution type", "jenis lembaga"}},
    {StakeholderColumn::Kecamatan, "kecamatan", "Kecamatan", {"kecamatan", "kec", "district"}},
    {StakeholderColumn::Desa,
     "desa",
     "Desa/Kelurahan",
     {"desa", "kelurahan", "desa kelurahan", "kelurahan desa", "desa kel", "kel desa", "village"}},
    {StakeholderColumn::RegionCode,
     "region_code",
     "Kode Wilayah",
     {"kode wilayah", "kode desa", "region code", "kode kemendagri"}},
    {StakeholderColumn::Phone,
     "phone",
     "No HP",
     {"no hp", "nomor hp", "hp", "no telp", "no tlp", "telp", "telepon", "no telepon",
      "nomor telepon", "phone", "phone number", "mobile", "wa", "no wa", "whatsapp", "no hp wa",
      "kontak", "handphone"}},
    {StakeholderColumn::Email,
     "email",
     "Email",
     {"email", "e mail", "surel", "alamat email", "alamat surel"}},
    {StakeholderColumn::Category,
     "category",
     "Kategori",
     {"kategori", "category", "kelompok", "unsur"}},
    {StakeholderColumn::Gender,
     "gender",
     "Jenis Kelamin",
     {"jenis kelamin", "gender", "sex", "jk", "l p"}},
    {StakeholderColumn::Notes,
     "notes",
     "Keterangan",
     {"keterangan", "catatan", "notes", "note", "ket"}},
    {StakeholderColumn::StartDate,
     "start_date",
     "TMT",
     {"tmt", "mulai", "tanggal mulai", "start", "start date", "sejak", "menjabat sejak"}},
};

const ColumnInfo *infoOf(StakeholderColumn column)
{
    for (const ColumnInfo &info : columns) {
        if (info.column == column) {
            return &info;
        }
    }
    return nullptr;
}

} // namespace

QList<StakeholderColumn> StakeholderColumns::all()
{
    QList<StakeholderColumn> list;
    for (const ColumnInfo &info : columns) {
        list << info.column;
    }
    return list;
}

QString StakeholderColumns::header(StakeholderColumn column)
{
    return QString::fromUtf8(infoOf(column)->header);
}

QString StakeholderColumns::key(StakeholderColumn column)
{
    return QLatin1String(infoOf(column)->key);
}

QString StakeholderColumns::label(StakeholderColumn column)
{
    switch (column) {
    case StakeholderColumn::Name:
        return tr("Name");
    case StakeholderColumn::Titles:
        return tr("Titles");
    case StakeholderColumn::PrefixTitles:
        return tr("Titles before the name");
    case StakeholderColumn::SuffixTitles:
        return tr("Titles after the name");
    case StakeholderColumn::Jabatan:
        return tr("Position (jabatan)");
    case StakeholderColumn::Institution:
        return tr("Institution");
    case StakeholderColumn::InstitutionKind:
        return tr("Institution kind");
    case StakeholderColumn::Kecamatan:
        return tr("District (kecamatan)");
    case StakeholderColumn::Desa:
        return tr("Village (desa/kelurahan)");
    case StakeholderColumn::RegionCode:
        return tr("Region code");
    case StakeholderColumn::Phone:
        return tr("Phone");
    case StakeholderColumn::Email:
        return tr("E-mail");
    case StakeholderColumn::Category:
        return tr("Category");
    case StakeholderColumn::Gender:
        return tr("Gender");
    case StakeholderColumn::Notes:
        return tr("Notes");
    case StakeholderColumn::StartDate:
        return tr("In office since");
    }
    return {};
}

std::optional<StakeholderColumn> StakeholderColumns::fromHeader(const QString &header)
{
    const QString wanted = textkeys::matchKey(header);
    for (const ColumnInfo &info : columns) {
        if (wanted == QLatin1String(info.key).toString().replace(u'_', u' ') ||
            wanted == textkeys::matchKey(label(info.column))) {
            return info.column;
        }
        for (const char *alias : info.aliases) {
            if (wanted == QLatin1String(alias)) {
                return info.column;
            }
        }
    }
    return std::nullopt;
}

ColumnMapping StakeholderColumns::detect(const QStringList &headers, QStringList *unrecognised)
{
    ColumnMapping mapping;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const auto column = fromHeader(headers.at(i));
        if (column && !mapping.contains(*column)) {
            mapping.insert(*column, static_cast<int>(i));
        } else if (!column && unrecognised && !headers.at(i).trimmed().isEmpty()) {
            static const QStringList numbering = {QStringLiteral("no"), QStringLiteral("nomor"),
                                                  QStringLiteral("no urut")};
            if (!numbering.contains(textkeys::matchKey(headers.at(i)))) {
                *unrecognised << headers.at(i).trimmed();
            }
        }
    }
    return mapping;
}

QDate parseWrittenDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    QDate date = QDate::fromString(trimmed.left(10), Qt::ISODate);
    if (date.isValid()) {
        return date;
    }
    static const QRegularExpression numeric(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    if (const auto match = numeric.match(trimmed); match.hasMatch()) {
        // Indonesian order: day first.
        return QDate(match.captured(3).toInt(), match.captured(2).toInt(),
                     match.captured(1).toInt());
    }
    static const QRegularExpression written(
        QStringLiteral("^(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})$"));
    if (const auto match = written.match(trimmed); match.hasMatch()) {
        static const QStringList months = {
            QStringLiteral("januari"), QStringLiteral("februari"), QStringLiteral("maret"),
            QStringLiteral("april"),   QStringLiteral("mei"),      QStringLiteral("juni"),
            QStringLiteral("juli"),    QStringLiteral("agustus"),  QStringLiteral("september"),
            QStringLiteral("oktober"), QStringLiteral("november"), QStringLiteral("desember")};
        static const QStringList english = {
            QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
            QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
            QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
            QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
        const QString month = match.captured(2).toLower();
        qsizetype index = months.indexOf(month);
        if (index < 0) {
            index = english.indexOf(month);
        }
        if (index < 0) {
            for (qsizetype i = 0; i < months.size(); ++i) {
                if (month.size() >= 3 &&
                    (months.at(i).startsWith(month) || english.at(i).startsWith(month))) {
                    index = i;
                    break;
                }
            }
        }
        if (index >= 0) {
            return QDate(match.captured(3).toInt(), static_cast<int>(index) + 1,
                         match.captured(1).toInt());
        }
    }
    return {};
}

} // namespace sisambang::db
