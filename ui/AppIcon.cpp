#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace defex {

namespace {

QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0); // drawn on a 64x64 grid

    // The sheet, with a folded corner.
    QPainterPath sheet;
    sheet.moveTo(10, 4);
    sheet.lineTo(40, 4);
    sheet.lineTo(54, 18);
    sheet.lineTo(54, 60);
    sheet.lineTo(10, 60);
    sheet.closeSubpath();
    p.setPen(QPen(QColor(0x1f, 0x4e, 0x8c), 3));
    p.setBrush(QColor(0xf4, 0xf7, 0xfb));
    p.drawPath(sheet);
    p.setBrush(QColor(0xc9, 0xd8, 0xec));
    p.drawPolygon(QPolygonF({ QPointF(40, 4), QPointF(40, 18), QPointF(54, 18) }));

    // Rows of a table; left out when they would blur together.
    if (size >= 24) {
        p.setPen(QPen(QColor(0x1f, 0x4e, 0x8c), 3, Qt::SolidLine, Qt::RoundCap));
        for (int y : { 26, 34, 42 })
            p.drawLine(QPointF(18, y), QPointF(46, y));
    }

    // The download arrow on a green disc: "exported".
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2e, 0x8b, 0x57));
    p.drawEllipse(QPointF(46, 48), 15, 15);
    p.setPen(QPen(Qt::white, 4.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.drawLine(QPointF(46, 39), QPointF(46, 56));
    p.drawPolyline(QPolygonF({ QPointF(39, 50), QPointF(46, 57), QPointF(53, 50) }));
    return pixmap;
}

} // namespace

QIcon appIcon()
{
    static const QIcon icon = [] {
        QIcon i;
        for (int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
            i.addPixmap(drawIcon(size));
        return i;
    }();
    return icon;
}

} // namespace defex
