// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementtemplates.h"

#include "database.h"
#include "query.h"
#include "records.h"
#include "transaction.h"

namespace sisambang::db {

Result<QList<AgreementTemplate>> AgreementTemplates::list() const
{
    Query query(m_database, QStringLiteral("SELECT id, name FROM agreement_template ORDER BY id"));
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AgreementTemplate> templates;
    while (query.next()) {
        templates.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return templates;
}

Result<QList<AgreementArticle>> AgreementTemplates::articles(qint64 templateId) const
{
    Query query(m_database, QStringLiteral("SELECT heading, body FROM agreement_template_article "
                                           "WHERE template_id = ? ORDER BY ordinal"));
    query.bind(templateId);
    if (auto done = query.exec(); !done) {
        return done.error();
    }
    QList<AgreementArticle> articles;
    while (query.next()) {
        articles.append({query.value(0).toString(), query.value(1).toString()});
    }
    return articles;
}

Result<qint64> AgreementTemplates::save(const QString &name,
                                        const QList<AgreementArticle> &articles)
{
    if (name.trimmed().isEmpty()) {
        return Error::invalid(tr("A template needs a name."));
    }
    Transaction transaction(m_database);
    if (auto done =
            execute(m_database,
                    QStringLiteral("INSERT INTO agreement_template (name) VALUES (?) "
                                   "ON CONFLICT (name) DO UPDATE SET version = version + 1"),
                    {name.trimmed()});
        !done) {
        return done.error();
    }
    Query find(m_database, QStringLiteral("SELECT id FROM agreement_template WHERE name = ?"));
    auto id = find.bind(name.trimmed()).scalar();
    if (!id) {
        return id.error();
    }
    const qint64 templateId = id->toLongLong();
    if (auto done = execute(m_database,
                            QStringLiteral("DELETE FROM agreement_template_article WHERE "
                                           "template_id = ?"),
                            {templateId});
        !done) {
        return done.error();
    }
    Query insert(m_database, QStringLiteral("INSERT INTO agreement_template_article (template_id, "
                                            "ordinal, heading, body) VALUES (?, ?, ?, ?)"));
    for (qsizetype i = 0; i < articles.size(); ++i) {
        insert.bind(templateId)
            .bind(static_cast<int>(i + 1))
            .bind(textValue(articles.at(i).heading))
            .bind(textValue(articles.at(i).body));
        if (auto done = insert.exec(); !done) {
            return done.error();
        }
    }
    if (auto done = transaction.commit(); !done) {
        return done.error();
    }
    return templateId;
}

QList<AgreementArticle> AgreementTemplates::fill(const QList<AgreementArticle> &articles,
                                                 const QMap<QString, QString> &values)
{
    QList<AgreementArticle> filled = articles;
    for (AgreementArticle &article : filled) {
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const QString placeholder = u'{' + it.key() + u'}';
            article.heading.replace(placeholder, it.value());
            article.body.replace(placeholder, it.value());
        }
    }
    return filled;
}

} // namespace sisambang::db
