#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>

namespace defex {

WheelGuard::WheelGuard(QAbstractScrollArea *area, QObject *parent)
    : QObject(parent)
    , m_area(area)
{
}

void WheelGuard::install(QWidget *form, QAbstractScrollArea *area)
{
    auto *guard = new WheelGuard(area, form);
    const QList<QWidget *> widgets = form->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)) {
            // Wheel focus would take the focus (and the value) on the way past.
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(guard);
        }
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return false;
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false;
    // Not for this control: the form scrolls instead.
    if (m_area)
        QCoreApplication::sendEvent(m_area->verticalScrollBar(), event);
    return true;
}

} // namespace defex
