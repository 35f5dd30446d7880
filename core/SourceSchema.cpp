#include "SourceSchema.h"

#include <string>

namespace defex {

const char *definitieAppTableSql()
{
    return R"SQL(
CREATE TABLE IF NOT EXISTS definities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    begrip VARCHAR(255) NOT NULL,
    definitie TEXT NOT NULL,
    categorie VARCHAR(50) NOT NULL CHECK (categorie IN
        ('type','proces','resultaat','exemplaar','ENT','ACT','REL','ATT','AUT','STA','OTH')),
    organisatorische_context TEXT NOT NULL DEFAULT '[]',
    juridische_context TEXT NOT NULL DEFAULT '[]',
    wettelijke_basis TEXT NOT NULL DEFAULT '[]',
    ufo_categorie TEXT NULL,
    toelichting_proces TEXT NULL,
    status VARCHAR(50) NOT NULL DEFAULT 'draft' CHECK (status IN
        ('imported','draft','review','established','archived')),
    version_number INTEGER NOT NULL DEFAULT 1,
    previous_version_id INTEGER NULL REFERENCES definities(id),
    validation_score DECIMAL(3,2) NULL,
    validation_date TIMESTAMP NULL,
    validation_issues TEXT NULL,
    source_type VARCHAR(50) DEFAULT 'generated' CHECK (source_type IN ('generated','imported','manual')),
    source_reference VARCHAR(500) NULL,
    imported_from VARCHAR(255) NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    created_by VARCHAR(255) NULL,
    updated_by VARCHAR(255) NULL,
    approved_by VARCHAR(255) NULL,
    approved_at TIMESTAMP NULL,
    approval_notes TEXT NULL,
    last_exported_at TIMESTAMP NULL,
    export_destinations TEXT NULL,
    generation_prompt_data TEXT NULL,
    datum_voorstel DATE NULL,
    ketenpartners TEXT NULL,
    voorkeursterm TEXT NULL
);

CREATE TABLE IF NOT EXISTS definitie_geschiedenis (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    definitie_id INTEGER NOT NULL REFERENCES definities(id) ON DELETE CASCADE,
    begrip VARCHAR(255) NOT NULL,
    definitie_oude_waarde TEXT NULL,
    definitie_nieuwe_waarde TEXT NULL,
    wijziging_type VARCHAR(50) NOT NULL,
    wijziging_reden TEXT NULL,
    gewijzigd_door VARCHAR(255) NULL,
    gewijzigd_op TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    context_snapshot TEXT NULL
);

CREATE TABLE IF NOT EXISTS definitie_voorbeelden (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    definitie_id INTEGER NOT NULL REFERENCES definities(id) ON DELETE CASCADE,
    voorbeeld_type VARCHAR(50) NOT NULL CHECK (voorbeeld_type IN
        ('sentence','practical','counter','synonyms','antonyms','explanation')),
    voorbeeld_tekst TEXT NOT NULL,
    voorbeeld_volgorde INTEGER DEFAULT 1,
    gegenereerd_door VARCHAR(50) DEFAULT 'system',
    generation_model VARCHAR(50) NULL,
    generation_parameters TEXT NULL,
    actief BOOLEAN NOT NULL DEFAULT TRUE,
    beoordeeld BOOLEAN NOT NULL DEFAULT FALSE,
    beoordeling VARCHAR(50) NULL,
    beoordeling_notities TEXT NULL,
    beoordeeld_door VARCHAR(255) NULL,
    beoordeeld_op TIMESTAMP NULL,
    aangemaakt_op TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    bijgewerkt_op TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (definitie_id, voorbeeld_type, voorbeeld_volgorde)
);

CREATE TABLE IF NOT EXISTS import_export_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    operatie_type VARCHAR(20) NOT NULL CHECK (operatie_type IN ('import','export')),
    bron_bestemming VARCHAR(500) NOT NULL,
    aantal_verwerkt INTEGER NOT NULL DEFAULT 0,
    aantal_succesvol INTEGER NOT NULL DEFAULT 0,
    aantal_gefaald INTEGER NOT NULL DEFAULT 0,
    bestand_pad VARCHAR(500) NULL,
    formaat VARCHAR(20) NULL,
    fouten_details TEXT NULL,
    gestart_op TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    voltooid_op TIMESTAMP NULL,
    gestart_door VARCHAR(255) NULL,
    status VARCHAR(20) NOT NULL DEFAULT 'running' CHECK (status IN
        ('running','completed','failed','cancelled'))
);

CREATE TRIGGER IF NOT EXISTS definities_update_history
AFTER UPDATE ON definities
FOR EACH ROW
WHEN OLD.definitie != NEW.definitie OR OLD.status != NEW.status
BEGIN
    INSERT INTO definitie_geschiedenis
        (definitie_id, begrip, definitie_oude_waarde, definitie_nieuwe_waarde, wijziging_type,
         gewijzigd_door, context_snapshot)
    VALUES (NEW.id, NEW.begrip, OLD.definitie, NEW.definitie,
            CASE WHEN OLD.status != NEW.status THEN 'status_changed' ELSE 'updated' END,
            NEW.updated_by,
            json_object('organisatorische_context', NEW.organisatorische_context,
                        'juridische_context', NEW.juridische_context));
END;
)SQL";
}

const char *definitieAppIndexSql()
{
    return R"SQL(
CREATE INDEX IF NOT EXISTS idx_definities_begrip ON definities(begrip);
CREATE INDEX IF NOT EXISTS idx_definities_context ON definities(organisatorische_context, juridische_context);
CREATE INDEX IF NOT EXISTS idx_definities_status ON definities(status);
CREATE INDEX IF NOT EXISTS idx_definities_categorie ON definities(categorie);
CREATE INDEX IF NOT EXISTS idx_definities_created_at ON definities(created_at);
CREATE INDEX IF NOT EXISTS idx_definities_datum_voorstel ON definities(datum_voorstel);
CREATE INDEX IF NOT EXISTS idx_geschiedenis_definitie ON definitie_geschiedenis(definitie_id);
CREATE INDEX IF NOT EXISTS idx_voorbeelden_actief ON definitie_voorbeelden(actief);
)SQL";
}

const char *definitieAppSchemaSql()
{
    static const std::string all = std::string(definitieAppTableSql()) + definitieAppIndexSql();
    return all.c_str();
}

} // namespace defex
