// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreements.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace sisambang::db {

class Database;

struct AgreementTemplate
{
    qint64 id = 0;
    QString name; // "Sambang Pengawasan"
};

// Article templates kept in the database. Bodies hold placeholders in braces
// ({pihak_pertama}, {pihak_kedua}, {kecamatan}, {jangka_waktu},
// {tanggal_berlaku}, {tanggal_berakhir}, {program}). Articles keep them as
// written; the printed document fills them from the agreement (fill()).
class AgreementTemplates
{
    Q_DECLARE_TR_FUNCTIONS(AgreementTemplates)

public:
    explicit AgreementTemplates(const Database &database)
        : m_database(database)
    {
    }

    Result<QList<AgreementTemplate>> list() const;
    Result<QList<AgreementArticle>> articles(qint64 templateId) const;
    // Stores the articles under `name`, replacing that template's articles;
    // returns the template's id.
    Result<qint64> save(const QString &name, const QList<AgreementArticle> &articles);

    // Replaces each {key} by values[key]; unknown placeholders stay as written.
    static QList<AgreementArticle> fill(const QList<AgreementArticle> &articles,
                                        const QMap<QString, QString> &values);

private:
    const Database &m_database;
};

} // namespace sisambang::db
