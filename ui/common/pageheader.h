// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace sisambang::ui {

// The title line at the top of every page, with an optional one-line subtitle.
class PageHeader : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageHeader)

public:
    explicit PageHeader(const QString &title, const QString &subtitle = {},
                        QWidget *parent = nullptr);
    ~PageHeader() override;

    void setSubtitle(const QString &subtitle);

private:
    QLabel *m_title;
    QLabel *m_subtitle;
};

} // namespace sisambang::ui
