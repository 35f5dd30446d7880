#include "OutputPlanner.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace defex {

OutputPlanner::OutputPlanner(const QString &directory)
    : m_dir(absolutePath(directory))
{
}

QString OutputPlanner::absolutePath(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString OutputPlanner::identity(const QString &path)
{
    const QFileInfo file(absolutePath(path));
    const QString dir = file.absolutePath();
    auto it = m_canonicalDirs.constFind(dir);
    if (it == m_canonicalDirs.constEnd()) {
        const QString canonical = QFileInfo(dir).canonicalFilePath();
        it = m_canonicalDirs.insert(dir, canonical.isEmpty() ? dir : canonical);
    }
    return *it + QLatin1Char('/') + file.fileName();
}

void OutputPlanner::reserve(const QString &path)
{
    if (!path.isEmpty())
        m_taken.insert(identity(path));
}

QString OutputPlanner::plan(const QString &description, Format format, bool gzip,
                            const QDateTime &when)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\-]+"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    QString base = description.isEmpty() ? QStringLiteral("definities") : description;
    base.replace(unsafe, QStringLiteral("-"));
    base = base.left(60);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("definities");
    base += QLatin1Char('-') + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString ext = fileExtension(format, gzip);
    const QDir dir(m_dir);
    QString path = dir.filePath(base + ext);
    int &n = m_nextSuffix[base + ext];
    n = qMax(n, 2);
    const auto taken = [this](const QString &p) {
        return m_taken.contains(identity(p)) || QFileInfo::exists(p)
            || QFileInfo::exists(p + QStringLiteral(".part"));
    };
    while (taken(path))
        path = dir.filePath(QStringLiteral("%1-%2%3").arg(base).arg(n++).arg(ext));
    m_taken.insert(identity(path));
    return path;
}

} // namespace defex
