#include "TestSupport.h"

#include "SourceSchema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace TestSupport {

QString binary()
{
    return QStringLiteral(DEFEX_BIN);
}

QString sharedDataDir()
{
    return QStringLiteral(DEFEX_SHARED_DATA);
}

QString toolsDir()
{
    return QStringLiteral(DEFEX_TOOLS);
}

ProcessResult run(const QString &program, const QStringList &args, int timeoutMs,
                  const QByteArray &stdinData, const QProcessEnvironment &environment)
{
    ProcessResult r;
    QProcess p;
    if (!environment.isEmpty())
        p.setProcessEnvironment(environment);
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        r.err = "failed to start " + program.toUtf8();
        return r;
    }
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult runBinary(const QStringList &args, int timeoutMs)
{
    return run(binary(), args, timeoutMs);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QByteArray fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

bool execSql(const QString &dbPath, const QString &sql, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
            ok = false;
        } else {
            QSqlQuery q(db);
            const QStringList statements = sql.split(QStringLiteral(";\n"), Qt::SkipEmptyParts);
            for (const QString &s : statements) {
                if (s.trimmed().isEmpty())
                    continue;
                if (!q.exec(s)) {
                    if (error)
                        *error = q.lastError().text() + QStringLiteral(" in: ") + s;
                    ok = false;
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool createFixtureDatabase(const QString &dbPath, QString *error)
{
    // The schema's trigger body holds semicolons, so it goes in as one statement per ";\n".
    QString schema = QString::fromUtf8(defex::definitieAppSchemaSql());
    schema.replace(QStringLiteral(";\nEND;"), QStringLiteral("; END;"));
    schema.replace(QStringLiteral("gewijzigd_door, context_snapshot)\n    VALUES"),
                   QStringLiteral("gewijzigd_door, context_snapshot) VALUES"));
    const QString rows = QStringLiteral(R"SQL(
INSERT INTO definities (id, begrip, definitie, categorie, organisatorische_context, juridische_context, wettelijke_basis, ufo_categorie, toelichting_proces, status, version_number, previous_version_id, validation_score, validation_date, validation_issues, source_type, source_reference, imported_from, created_at, updated_at, created_by, updated_by, approved_by, approved_at, approval_notes, last_exported_at, export_destinations, datum_voorstel, ketenpartners, voorkeursterm) VALUES (1, 'verdachte', 'Persoon te wiens aanzien uit feiten of omstandigheden een redelijk vermoeden van schuld aan een strafbaar feit voortvloeit.

Toelichting: zie art. 27 Sv; "redelijk vermoeden"@nl.', 'type', '["Strafrechtketen","OM"]', '["Strafrecht"]', '["Wetboek van Strafvordering art. 27"]', 'Role', NULL, 'established', 2, NULL, 0.92, '2025-10-02 10:00:00', '[]', 'manual', 'Sv art. 27', NULL, '2025-09-24 07:24:25.071316+00:00', '2025-10-27T14:43:23', 'jansen', 'de Vries', 'M. Bakker', '2025-10-28 09:00:00', 'Akkoord; definitief.', NULL, '["intranet"]', '2025-09-01', '["OM","Politie"]', 'verdachte persoon');
INSERT INTO definities (id, begrip, definitie, categorie, organisatorische_context, juridische_context, wettelijke_basis, status, validation_score, created_at, updated_at, source_type, voorkeursterm) VALUES (2, '=SUM(A1:A2)', '- Ontologische categorie: proces
Het "aanhouden" van een persoon; met komma, en puntkomma.', 'proces', 'Strafrechtketen', '[]', '[]', 'draft', NULL, '2024-01-05 08:00:00', '2024-02-01 08:00:00', 'generated', NULL);
INSERT INTO definities (id, begrip, definitie, categorie, organisatorische_context, juridische_context, wettelijke_basis, status, validation_score, created_at, updated_at, source_type) VALUES (3, 'rechtspersoonlijkheid 📜', 'Eigenschap van een entiteit om drager van rechten en plichten te zijn — café, naïef, één.', 'resultaat', '["KMAR"]', '["Bestuursrecht","Strafrecht"]', '[]', 'review', 1, '2023-03-03T03:03:03', '2025-01-01 00:00:00', 'imported');
INSERT INTO definities (id, begrip, definitie, categorie, status, validation_score, created_at, updated_at) VALUES (5, '@gearchiveerd', '+31 is het landnummer', 'OTH', 'archived', 0.1, '2022-12-31 23:59:59', '2023-01-01 00:00:00');
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'sentence', 'De verdachte werd gehoord.', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'sentence', 'Een tweede zin; met puntkomma.', 2, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'sentence', 'Inactief voorbeeld.', 3, 0);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'practical', 'Aanhouding op heterdaad.
Tweede regel.', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'counter', 'Een getuige is geen verdachte.', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'synonyms', 'beschuldigde', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'synonyms', 'verdacht persoon', 2, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'antonyms', 'onschuldige', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'explanation', 'Eerste alinea.', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (1, 'explanation', 'Tweede alinea.', 2, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (3, 'sentence', '"Geciteerd" voorbeeld', 1, 1);
INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (4, 'sentence', 'Wees: definitie 4 bestaat niet', 1, 1);
)SQL");
    return execSql(dbPath, schema + rows, error);
}

} // namespace TestSupport
