-- The BASIS level (17 columns) with the active examples aggregated per kind, ordered by
-- voorbeeld_volgorde: the same rows and columns definitie-export writes, for the peers.
SELECT d.begrip, d.definitie, d.categorie, d.organisatorische_context, d.juridische_context,
       d.wettelijke_basis, d.status, d.validation_score, d.created_at, d.updated_at, d.voorkeursterm,
       (SELECT group_concat(t, '; ') FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'sentence' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS voorbeeld_zinnen,
       (SELECT group_concat(t, '; ') FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'practical' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS praktijkvoorbeelden,
       (SELECT group_concat(t, '; ') FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'counter' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS tegenvoorbeelden,
       (SELECT group_concat(t, ', ') FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'synonyms' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS synoniemen,
       (SELECT group_concat(t, ', ') FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'antonyms' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS antoniemen,
       (SELECT group_concat(t, char(10) || char(10)) FROM (SELECT voorbeeld_tekst AS t FROM definitie_voorbeelden v
         WHERE v.definitie_id = d.id AND v.voorbeeld_type = 'explanation' AND v.actief = 1 ORDER BY voorbeeld_volgorde)) AS toelichting
FROM definities d
ORDER BY d.id
