#include "FolderOpener.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace defex {

FolderOpener::FolderOpener(QObject *parent)
    : QObject(parent)
{
}

void FolderOpener::open(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        emit failed(folder, tr("the folder does not exist"));
        return;
    }
    const QUrl url = QUrl::fromLocalFile(folder);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // Flatpak and Snap go through the desktop portal, which QDesktopServices does right.
    const bool sandboxed
        = QFileInfo::exists(QStringLiteral("/.flatpak-info")) || qEnvironmentVariableIsSet("SNAP");
    const QString xdgOpen = QStandardPaths::findExecutable(QStringLiteral("xdg-open"));
    if (!sandboxed && !xdgOpen.isEmpty()) {
        // No parent: the file manager may outlive the window, and xdg-open with it; the process
        // object goes when it ends.
        auto *process = new QProcess;
        process->setProgram(xdgOpen);
        process->setArguments({ url.toString() });
        process->setStandardOutputFile(QProcess::nullDevice());
        connect(process, &QProcess::finished, this,
                [this, process, folder](int code, QProcess::ExitStatus status) {
                    if (status != QProcess::NormalExit || code != 0) {
                        const QString said = QString::fromLocal8Bit(process->readAllStandardError())
                                                 .trimmed()
                                                 .section(QLatin1Char('\n'), 0, 0);
                        emit failed(folder, said);
                    }
                });
        connect(process, &QProcess::errorOccurred, this,
                [this, process, folder](QProcess::ProcessError error) {
                    if (error == QProcess::FailedToStart) {
                        emit failed(folder, process->errorString());
                        process->deleteLater();
                    }
                });
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->start();
        return;
    }
#endif
    if (!QDesktopServices::openUrl(url))
        emit failed(folder, QString());
}

} // namespace defex
