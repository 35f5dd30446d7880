#include "ValidationMessages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace defex {

ValidationMessages::ValidationMessages(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    setAccessibleName(tr("Messages"));
}

void ValidationMessages::setMessages(const QStringList &errors, const QStringList &warnings,
                                     const QStringList &notes)
{
    if (errors == m_errors && warnings == m_warnings && notes == m_notes)
        return;
    m_errors = errors;
    m_warnings = warnings;
    m_notes = notes;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QString &e : errors)
        addRow(QStyle::SP_MessageBoxCritical, tr("Error"), e);
    for (const QString &w : warnings)
        addRow(QStyle::SP_MessageBoxWarning, tr("Warning"), w);
    for (const QString &n : notes)
        addRow(QStyle::SP_MessageBoxInformation, tr("Note"), n);
    setVisible(!errors.isEmpty() || !warnings.isEmpty() || !notes.isEmpty());
}

void ValidationMessages::addRow(int icon, const QString &kind, const QString &text)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *iconLabel = new QLabel(row);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    iconLabel->setPixmap(style()
                             ->standardIcon(QStyle::StandardPixmap(icon), nullptr, this)
                             .pixmap(QSize(size, size), devicePixelRatioF()));
    iconLabel->setAccessibleName(kind);
    iconLabel->setAlignment(Qt::AlignTop);
    auto *textLabel = new QLabel(text, row);
    textLabel->setWordWrap(true);
    textLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    textLabel->setAccessibleName(kind + QStringLiteral(": ") + text);
    textLabel->setObjectName(QStringLiteral("validationMessage"));
    layout->addWidget(iconLabel);
    layout->addWidget(textLabel, 1);
    m_layout->addWidget(row);
}

} // namespace defex
