#pragma once

// The dialog's inline messages: one row per problem, with an error or warning icon and the text
// (state shown by icon and words, not only by colour). Errors come first.

#include <QStringList>
#include <QWidget>

class QVBoxLayout;

namespace defex {

class ValidationMessages final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ValidationMessages)

public:
    explicit ValidationMessages(QWidget *parent = nullptr);

    void setMessages(const QStringList &errors, const QStringList &warnings,
                     const QStringList &notes = {});
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    QStringList notes() const { return m_notes; }

private:
    void addRow(int icon, const QString &kind, const QString &text);

    QVBoxLayout *m_layout;
    QStringList m_errors, m_warnings, m_notes;
};

} // namespace defex
