#pragma once

// In a scrolling form, the mouse wheel scrolls the form: combo boxes and spin boxes change their
// value by wheel only when they have the keyboard focus (the user chose them), never while the
// wheel passes over them on its way down the form.

#include <QObject>

class QAbstractScrollArea;
class QWidget;

namespace defex {

class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    // Guards every combo box and spin box inside `form`; unguarded wheel turns scroll `area`.
    static void install(QWidget *form, QAbstractScrollArea *area);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    WheelGuard(QAbstractScrollArea *area, QObject *parent);
    QAbstractScrollArea *m_area;
};

} // namespace defex
