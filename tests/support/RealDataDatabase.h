#pragma once

// Builds a definitie-app database from the real definitions in ../shared/data/definitie-app
// (baseline_42_definitions.json and export_3_with_examples.json) for tst_realdata and
// tst_realdata_window: the baseline rows with every column, the app's own export shape with its
// contexts, metadata, schema defaults and examples, ids above the baseline's. Header-only so any
// test can use it without a build change. The data is read from where it lies and never copied
// into the repo.

#include "SourceSchema.h"
#include "TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantMap>

#include <algorithm>

namespace RealData {

struct Example
{
    QString type; // sentence, practical, counter, synonyms, antonyms, explanation
    QString text;
    int order = 0;
};

struct Definition
{
    qint64 id = 0;
    QVariantMap values; // source column -> value as stored (null when absent)
    QMap<QString, QStringList> lists; // column whose source value is a JSON array -> its items
    QList<Example> examples; // grouped by type, each group in `order`
    QJsonObject appExport; // for the definitions of the app's own export: that JSON object

    QString text(const char *column) const
    {
        return values.value(QLatin1String(column)).toString();
    }
};

inline bool available()
{
    const QString dir = TestSupport::sharedDataDir();
    return QFileInfo::exists(dir + QStringLiteral("/baseline_42_definitions.json"))
        && QFileInfo::exists(dir + QStringLiteral("/export_3_with_examples.json"));
}

inline const QStringList &sourceColumns()
{
    static const QStringList columns
        = QString::fromLatin1("id begrip definitie categorie organisatorische_context "
                              "juridische_context wettelijke_basis "
                              "ufo_categorie toelichting_proces status version_number "
                              "previous_version_id validation_score "
                              "validation_date validation_issues source_type source_reference "
                              "imported_from created_at "
                              "updated_at created_by updated_by approved_by approved_at "
                              "approval_notes last_exported_at "
                              "export_destinations datum_voorstel ketenpartners voorkeursterm")
              .split(QLatin1Char(' '));
    return columns;
}

// A JSON value as the definitie-app stores it: arrays as compact JSON text, scores as reals.
inline QVariant storedValue(const QString &column, const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return qint64(v.toBool() ? 1 : 0);
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (column != QLatin1String("validation_score") && d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    return QVariant();
}

// Stores `v` in `column` of `d`; a JSON array also keeps its items.
inline void store(Definition *d, const QString &column, const QJsonValue &v)
{
    d->values.insert(column, storedValue(column, v));
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
        d->lists.insert(column, items);
    }
}

inline bool loadJson(const QString &name, QJsonObject *out, QString *error)
{
    QFile f(TestSupport::sharedDataDir() + QLatin1Char('/') + name);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(f.fileName());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: %2").arg(name, pe.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

// The definitions of both files, ordered by id.
inline bool load(QList<Definition> *defs, QString *error)
{
    QJsonObject baseline, withExamples;
    if (!loadJson(QStringLiteral("baseline_42_definitions.json"), &baseline, error)
        || !loadJson(QStringLiteral("export_3_with_examples.json"), &withExamples, error))
        return false;
    qint64 maxId = 0;
    for (const QJsonValue &v : baseline.value(QStringLiteral("definitions")).toArray()) {
        const QJsonObject o = v.toObject();
        Definition d;
        for (const QString &col : sourceColumns())
            store(&d, col, o.value(col));
        d.id = d.values.value(QStringLiteral("id")).toLongLong();
        if (!o.value(QStringLiteral("voorbeelden")).toArray().isEmpty()) {
            *error = QStringLiteral("baseline definition %1 has examples; none are expected")
                         .arg(d.id);
            return false;
        }
        maxId = std::max(maxId, d.id);
        defs->append(d);
    }
    const char *listKeys[3][2] = { { "voorbeeld_zinnen", "sentence" },
                                   { "praktijkvoorbeelden", "practical" },
                                   { "tegenvoorbeelden", "counter" } };
    const char *textKeys[3][2] = { { "synoniemen", "synonyms" },
                                   { "antoniemen", "antonyms" },
                                   { "toelichting", "explanation" } };
    for (const QJsonValue &v : withExamples.value(QStringLiteral("definities")).toArray()) {
        const QJsonObject o = v.toObject();
        Definition d;
        d.id = ++maxId;
        d.appExport = o;
        d.values.insert(QStringLiteral("id"), d.id);
        for (const char *col : { "begrip", "definitie", "categorie", "status", "voorkeursterm",
                                 "validation_score" }) {
            const QVariant value = storedValue(QLatin1String(col), o.value(QLatin1String(col)));
            if (!value.isNull())
                d.values.insert(QLatin1String(col), value);
        }
        const QJsonObject context = o.value(QStringLiteral("context")).toObject();
        for (auto it = context.begin(); it != context.end(); ++it) {
            const QString raw = it.value().toString(); // already JSON text, stored as it is
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(raw.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
                *error = QStringLiteral("%1: context %2 is not a JSON array").arg(d.id).arg(it.key());
                return false;
            }
            store(&d, it.key(), doc.array());
            d.values.insert(it.key(), raw);
        }
        const QJsonObject meta = o.value(QStringLiteral("metadata")).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it) {
            if (sourceColumns().contains(it.key()))
                store(&d, it.key(), it.value());
        }
        d.values.insert(QStringLiteral("version_number"), qint64(1));
        d.values.insert(QStringLiteral("source_type"), QStringLiteral("generated"));
        const QJsonObject vb = o.value(QStringLiteral("voorbeelden")).toObject();
        for (const auto &key : listKeys) {
            int order = 0;
            for (const QJsonValue &e : vb.value(QLatin1String(key[0])).toArray())
                d.examples.append({ QLatin1String(key[1]), e.toString(), ++order });
        }
        const QJsonObject tk = o.value(QStringLiteral("taalkundig")).toObject();
        for (const auto &key : textKeys) {
            const QString t = tk.value(QLatin1String(key[0])).toString();
            if (!t.isEmpty())
                d.examples.append({ QLatin1String(key[1]), t, 1 });
        }
        defs->append(d);
    }
    std::sort(defs->begin(), defs->end(),
              [](const Definition &a, const Definition &b) { return a.id < b.id; });
    return true;
}

// The schema's statements; a trigger body (BEGIN ... END;) stays one statement.
inline QStringList schemaStatements()
{
    QStringList out;
    QString current;
    bool inTrigger = false;
    for (const QString &line :
         QString::fromUtf8(defex::definitieAppSchemaSql()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (current.trimmed().isEmpty()
            && t.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        if (inTrigger ? t.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                      : t.endsWith(QLatin1Char(';'))) {
            out << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

// Creates `dbPath` with the definitie-app schema and `defs` (columns without a value take the
// schema's defaults for the app-export rows, as the app itself would).
inline bool buildDatabase(const QList<Definition> &defs, const QString &dbPath, QString *error)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dbPath);
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        QSqlQuery q(db);
        for (const QString &statement : schemaStatements()) {
            if (ok && !q.exec(statement)) {
                *error = q.lastError().text() + QStringLiteral(" in: ") + statement;
                ok = false;
            }
        }
        ok = ok && db.transaction();
        for (const Definition &d : defs) {
            if (!ok)
                break;
            QStringList cols;
            for (const QString &col : sourceColumns()) {
                if (d.values.contains(col))
                    cols << col;
            }
            q.prepare(
                QStringLiteral("INSERT INTO definities (%1) VALUES (%2)")
                    .arg(cols.join(QStringLiteral(", ")),
                         QStringList(cols.size(), QStringLiteral("?")).join(QStringLiteral(", "))));
            for (const QString &col : cols)
                q.addBindValue(d.values.value(col));
            ok = q.exec();
            // Each type's examples inserted last-first, so that only voorbeeld_volgorde gives
            // their order.
            for (qsizetype start = 0, end = 0; ok && start < d.examples.size(); start = end) {
                end = start;
                while (end < d.examples.size() && d.examples.at(end).type == d.examples.at(start).type)
                    ++end;
                for (qsizetype i = end - 1; ok && i >= start; --i) {
                    const Example &e = d.examples.at(i);
                    q.prepare(QStringLiteral(
                        "INSERT INTO definitie_voorbeelden (definitie_id, voorbeeld_type, "
                        "voorbeeld_tekst, voorbeeld_volgorde, actief) VALUES (?, ?, ?, ?, 1)"));
                    q.addBindValue(d.id);
                    q.addBindValue(e.type);
                    q.addBindValue(e.text);
                    q.addBindValue(e.order);
                    ok = q.exec();
                }
            }
            if (!ok)
                *error = QStringLiteral("definition %1: %2").arg(d.id).arg(q.lastError().text());
        }
        if (ok)
            ok = db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace RealData
