#include "DefinitionReader.h"

#include "Utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

#include <set>

namespace defex {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(defex::DefinitionReader)
};

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void bindText(sqlite3_stmt *stmt, const char *name, const QString &value)
{
    const int idx = sqlite3_bind_parameter_index(stmt, name);
    if (idx > 0) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(stmt, idx, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
}

// A context filter matches an element of the JSON array, or the whole legacy plain string.
QString contextCondition(const char *column, const char *param)
{
    const QString c = QLatin1String(column);
    const QString p = QLatin1String(param);
    return QStringLiteral("(CASE WHEN json_valid(%1) AND json_type(%1) = 'array' "
                          "THEN EXISTS (SELECT 1 FROM json_each(%1) "
                          "WHERE trim(json_each.value) = %2 COLLATE NOCASE) "
                          "ELSE trim(%1) = %2 COLLATE NOCASE END)")
        .arg(c, p);
}

// defex_contains(text, folded needle): case-insensitive substring test on Unicode text.
void containsFolded(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const auto *needle = reinterpret_cast<const char *>(sqlite3_value_text(argv[1]));
    if (!text || !needle) {
        sqlite3_result_int(ctx, 0);
        return;
    }
    const QString haystack = QString::fromUtf8(text, sqlite3_value_bytes(argv[0]));
    const QString folded = QString::fromUtf8(needle, sqlite3_value_bytes(argv[1]));
    sqlite3_result_int(ctx, haystack.contains(folded, Qt::CaseInsensitive) ? 1 : 0);
}

} // namespace

DefinitionReader::DefinitionReader(const ExportRequest &request) : m_request(request) {}

DefinitionReader::~DefinitionReader()
{
    sqlite3_finalize(m_rowsStmt);
    sqlite3_finalize(m_examplesStmt);
    if (m_db)
        sqlite3_close_v2(m_db);
}

bool DefinitionReader::fail(ExportError *error, int rc, const QString &context)
{
    const int primary = rc & 0xFF;
    const QString path = nativePath(m_request.database);
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
        *error = ExportError::make(
            ErrorKind::SourceBusy,
            Tr::tr("The database %1 is locked by another program (for example the definitie-app "
               "while it saves); waited %2 seconds. Try again when it is done.")
                .arg(path)
                .arg(m_lockTimeoutMs / 1000.0, 0, 'g', 3));
    } else if (primary == SQLITE_NOTADB) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("%1 is not a SQLite database.").arg(path));
    } else if (primary == SQLITE_CORRUPT) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("The database %1 is damaged: %2").arg(path, context));
    } else {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                 : QString::fromUtf8(sqlite3_errstr(rc));
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("Cannot read the database %1 (%2): %3").arg(path, context, msg));
    }
    return false;
}

bool DefinitionReader::open(ExportError *error)
{
    const QFileInfo info(m_request.database);
    if (!info.exists()) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("The database %1 does not exist.").arg(nativePath(m_request.database)));
        return false;
    }
    if (!info.isFile()) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("%1 is not a file.").arg(nativePath(m_request.database)));
        return false;
    }
    if (!info.isReadable()) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("No permission to read %1.").arg(nativePath(m_request.database)));
        return false;
    }
    if (info.size() == 0) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("The database %1 is an empty file.").arg(nativePath(m_request.database)));
        return false;
    }
    // Read-only at the SQLite level as well as in intent: this connection cannot write.
    const QByteArray path = QFile::encodeName(info.absoluteFilePath());
    int rc = sqlite3_open_v2(path.constData(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK)
        return fail(error, rc, Tr::tr("open"));
    sqlite3_busy_timeout(m_db, m_lockTimeoutMs);
    // SQLite's LIKE folds ASCII only; Dutch search needs "JUSTITIËLE" to find "justitiële".
    sqlite3_create_function_v2(m_db, "defex_contains", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               &containsFolded, nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA query_only = 1", nullptr, nullptr, nullptr);
    if (!inspectSchema(error))
        return false;
    m_where = buildWhere(error);
    if (error->isError())
        return false;

    QString select = QStringLiteral("SELECT id");
    for (Column c : m_selected) {
        select += QStringLiteral(", ");
        if (m_present[size_t(c)])
            select += QLatin1String(columnInfo(c).name);
        else
            select += QStringLiteral("NULL");
    }
    select += QStringLiteral(" FROM definities WHERE id > :last AND id <= :upper") + m_where
              + QStringLiteral(" ORDER BY id LIMIT :limit");
    const QByteArray sql = select.toUtf8();
    rc = sqlite3_prepare_v3(m_db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_rowsStmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(error, rc, Tr::tr("prepare"));
    if (!bindFilters(m_rowsStmt))
        return fail(error, SQLITE_ERROR, Tr::tr("bind"));

    if (m_hasExamples) {
        rc = sqlite3_prepare_v3(
            m_db,
            "SELECT definitie_id, voorbeeld_type, voorbeeld_tekst FROM definitie_voorbeelden "
            "WHERE definitie_id BETWEEN ?1 AND ?2 AND (actief = 1 OR lower(actief) = 'true') "
            "ORDER BY definitie_id, voorbeeld_type, voorbeeld_volgorde, id",
            -1, SQLITE_PREPARE_PERSISTENT, &m_examplesStmt, nullptr);
        if (rc != SQLITE_OK)
            return fail(error, rc, Tr::tr("prepare examples"));
    }

    // Rows added while we export are left for the next export: the set is fixed at the start.
    sqlite3_stmt *maxStmt = nullptr;
    rc = sqlite3_prepare_v2(m_db, "SELECT coalesce(max(id), 0) FROM definities", -1, &maxStmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(maxStmt);
        if (rc == SQLITE_ROW)
            m_upperId = sqlite3_column_int64(maxStmt, 0);
    }
    sqlite3_finalize(maxStmt);
    if (rc != SQLITE_ROW)
        return fail(error, rc, Tr::tr("read"));
    return true;
}

bool DefinitionReader::inspectSchema(ExportError *error)
{
    std::set<std::string> defCols;
    std::set<std::string> exCols;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "SELECT name FROM pragma_table_info(?1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(error, rc, Tr::tr("read schema"));
    for (auto [table, into] : {std::pair<const char *, std::set<std::string> *>{"definities", &defCols},
                               {"definitie_voorbeelden", &exCols}}) {
        sqlite3_reset(stmt);
        sqlite3_bind_text(stmt, 1, table, -1, SQLITE_STATIC);
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
            into->insert(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        if (rc != SQLITE_DONE) {
            sqlite3_finalize(stmt);
            return fail(error, rc, Tr::tr("read schema"));
        }
    }
    sqlite3_finalize(stmt);

    if (defCols.empty()) {
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("%1 is a SQLite database but not a definitie-app database: it "
                                      "has no table \"definities\".")
                                       .arg(nativePath(m_request.database)));
        return false;
    }
    for (const char *required : {"id", "begrip", "definitie"}) {
        if (!defCols.count(required)) {
            *error = ExportError::make(
                ErrorKind::BadInput,
                Tr::tr("%1 is not a definitie-app database: the table \"definities\" has no column \"%2\".")
                    .arg(nativePath(m_request.database), QLatin1String(required)));
            return false;
        }
    }

    m_present.assign(size_t(Column::Count), false);
    for (int i = 0; i < SourceColumnCount; ++i)
        m_present[size_t(i)] = defCols.count(columnInfo(Column(i)).name) > 0;

    // The JSON shape always carries these, whatever the level.
    std::vector<Column> wanted = columnsFor(m_request.level);
    for (Column c : {Column::Begrip, Column::Definitie, Column::Categorie,
                     Column::OrganisatorischeContext, Column::JuridischeContext,
                     Column::WettelijkeBasis, Column::Status, Column::ValidationScore,
                     Column::CreatedAt, Column::UpdatedAt, Column::Voorkeursterm}) {
        if (std::find(wanted.begin(), wanted.end(), c) == wanted.end())
            wanted.push_back(c);
    }
    QStringList missing;
    m_selected.clear();
    for (Column c : wanted) {
        if (isExampleColumn(c) || c == Column::Id)
            continue;
        m_selected.push_back(c);
        if (!m_present[size_t(c)] && columnsFor(m_request.level).end()
                                         != std::find(columnsFor(m_request.level).begin(),
                                                      columnsFor(m_request.level).end(), c))
            missing << QLatin1String(columnInfo(c).name);
    }
    if (!missing.isEmpty()) {
        m_warnings << Tr::tr("This database has an older definitie-app schema without the columns %1; "
                         "they are exported empty.")
                          .arg(missing.join(QStringLiteral(", ")));
    }

    m_hasExamples = exCols.count("definitie_id") && exCols.count("voorbeeld_type")
                    && exCols.count("voorbeeld_tekst") && exCols.count("voorbeeld_volgorde")
                    && exCols.count("actief");
    if (!m_hasExamples) {
        m_warnings << Tr::tr("This database has no usable table \"definitie_voorbeelden\"; the example "
                         "columns are exported empty.");
    }
    return true;
}

QString DefinitionReader::buildWhere(ExportError *error)
{
    const ExportFilters &f = m_request.filters;
    QString where;
    auto need = [&](Column c) {
        if (m_present[size_t(c)])
            return true;
        *error = ExportError::make(ErrorKind::BadInput,
                                   Tr::tr("Cannot filter on %1: this database has no such column.")
                                       .arg(QLatin1String(columnInfo(c).name)));
        return false;
    };
    auto inList = [&](const char *column, const char *prefix, int n) {
        QStringList params;
        for (int i = 0; i < n; ++i)
            params << QStringLiteral(":%1%2").arg(QLatin1String(prefix)).arg(i);
        where += QStringLiteral(" AND %1 IN (%2)").arg(QLatin1String(column), params.join(QStringLiteral(", ")));
    };
    if (!f.statuses.isEmpty()) {
        if (!need(Column::Status))
            return {};
        inList("status", "st", int(f.statuses.size()));
    }
    if (!f.categories.isEmpty()) {
        if (!need(Column::Categorie))
            return {};
        inList("categorie", "cat", int(f.categories.size()));
    }
    if (!f.organisatorischeContext.isEmpty()) {
        if (!need(Column::OrganisatorischeContext))
            return {};
        where += QStringLiteral(" AND ") + contextCondition("organisatorische_context", ":org");
    }
    if (!f.juridischeContext.isEmpty()) {
        if (!need(Column::JuridischeContext))
            return {};
        where += QStringLiteral(" AND ") + contextCondition("juridische_context", ":jur");
    }
    const std::pair<QDate, const char *> dates[] = {
        {f.createdFrom, " AND substr(created_at, 1, 10) >= :cf"},
        {f.createdTo, " AND substr(created_at, 1, 10) <= :ct"},
        {f.updatedFrom, " AND substr(updated_at, 1, 10) >= :uf"},
        {f.updatedTo, " AND substr(updated_at, 1, 10) <= :ut"}};
    for (size_t i = 0; i < 4; ++i) {
        if (!dates[i].first.isValid())
            continue;
        if (!need(i < 2 ? Column::CreatedAt : Column::UpdatedAt))
            return {};
        where += QLatin1String(dates[i].second);
    }
    if (f.minScore) {
        if (!need(Column::ValidationScore))
            return {};
        where += QStringLiteral(" AND validation_score >= :ms");
    }
    if (!f.search.isEmpty())
        where += QStringLiteral(" AND (defex_contains(begrip, :q) OR defex_contains(definitie, :q))");
    return where;
}

bool DefinitionReader::bindFilters(sqlite3_stmt *stmt)
{
    const ExportFilters &f = m_request.filters;
    for (int i = 0; i < f.statuses.size(); ++i)
        bindText(stmt, QStringLiteral(":st%1").arg(i).toLatin1().constData(), f.statuses.at(i));
    for (int i = 0; i < f.categories.size(); ++i)
        bindText(stmt, QStringLiteral(":cat%1").arg(i).toLatin1().constData(), f.categories.at(i));
    bindText(stmt, ":org", f.organisatorischeContext.trimmed());
    bindText(stmt, ":jur", f.juridischeContext.trimmed());
    if (f.createdFrom.isValid())
        bindText(stmt, ":cf", f.createdFrom.toString(Qt::ISODate));
    if (f.createdTo.isValid())
        bindText(stmt, ":ct", f.createdTo.toString(Qt::ISODate));
    if (f.updatedFrom.isValid())
        bindText(stmt, ":uf", f.updatedFrom.toString(Qt::ISODate));
    if (f.updatedTo.isValid())
        bindText(stmt, ":ut", f.updatedTo.toString(Qt::ISODate));
    if (f.minScore) {
        const int idx = sqlite3_bind_parameter_index(stmt, ":ms");
        if (idx > 0)
            sqlite3_bind_double(stmt, idx, *f.minScore);
    }
    if (!f.search.isEmpty())
        bindText(stmt, ":q", f.search.toCaseFolded());
    return true;
}

bool DefinitionReader::count(qint64 *rows, ExportError *error)
{
    const QByteArray sql = (QStringLiteral("SELECT count(*) FROM definities WHERE id > :last AND id <= :upper")
                            + m_where).toUtf8();
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, sql.constData(), -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return fail(error, rc, Tr::tr("count"));
    bindFilters(stmt);
    sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":last"), 0);
    sqlite3_bind_int64(stmt, sqlite3_bind_parameter_index(stmt, ":upper"), m_upperId);
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW)
        *rows = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW)
        return fail(error, rc, Tr::tr("count"));
    return true;
}

void DefinitionReader::warnInvalidText(qint64 id, const char *column)
{
    ++m_invalidTextCount;
    constexpr int kMaxNamed = 20;
    if (m_invalidTextCount <= kMaxNamed) {
        m_warnings << Tr::tr("Definition %1 (%2): text that is not valid UTF-8 or holds NUL bytes; "
                         "the bad bytes were replaced by \u00ab\uFFFD\u00bb.")
                          .arg(id)
                          .arg(QLatin1String(column));
    } else if (m_invalidTextCount == kMaxNamed + 1) {
        m_warnings << Tr::tr("More texts with invalid UTF-8 were repaired; only the first %1 are listed.")
                          .arg(kMaxNamed);
    }
}

void DefinitionReader::storeText(RowBatch &batch, Column c, CellType type, const char *data,
                                 int len, qint64 id)
{
    const std::string_view text(data ? data : "", size_t(len));
    if (type == CellType::Text && !isCleanUtf8(text)) {
        m_repair.clear();
        appendRepairedUtf8(text, m_repair);
        warnInvalidText(id, columnInfo(c).name);
        batch.setCell(c, type, m_repair.data(), m_repair.size());
        return;
    }
    batch.setCell(c, type, text.data(), text.size());
}

bool DefinitionReader::next(RowBatch &batch, ExportError *error)
{
    batch.reset();
    sqlite3_reset(m_rowsStmt);
    sqlite3_bind_int64(m_rowsStmt, sqlite3_bind_parameter_index(m_rowsStmt, ":last"), m_lastId);
    sqlite3_bind_int64(m_rowsStmt, sqlite3_bind_parameter_index(m_rowsStmt, ":upper"), m_upperId);
    sqlite3_bind_int(m_rowsStmt, sqlite3_bind_parameter_index(m_rowsStmt, ":limit"), m_batchSize);
    int rc;
    while ((rc = sqlite3_step(m_rowsStmt)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(m_rowsStmt, 0);
        batch.beginRow(id);
        // Id is always known, so every level (and the JSON shape) can name the row.
        const QByteArray idText = QByteArray::number(id);
        batch.setCell(Column::Id, CellType::Integer, idText.constData(), size_t(idText.size()));
        for (size_t i = 0; i < m_selected.size(); ++i) {
            const int col = int(i) + 1;
            CellType type;
            switch (sqlite3_column_type(m_rowsStmt, col)) {
            case SQLITE_NULL: type = CellType::Null; break;
            case SQLITE_INTEGER: type = CellType::Integer; break;
            case SQLITE_FLOAT: type = CellType::Real; break;
            default: type = CellType::Text; break;
            }
            if (type == CellType::Null) {
                batch.setCell(m_selected[i], type, nullptr, 0);
                continue;
            }
            const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_rowsStmt, col));
            const int len = sqlite3_column_bytes(m_rowsStmt, col);
            storeText(batch, m_selected[i], type, data, len, id);
        }
        m_lastId = id;
    }
    if (rc != SQLITE_DONE) {
        batch.reset();
        return fail(error, rc, Tr::tr("read definitions"));
    }
    sqlite3_reset(m_rowsStmt); // ends the read transaction: writers may go on between batches
    if (batch.isEmpty() || !m_hasExamples)
        return true;
    return readExamples(batch, error);
}

bool DefinitionReader::readExamples(RowBatch &batch, ExportError *error)
{
    sqlite3_reset(m_examplesStmt);
    sqlite3_bind_int64(m_examplesStmt, 1, batch.id(0));
    sqlite3_bind_int64(m_examplesStmt, 2, batch.id(batch.rowCount() - 1));
    int row = 0;
    const int rows = batch.rowCount();
    int rc;
    while ((rc = sqlite3_step(m_examplesStmt)) == SQLITE_ROW) {
        const qint64 defId = sqlite3_column_int64(m_examplesStmt, 0);
        while (row < rows && batch.id(row) < defId)
            ++row;
        if (row >= rows)
            break;
        if (batch.id(row) != defId)
            continue; // a definition in range that the filters left out
        const char *typeText = reinterpret_cast<const char *>(sqlite3_column_text(m_examplesStmt, 1));
        ExampleType type;
        if (!typeText || !exampleTypeFromKey(typeText, &type))
            continue;
        const char *data = reinterpret_cast<const char *>(sqlite3_column_text(m_examplesStmt, 2));
        const int len = sqlite3_column_bytes(m_examplesStmt, 2);
        const std::string_view text(data ? data : "", size_t(len));
        if (!isCleanUtf8(text)) {
            m_repair.clear();
            appendRepairedUtf8(text, m_repair);
            warnInvalidText(defId, "definitie_voorbeelden.voorbeeld_tekst");
            batch.addExample(row, type, m_repair.data(), m_repair.size());
        } else {
            batch.addExample(row, type, text.data(), text.size());
        }
    }
    sqlite3_reset(m_examplesStmt);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return fail(error, rc, Tr::tr("read examples"));
    return true;
}

} // namespace defex
