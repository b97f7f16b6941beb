-- Content text per language (docs/i18n-content.md): <field>Ru/Be/Zh next to the English column,
-- and translatedBy (JSON) saying per column who wrote the translation. Nullable columns only,
-- so SQLite adds them in place: no table rebuild, no trigger lost.

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "summaryBe" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "summaryRu" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "titleBe" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "titleRu" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "titleZh" TEXT;
ALTER TABLE "Agreement" ADD COLUMN "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "Pairing" ADD COLUMN "summaryBe" TEXT;
ALTER TABLE "Pairing" ADD COLUMN "summaryRu" TEXT;
ALTER TABLE "Pairing" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Pairing" ADD COLUMN "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "Place" ADD COLUMN "summaryBe" TEXT;
ALTER TABLE "Place" ADD COLUMN "summaryRu" TEXT;
ALTER TABLE "Place" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Place" ADD COLUMN "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "PlaceFact" ADD COLUMN "labelBe" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "labelRu" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "labelZh" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "textBe" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "textRu" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "textZh" TEXT;
ALTER TABLE "PlaceFact" ADD COLUMN "translatedBy" TEXT;

-- AlterTable
ALTER TABLE "Project" ADD COLUMN "nameBe" TEXT;
ALTER TABLE "Project" ADD COLUMN "summaryBe" TEXT;
ALTER TABLE "Project" ADD COLUMN "summaryRu" TEXT;
ALTER TABLE "Project" ADD COLUMN "summaryZh" TEXT;
ALTER TABLE "Project" ADD COLUMN "translatedBy" TEXT;

-- Search every language (docs/search.md): the title and summary columns of the index now hold
-- the English text and its translations, joined with ' | ', so a Russian or Chinese title finds
-- its agreement with the same bm25 weights. The triggers are re-created with the new columns and
-- the index refilled (no table was rebuilt above, so nothing else is lost).
DROP TRIGGER IF EXISTS agreement_search_agreement_insert;
DROP TRIGGER IF EXISTS agreement_search_agreement_update;
DROP TRIGGER IF EXISTS agreement_search_agreement_delete;
DROP TRIGGER IF EXISTS agreement_search_pairing_update;
DROP TRIGGER IF EXISTS agreement_search_place_update;
DROP TRIGGER IF EXISTS agreement_search_place_name_insert;
DROP TRIGGER IF EXISTS agreement_search_place_name_update;
DROP TRIGGER IF EXISTS agreement_search_place_name_delete;

DELETE FROM agreement_search;

INSERT INTO agreement_search (rowid, title, summary, venue, signatories, kind, names)
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
  SELECT a.id, concat_ws(' | ', a.title, a.titleRu, a.titleBe, a.titleZh),
         concat_ws(' | ', a.summary, a.summaryRu, a.summaryBe, a.summaryZh), coalesce(a.venue, ''), coalesce(a.signatories, ''),
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
