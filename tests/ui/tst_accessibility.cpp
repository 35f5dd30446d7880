// Every control of the window and its dialogs can be reached by keyboard and tells assistive
// technology what it is: an accessible name, its own text, or a label that names it (buddy).

#include "AppSettings.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NewExportDialog.h"
#include "QueueClient.h"
#include "SettingsDialog.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace defex;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    // Focusable, visible controls without a name a screen reader could speak.
    static QStringList unnamedControls(QWidget *top)
    {
        QHash<const QWidget *, QString> buddyNames;
        for (QLabel *label : top->findChildren<QLabel *>()) {
            if (label->buddy())
                buddyNames.insert(label->buddy(), label->text());
        }
        QStringList unnamed;
        for (QWidget *w : top->findChildren<QWidget *>()) {
            if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(top) || !w->isEnabled())
                continue;
            if (w->focusProxy())
                continue; // its proxy is the control
            QString name = w->accessibleName();
            if (name.isEmpty())
                if (auto *button = qobject_cast<QAbstractButton *>(w))
                    name = button->text();
            if (name.isEmpty())
                name = buddyNames.value(w);
            if (name.isEmpty()) {
                // What Qt's accessibility bridge reports (e.g. a line edit inside a labelled row).
                if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w))
                    name = iface->text(QAccessible::Name);
            }
            if (name.remove(QLatin1Char('&')).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()),
                                                          w->objectName());
        }
        return unnamed;
    }

    // Tab visits every focusable control (no control is left out of the chain).
    static QStringList unreachableByTab(QWidget *top)
    {
        QSet<QWidget *> visited;
        QWidget *start = top->nextInFocusChain();
        QWidget *w = start;
        do {
            visited.insert(w);
            w = w->nextInFocusChain();
        } while (w && w != start && visited.size() < 10000);
        QStringList missing;
        for (QWidget *c : top->findChildren<QWidget *>()) {
            if ((c->focusPolicy() & Qt::TabFocus) && c->isVisibleTo(top) && !visited.contains(c))
                missing << QString::fromLatin1(c->metaObject()->className()) + QLatin1Char(' ') + c->objectName();
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("definitie-export-test"));
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.rows = 100;
        QString error;
        QVERIFY2(createDemoDatabase(m_db, options, &error), qPrintable(error));
    }

    void mainWindow()
    {
        QueueClient client;
        MainWindow window(&client, MainWindow::Options{m_db});
        QSignalSpy opened(&window, &MainWindow::queueOpened);
        client.open(m_dir.filePath(QStringLiteral("queue")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        const QStringList missing = unreachableByTab(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
        client.shutdown();
    }

    void newExportDialog()
    {
        AppSettings settings;
        NewExportDialog dialog(settings, m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        const QStringList missing = unreachableByTab(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

    void settingsDialog()
    {
        SettingsDialog dialog{AppSettings()};
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
