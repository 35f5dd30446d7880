#include "ChoiceList.h"

#include <QLocale>

namespace defex {

ChoiceList::ChoiceList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(true);
    // Space toggles the current row, so the list is usable without a mouse.
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *) {
        if (!m_filling)
            emit checkedValuesChanged();
    });
}

void ChoiceList::setChoices(const QList<SourceChoice> &choices)
{
    const QStringList checked = checkedValues();
    m_filling = true;
    clear();
    for (const SourceChoice &c : choices) {
        const QString label = m_label ? m_label(c.value) : c.value;
        auto *item
            = new QListWidgetItem(tr("%1 (%2)", "filter value and how many definitions have it")
                                      .arg(label, QLocale().toString(c.count)),
                                  this);
        item->setData(Qt::UserRole, c.value);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(c.value) ? Qt::Checked : Qt::Unchecked);
    }
    m_filling = false;
    if (checkedValues() != checked)
        emit checkedValuesChanged();
    updateGeometry();
}

QStringList ChoiceList::values() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i)
        out << item(i)->data(Qt::UserRole).toString();
    return out;
}

QStringList ChoiceList::checkedValues() const
{
    QStringList out;
    for (int i = 0; i < count(); ++i) {
        if (item(i)->checkState() == Qt::Checked)
            out << item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void ChoiceList::setCheckedValues(const QStringList &values)
{
    m_filling = true;
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(
            values.contains(item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    m_filling = false;
    emit checkedValuesChanged();
}

// Tall enough for a few rows in the font's own units, so it grows with the scaling.
QSize ChoiceList::sizeHint() const
{
    const int rows = qBound(3, count(), 6);
    const int row = (count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4) + 2 * spacing();
    const QMargins m = viewportMargins() + contentsMargins();
    return { QListWidget::sizeHint().width(),
             rows * row + m.top() + m.bottom() + 2 * frameWidth() + 2 };
}

QSize ChoiceList::minimumSizeHint() const
{
    return { QListWidget::minimumSizeHint().width(), sizeHint().height() };
}

} // namespace defex
