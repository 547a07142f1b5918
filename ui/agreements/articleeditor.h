// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "agreements.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sisambang::ui {

struct Context;

// The articles (Pasal) of an agreement: a list to add, remove and reorder, the
// chosen article's heading and text, and "load template" from the database.
// Placeholders such as {kecamatan} stay in the text and are filled on printing.
class ArticleEditor : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleEditor)

public:
    explicit ArticleEditor(Context &context, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    void setArticles(const QList<db::AgreementArticle> &articles);
    QList<db::AgreementArticle> articles() const { return m_articles; }
    // Replaces the articles by the first template's (asks first when there are some).
    void loadTemplate();
    // Stores the articles as the template new agreements start from (asks first).
    void saveTemplate();

Q_SIGNALS:
    void edited();

private:
    void refreshList(int select);
    void showCurrent();
    void move(int by);

    Context &m_context;
    QList<db::AgreementArticle> m_articles;
    QListWidget *m_list = nullptr;
    QLineEdit *m_heading = nullptr;
    QPlainTextEdit *m_body = nullptr;
    bool m_loading = false;
};

} // namespace sisambang::ui
