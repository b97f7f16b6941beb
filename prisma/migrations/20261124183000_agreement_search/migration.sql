-- Full-text search over agreements (docs/search.md). Hand-written: Prisma cannot describe
-- FTS5 tables or triggers; the table and its shadow tables are listed in
-- prisma/external-tables.json so they are not reported as drift.
--
-- One row per agreement (rowid = Agreement.id): its words, and every name and spelling
-- (PlaceName rows plus the Place name columns) of both partners and of their regions
-- and parent cities. The trigram tokenizer indexes every 3-character substring, so a
-- quoted term matches as a substring in any script (Chinese has no spaces), case- and
-- diacritic-insensitively.
CREATE VIRTUAL TABLE agreement_search USING fts5(
  title, summary, venue, signatories, kind, names,
  tokenize = 'trigram remove_diacritics 1'
);

INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE 1;

-- Keep the index in step with every table it reads, so an edit is searchable at once.
CREATE TRIGGER agreement_search_agreement_insert AFTER INSERT ON Agreement BEGIN
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id = NEW.id;
END;

CREATE TRIGGER agreement_search_agreement_update AFTER UPDATE ON Agreement BEGIN
  DELETE FROM agreement_search WHERE rowid = OLD.id;
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id = NEW.id;
END;

CREATE TRIGGER agreement_search_agreement_delete AFTER DELETE ON Agreement BEGIN
  DELETE FROM agreement_search WHERE rowid = OLD.id;
END;

CREATE TRIGGER agreement_search_pairing_update AFTER UPDATE OF byPlaceId, cnPlaceId ON Pairing BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT id FROM Agreement WHERE pairingId = NEW.id);
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.pairingId = NEW.id;
END;

CREATE TRIGGER agreement_search_place_update
AFTER UPDATE OF nameEn, nameRu, nameBe, nameZh, regionId, parentCityId ON Place BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.id IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.id IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
END;

CREATE TRIGGER agreement_search_place_name_insert AFTER INSERT ON PlaceName BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
END;

CREATE TRIGGER agreement_search_place_name_update AFTER UPDATE ON PlaceName BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE OLD.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE OLD.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  DELETE FROM agreement_search WHERE rowid IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE NEW.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
END;

CREATE TRIGGER agreement_search_place_name_delete AFTER DELETE ON PlaceName BEGIN
  DELETE FROM agreement_search WHERE rowid IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE OLD.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
  INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, a.title, coalesce(a.summary, ''), coalesce(a.venue, ''), coalesce(a.signatories, ''),
         replace(a.kind, '_', ' '),
         coalesce((SELECT group_concat(pn.name, ' | ') FROM PlaceName pn
                   WHERE pn.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId)), '')
         || ' | ' || concat_ws(' | ', bp.nameEn, bp.nameRu, bp.nameBe, bp.nameZh, cp.nameEn, cp.nameRu, cp.nameBe, cp.nameZh)
    FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE a.id IN (SELECT a.id FROM Agreement a
    JOIN Pairing p ON p.id = a.pairingId
    JOIN Place bp ON bp.id = p.byPlaceId
    JOIN Place cp ON cp.id = p.cnPlaceId
   WHERE OLD.placeId IN (bp.id, cp.id, bp.regionId, cp.regionId, bp.parentCityId, cp.parentCityId));
END;
