// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleeditor.h"

#include "agreementtemplates.h"
#include "common/messages.h"
#include "context.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sisambang::ui {

ArticleEditor::ArticleEditor(Context &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_list(new QListWidget(this))
    , m_heading(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("articleEditor"));
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *up = new QPushButton(tr("Up"), this);
    auto *down = new QPushButton(tr("Down"), this);
    for (auto *button : {add, remove, up, down}) {
        buttons->addWidget(button);
    }
    left->addLayout(buttons);
    auto *load = new QPushButton(tr("Load template"), this);
    load->setObjectName(QStringLiteral("loadTemplate"));
    auto *saveTemplate = new QPushButton(tr("Save as template"), this);
    saveTemplate->setObjectName(QStringLiteral("saveTemplate"));
    auto *templates = new QHBoxLayout;
    templates->addWidget(load);
    templates->addWidget(saveTemplate);
    left->addLayout(templates);
    layout->addLayout(left, 1);
    auto *right = new QVBoxLayout;
    m_heading->setPlaceholderText(tr("Heading, e.g. MAKSUD DAN TUJUAN"));
    m_body->setPlaceholderText(tr("One paragraph per line. Placeholders such as {kecamatan} "
                                  "are filled when printing."));
    right->addWidget(m_heading);
    right->addWidget(m_body, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &ArticleEditor::showCurrent);
    connect(add, &QPushButton::clicked, this, [this] {
        m_articles.append({tr("NEW ARTICLE"), QString()});
        refreshList(static_cast<int>(m_articles.size() - 1));
        Q_EMIT edited();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_articles.size()) {
            m_articles.removeAt(row);
            refreshList(std::min(row, static_cast<int>(m_articles.size()) - 1));
            Q_EMIT edited();
        }
    });
    connect(up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(down, &QPushButton::clicked, this, [this] { move(1); });
    connect(load, &QPushButton::clicked, this, &ArticleEditor::loadTemplate);
    connect(saveTemplate, &QPushButton::clicked, this, &ArticleEditor::saveTemplate);
    connect(m_heading, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = m_list->currentRow();
        if (row >= 0 && row < m_articles.size()) {
            m_articles[row].heading = text;
            m_list->item(row)->setText(tr("Article %1: %2").arg(row + 1).arg(text));
            Q_EMIT edited();
        }
    });
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        const int row = m_list->currentRow();
        if (!m_loading && row >= 0 && row < m_articles.size()) {
            m_articles[row].body = m_body->toPlainText();
            Q_EMIT edited();
        }
    });
    showCurrent();
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::setArticles(const QList<db::AgreementArticle> &articles)
{
    m_articles = articles;
    refreshList(m_articles.isEmpty() ? -1 : 0);
}

void ArticleEditor::loadTemplate()
{
    db::AgreementTemplates templates(m_context.database);
    auto list = templates.list();
    if (!list || list->isEmpty()) {
        m_context.messages.warning(this, tr("Articles"),
                                   list ? tr("There is no article template.")
                                        : list.error().message);
        return;
    }
    if (!m_articles.isEmpty() &&
        !m_context.messages.confirm(this, tr("Articles"),
                                    tr("Replace the %n article(s) by the template \"%1\"?", nullptr,
                                       static_cast<int>(m_articles.size()))
                                        .arg(list->first().name),
                                    tr("Replace"))) {
        return;
    }
    auto articles = templates.articles(list->first().id);
    if (!articles) {
        m_context.messages.warning(this, tr("Articles"), articles.error().message);
        return;
    }
    setArticles(*articles);
    Q_EMIT edited();
}

void ArticleEditor::saveTemplate()
{
    db::AgreementTemplates templates(m_context.database);
    auto list = templates.list();
    if (!list || list->isEmpty()) {
        m_context.messages.warning(this, tr("Articles"),
                                   list ? tr("There is no article template.")
                                        : list.error().message);
        return;
    }
    if (!m_context.messages.confirm(
            this, tr("Articles"),
            tr("Make these articles the template \"%1\" for new agreements?")
                .arg(list->first().name),
            tr("Save as template"))) {
        return;
    }
    if (auto saved = templates.save(list->first().name, m_articles); !saved) {
        m_context.messages.warning(this, tr("Articles"), saved.error().message);
    }
}

void ArticleEditor::refreshList(int select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        m_list->addItem(tr("Article %1: %2").arg(i + 1).arg(m_articles.at(i).heading));
    }
    m_list->setCurrentRow(select);
    showCurrent();
}

void ArticleEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_articles.size();
    m_loading = true;
    m_heading->setText(valid ? m_articles.at(row).heading : QString());
    m_body->setPlainText(valid ? m_articles.at(row).body : QString());
    m_loading = false;
    m_heading->setEnabled(valid);
    m_body->setEnabled(valid);
}

void ArticleEditor::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_articles.size()) {
        return;
    }
    m_articles.swapItemsAt(row, to);
    refreshList(to);
    Q_EMIT edited();
}

} // namespace sisambang::ui
