// The settings dialog: values in and out, folder validation, and what applying them changes in
// the running window (concurrent jobs, notifications, persistence).

#include "DemoDatabase.h"
#include "JobListModel.h"
#include "MainWindow.h"
#include "QueueClient.h"
#include "SettingsDialog.h"
#include "TrayNotifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace defex;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("definitie-export-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsdialog"));
    }

    void valuesGoInAndComeOut()
    {
        AppSettings in;
        in.maxConcurrent = 3;
        in.retentionDays = 30;
        in.exportDirectory = m_dir.path();
        in.defaultFormat = Format::Json;
        in.defaultLevel = Level::Compleet;
        in.defaultGzip = true;
        in.csvDelimiter = QLatin1Char('\t');
        in.csvBom = false;
        in.csvAllowFormulas = true;
        in.language = QStringLiteral("nl");
        in.notifications = false;
        SettingsDialog dialog(in);
        const AppSettings out = dialog.settings();
        QCOMPARE(out.maxConcurrent, 3);
        QCOMPARE(out.retentionDays, 30);
        QCOMPARE(out.exportDirectory, m_dir.path());
        QCOMPARE(out.defaultFormat, Format::Json);
        QCOMPARE(out.defaultLevel, Level::Compleet);
        QCOMPARE(out.defaultGzip, true);
        QCOMPARE(out.csvDelimiter, QLatin1Char('\t'));
        QCOMPARE(out.csvBom, false);
        QCOMPARE(out.csvAllowFormulas, true);
        QCOMPARE(out.language, QStringLiteral("nl"));
        QCOMPARE(out.notifications, false);

        // Edited by keyboard: the spin box is limited to 1..16.
        auto *spin = dialog.findChildren<QSpinBox *>().value(0);
        QVERIFY(spin);
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("40"));
        spin->interpretText();
        QVERIFY(dialog.settings().maxConcurrent <= 16);
        QVERIFY(dialog.settings().maxConcurrent >= 1);
    }

    void aBadFolderIsExplainedAndBlocksOk()
    {
        SettingsDialog dialog(AppSettings{});
        auto *folder = dialog.findChild<QLineEdit *>();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("validationMessage"));
        QVERIFY(folder && ok && message);
        QVERIFY(ok->isEnabled());
        folder->setText(m_dir.filePath(QStringLiteral("missing")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(message->text().contains(QStringLiteral("does not exist")));
        folder->setText(QStringLiteral("relative/path"));
        QVERIFY(message->text().contains(QStringLiteral("full path")));
        QFile file(m_dir.filePath(QStringLiteral("file")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        folder->setText(file.fileName());
        QVERIFY(message->text().contains(QStringLiteral("not a folder")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // refused, still open
        folder->clear(); // the queue's own folder
        QVERIFY(ok->isEnabled());
        QVERIFY(message->isHidden());
    }

    void applyingChangesTheRunningQueue()
    {
        QTemporaryDir data;
        const QString db = data.filePath(QStringLiteral("demo.db"));
        DemoOptions options;
        options.rows = 30000;
        QString error;
        QVERIFY2(createDemoDatabase(db, options, &error), qPrintable(error));
        QueueClient client;
        MainWindow window(&client, MainWindow::Options{db});
        QSignalSpy opened(&window, &MainWindow::queueOpened);
        QueueClient::Settings one;
        one.maxConcurrent = 1;
        client.open(data.filePath(QStringLiteral("queue")), one);
        QVERIFY(opened.wait(10000));
        ExportRequest r;
        r.database = db;
        r.format = Format::Xlsx;
        r.level = Level::Compleet;
        QSignalSpy enqueued(&client, &QueueClient::enqueued);
        client.enqueue({r, r, r});
        QVERIFY(enqueued.wait(10000));
        const QList<qint64> ids = enqueued.at(0).at(0).value<QList<qint64>>();
        auto running = [&window] {
            int n = 0;
            for (int row = 0; row < window.model()->rowCount(); ++row)
                n += window.model()->index(row, 0).data(JobListModel::StateRole).toInt() == int(JobState::Running);
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(running(), 1, 10000);
        AppSettings more = window.settings();
        more.maxConcurrent = 3;
        more.notifications = false;
        window.applySettings(more);
        // The queue starts the two waiting jobs at once.
        QTRY_COMPARE_WITH_TIMEOUT(running(), 3, 10000);
        QVERIFY(!window.notifier()->notificationsEnabled());
        QCOMPARE(QSettings().value(QStringLiteral("queue/maxConcurrent")).toInt(), 3);
        QCOMPARE(AppSettings::load().maxConcurrent, 3);
        QCOMPARE(AppSettings::load().notifications, false);
        client.cancelAll(ids);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
