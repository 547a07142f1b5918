// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

#include <array>

namespace sisambang::ui {

// A word-wrapped QLabel that remembers its measurements. QLabel answers every
// heightForWidth(), and every size hint after any layout change, by laying its
// text out again (a rich-text or selectable label lays out a whole
// QTextDocument, twice: once at the asked width and once back at the old one),
// and nested box layouts ask the same few widths over and over while a window
// opens. This label keeps the answers for the last few widths until its text,
// font or geometry constraints change; it draws exactly as QLabel does.
class WrappedLabel : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WrappedLabel)

public:
    explicit WrappedLabel(QWidget *parent = nullptr);
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);
    ~WrappedLabel() override;

    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    // What QLabel's measurements depend on, for the labels this is used for.
    struct Key
    {
        QString text;
        QFont font;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        int maximumWidth = 0;
        QSizePolicy policy;
        bool operator==(const Key &) const = default;
    };
    [[nodiscard]] Key currentKey() const;
    // Drops what was measured when anything it depends on has changed.
    void validate() const;

    mutable Key m_key;
    mutable bool m_valid = false;
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    struct Measured
    {
        int width = -1;
        int height = -1;
    };
    mutable std::array<Measured, 8> m_heights;
    mutable std::size_t m_nextSlot = 0;
};

} // namespace sisambang::ui
