-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "regionId" INTEGER,
    "parentCityId" INTEGER,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT,
    "nameBe" TEXT,
    "nameZh" TEXT,
    "lat" REAL,
    "lon" REAL,
    "coordNote" TEXT,
    "population" INTEGER,
    "populationYear" INTEGER,
    "populationNote" TEXT,
    "areaKm2" REAL,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Place_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Place_parentCityId_fkey" FOREIGN KEY ("parentCityId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlaceName" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "lang" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'alternative',
    CONSTRAINT "PlaceName_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlaceFact" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" REAL,
    "unit" TEXT,
    "text" TEXT,
    "asOf" TEXT,
    "asOfPrecision" TEXT,
    CONSTRAINT "PlaceFact_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Pairing" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "byPlaceId" INTEGER NOT NULL,
    "cnPlaceId" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "typeUncertain" BOOLEAN NOT NULL DEFAULT false,
    "stage" TEXT NOT NULL,
    "stageUncertain" BOOLEAN NOT NULL DEFAULT false,
    "establishedDate" TEXT,
    "establishedPrecision" TEXT,
    "establishedYear" INTEGER,
    "establishedApproximate" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Pairing_byPlaceId_fkey" FOREIGN KEY ("byPlaceId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Pairing_cnPlaceId_fkey" FOREIGN KEY ("cnPlaceId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PairingField" (
    "pairingId" INTEGER NOT NULL,
    "field" TEXT NOT NULL,

    PRIMARY KEY ("pairingId", "field"),
    CONSTRAINT "PairingField_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Agreement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT,
    "pairingId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "date" TEXT,
    "datePrecision" TEXT,
    "dateYear" INTEGER,
    "dateApproximate" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT NOT NULL,
    "venue" TEXT,
    "signatories" TEXT,
    "summary" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Agreement_pairingId_fkey" FOREIGN KEY ("pairingId") REFERENCES "Pairing" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Project" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT,
    "nameZh" TEXT,
    "country" TEXT NOT NULL,
    "locationText" TEXT,
    "placeId" INTEGER,
    "lat" REAL,
    "lon" REAL,
    "coordNote" TEXT,
    "partnersText" TEXT,
    "sectors" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL,
    "statusUncertain" BOOLEAN NOT NULL DEFAULT false,
    "startYear" INTEGER,
    "endYear" INTEGER,
    "keyFigures" TEXT,
    "summary" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "Project_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TradeFigure" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "seedKey" TEXT,
    "scope" TEXT NOT NULL,
    "byPlaceId" INTEGER,
    "cnPlaceId" INTEGER,
    "year" INTEGER,
    "periodKind" TEXT NOT NULL,
    "monthFrom" INTEGER NOT NULL,
    "monthTo" INTEGER NOT NULL,
    "periodApproximate" BOOLEAN NOT NULL DEFAULT false,
    "flow" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "currency" TEXT NOT NULL,
    "scale" REAL NOT NULL DEFAULT 1000000,
    "growthPct" REAL,
    "reporter" TEXT,
    "approximate" BOOLEAN NOT NULL DEFAULT false,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME,
    CONSTRAINT "TradeFigure_byPlaceId_fkey" FOREIGN KEY ("byPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TradeFigure_cnPlaceId_fkey" FOREIGN KEY ("cnPlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "language" TEXT,
    "publishedDate" TEXT,
    "publishedPrecision" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "deletedAt" DATETIME
);

-- CreateTable
CREATE TABLE "_PlaceToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PlaceToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PlaceToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PlaceFactToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PlaceFactToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "PlaceFact" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PlaceFactToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PairingToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PairingToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Pairing" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PairingToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_PairingToProject" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_PairingToProject_A_fkey" FOREIGN KEY ("A") REFERENCES "Pairing" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_PairingToProject_B_fkey" FOREIGN KEY ("B") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_AgreementToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_AgreementToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Agreement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_AgreementToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_ProjectToSource" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_ProjectToSource_A_fkey" FOREIGN KEY ("A") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_ProjectToSource_B_fkey" FOREIGN KEY ("B") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "_SourceToTradeFigure" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_SourceToTradeFigure_A_fkey" FOREIGN KEY ("A") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "_SourceToTradeFigure_B_fkey" FOREIGN KEY ("B") REFERENCES "TradeFigure" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Place_slug_key" ON "Place"("slug");

-- CreateIndex
CREATE INDEX "Place_country_tier_idx" ON "Place"("country", "tier");

-- CreateIndex
CREATE INDEX "Place_regionId_idx" ON "Place"("regionId");

-- CreateIndex
CREATE INDEX "PlaceName_name_idx" ON "PlaceName"("name");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceName_placeId_name_lang_key" ON "PlaceName"("placeId", "name", "lang");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceFact_placeId_key_key" ON "PlaceFact"("placeId", "key");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_slug_key" ON "Pairing"("slug");

-- CreateIndex
CREATE INDEX "Pairing_stage_idx" ON "Pairing"("stage");

-- CreateIndex
CREATE INDEX "Pairing_establishedDate_idx" ON "Pairing"("establishedDate");

-- CreateIndex
CREATE UNIQUE INDEX "Pairing_byPlaceId_cnPlaceId_key" ON "Pairing"("byPlaceId", "cnPlaceId");

-- CreateIndex
CREATE INDEX "PairingField_field_idx" ON "PairingField"("field");

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_seedKey_key" ON "Agreement"("seedKey");

-- CreateIndex
CREATE INDEX "Agreement_pairingId_date_idx" ON "Agreement"("pairingId", "date");

-- CreateIndex
CREATE INDEX "Agreement_dateYear_idx" ON "Agreement"("dateYear");

-- CreateIndex
CREATE INDEX "Agreement_kind_idx" ON "Agreement"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "Project_slug_key" ON "Project"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "TradeFigure_seedKey_key" ON "TradeFigure"("seedKey");

-- CreateIndex
CREATE INDEX "TradeFigure_scope_year_idx" ON "TradeFigure"("scope", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Source_url_idx" ON "Source"("url");

-- CreateIndex
CREATE UNIQUE INDEX "_PlaceToSource_AB_unique" ON "_PlaceToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_PlaceToSource_B_index" ON "_PlaceToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PlaceFactToSource_AB_unique" ON "_PlaceFactToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_PlaceFactToSource_B_index" ON "_PlaceFactToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PairingToSource_AB_unique" ON "_PairingToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_PairingToSource_B_index" ON "_PairingToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_PairingToProject_AB_unique" ON "_PairingToProject"("A", "B");

-- CreateIndex
CREATE INDEX "_PairingToProject_B_index" ON "_PairingToProject"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_AgreementToSource_AB_unique" ON "_AgreementToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_AgreementToSource_B_index" ON "_AgreementToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_ProjectToSource_AB_unique" ON "_ProjectToSource"("A", "B");

-- CreateIndex
CREATE INDEX "_ProjectToSource_B_index" ON "_ProjectToSource"("B");

-- CreateIndex
CREATE UNIQUE INDEX "_SourceToTradeFigure_AB_unique" ON "_SourceToTradeFigure"("A", "B");

-- CreateIndex
CREATE INDEX "_SourceToTradeFigure_B_index" ON "_SourceToTradeFigure"("B");
