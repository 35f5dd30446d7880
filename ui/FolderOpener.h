#pragma once

// Opens a folder in the user's file manager and says when that did not happen. On Linux
// QDesktopServices only starts xdg-open and reports success, also when xdg-open then finds no
// file manager ("xdg-open: no method available"); so there we run xdg-open ourselves and read
// its exit status. Elsewhere QDesktopServices' answer counts.

#include <QObject>

namespace defex {

class FolderOpener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FolderOpener)

public:
    explicit FolderOpener(QObject *parent = nullptr);

    void open(const QString &folder);

signals:
    // The folder was not shown; `reason` is what the opener said (may be empty).
    void failed(const QString &folder, const QString &reason);
};

} // namespace defex
