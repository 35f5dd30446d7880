#pragma once

// A compact checkable list of filter values (statuses, categories): each row shows a label and
// how many definitions have the value; checkedValues() gives the stored values.

#include "SourceChoices.h"

#include <QListWidget>

#include <functional>

namespace defex {

class ChoiceList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoiceList)

public:
    using LabelFunction = std::function<QString(const QString &value)>;

    explicit ChoiceList(QWidget *parent = nullptr);

    void setLabelFunction(LabelFunction label) { m_label = std::move(label); }
    // Replaces the rows; values that were checked and still exist stay checked.
    void setChoices(const QList<SourceChoice> &choices);
    QStringList values() const;
    QStringList checkedValues() const;
    void setCheckedValues(const QStringList &values);

    QSize sizeHint() const override;
    // Never squeezed below its rows: the form scrolls instead.
    QSize minimumSizeHint() const override;

signals:
    void checkedValuesChanged();

private:
    LabelFunction m_label;
    bool m_filling = false;
};

} // namespace defex
