// SPDX-License-Identifier: GPL-3.0-or-later
#include "recapcharts.h"

#include "documentstyle.h"
#include "indonesiantext.h"
#include "pagesetup.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace sisambang::documents {

namespace {

// The document's own family (metric-compatible with Arial): one font fewer to
// load and embed, and labels that match the tables beside them.
QFont chartFont(double points)
{
    QFont font;
    font.setFamilies(style::fontFamilies());
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(pointsToLayout(points))));
    return font;
}

} // namespace

Drawing coverageChart(const QList<db::KecamatanCoverage> &coverage)
{
    const double rowMm = 6.0;
    const double height = std::clamp(rowMm * coverage.size() + 12.0, 25.0, 230.0);
    return Drawing{
        .paint =
            [coverage](QPainter &painter, const QRectF &rect) {
                painter.save();
                const QFont font = chartFont(8);
                painter.setFont(font);
                const QFontMetricsF metrics(font, painter.device());
                double labelWidth = 0;
                for (const auto &row : coverage) {
                    labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row.name));
                }
                labelWidth += mmToLayout(2);
                const double valueWidth =
                    metrics.horizontalAdvance(QStringLiteral("100% (999/999)")) + mmToLayout(2);
                const double axisTop = rect.top() + metrics.height();
                const double rowHeight =
                    coverage.isEmpty() ? 0 : (rect.bottom() - axisTop) / coverage.size();
                const double barLeft = rect.left() + labelWidth;
                const double barWidth = std::max(10.0, rect.width() - labelWidth - valueWidth);
                painter.setPen(QPen(Qt::black, mmToLayout(0.2)));
                painter.drawText(QRectF(barLeft, rect.top(), barWidth, metrics.height()),
                                 Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("0%"));
                painter.drawText(QRectF(barLeft, rect.top(), barWidth, metrics.height()),
                                 Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("100%"));
                for (qsizetype i = 0; i < coverage.size(); ++i) {
                    const auto &row = coverage.at(i);
                    const double top = axisTop + i * rowHeight;
                    const QRectF label(rect.left(), top, labelWidth - mmToLayout(1), rowHeight);
                    painter.setPen(Qt::black);
                    painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, row.name);
                    const QRectF frame(barLeft, top + rowHeight * 0.2, barWidth, rowHeight * 0.6);
                    painter.setBrush(Qt::NoBrush);
                    painter.setPen(QPen(Qt::black, mmToLayout(0.2)));
                    painter.drawRect(frame);
                    QRectF bar = frame;
                    bar.setWidth(frame.width() * row.percent() / 100.0);
                    painter.fillRect(bar, QColor(90, 90, 90));
                    painter.fillRect(bar, QBrush(Qt::black, Qt::BDiagPattern));
                    const QString value = row.covered == 0 ? QStringLiteral("belum ada MoU")
                                                           : QStringLiteral("%1% (%2/%3)")
                                                                 .arg(qRound(row.percent()))
                                                                 .arg(row.visited)
                                                                 .arg(row.covered);
                    painter.drawText(
                        QRectF(frame.right() + mmToLayout(1), top, valueWidth, rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, value);
                }
                painter.restore();
            },
        .heightMm = height};
}

Drawing weeklyChart(const QList<QPair<QDate, int>> &perWeek)
{
    return Drawing{
        .paint =
            [perWeek](QPainter &painter, const QRectF &rect) {
                painter.save();
                const QFont font = chartFont(8);
                painter.setFont(font);
                const QFontMetricsF metrics(font, painter.device());
                int most = 1;
                for (const auto &week : perWeek) {
                    most = std::max(most, week.second);
                }
                const double labelHeight = metrics.height() * 1.2;
                const QRectF plot(rect.left() + mmToLayout(8), rect.top() + labelHeight,
                                  rect.width() - mmToLayout(8), rect.height() - 2 * labelHeight);
                painter.setPen(QPen(Qt::black, mmToLayout(0.2)));
                painter.drawLine(plot.bottomLeft(), plot.bottomRight());
                painter.drawLine(plot.bottomLeft(), plot.topLeft());
                painter.drawText(
                    QRectF(rect.left(), plot.top() - labelHeight / 2, mmToLayout(7), labelHeight),
                    Qt::AlignRight | Qt::AlignVCenter, QString::number(most));
                painter.drawText(QRectF(rect.left(), plot.bottom() - labelHeight / 2, mmToLayout(7),
                                        labelHeight),
                                 Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
                const double slot = perWeek.isEmpty() ? 0 : plot.width() / perWeek.size();
                for (qsizetype i = 0; i < perWeek.size(); ++i) {
                    const auto &[monday, count] = perWeek.at(i);
                    const double h = plot.height() * count / most;
                    const QRectF column(plot.left() + i * slot + slot * 0.25, plot.bottom() - h,
                                        slot * 0.5, h);
                    painter.fillRect(column, QColor(120, 120, 120));
                    painter.setBrush(Qt::NoBrush);
                    painter.drawRect(column);
                    painter.drawText(QRectF(column.left() - slot * 0.25, column.top() - labelHeight,
                                            slot, labelHeight),
                                     Qt::AlignHCenter | Qt::AlignBottom, QString::number(count));
                    const QString label = QStringLiteral("%1 %2")
                                              .arg(monday.day())
                                              .arg(indonesian::monthName(monday.month()).left(3));
                    painter.drawText(
                        QRectF(plot.left() + i * slot, plot.bottom(), slot, labelHeight),
                        Qt::AlignHCenter | Qt::AlignTop, label);
                }
                painter.restore();
            },
        .heightMm = 45};
}

} // namespace sisambang::documents
