-- AlterTable
ALTER TABLE "Application" ADD COLUMN "decisionReason" TEXT;
ALTER TABLE "Application" ADD COLUMN "recommendationOpinion" TEXT;

-- CreateTable
CREATE TABLE "ApplicationVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApplicationVersion_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorRole" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReviewComment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublicityNotice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "publishedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PublicityNotice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "noticeId" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "objector" TEXT NOT NULL,
    "contact" TEXT,
    "content" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "handling" TEXT,
    "recordedById" TEXT NOT NULL,
    "handledById" TEXT,
    "handledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Objection_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PublicityNotice" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BrandRecognition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "applicationId" TEXT,
    "level" TEXT NOT NULL,
    "recognisedOn" DATETIME NOT NULL,
    "certificateNo" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "plaqueStatus" TEXT NOT NULL DEFAULT 'ISSUED',
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BrandRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LeadUnitRecognition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recognitionId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "unitId" TEXT,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "recognisedOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "plaqueStatus" TEXT NOT NULL DEFAULT 'ISSUED',
    "revokedAt" DATETIME,
    "revocationReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadUnitRecognition_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Brand" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "isNationalIch" BOOLEAN NOT NULL DEFAULT false,
    "ichItemName" TEXT,
    "ichListNumber" TEXT,
    "newCityId" TEXT NOT NULL,
    "highestLevel" TEXT,
    "story" TEXT,
    "skills" TEXT,
    "transferChannels" TEXT,
    "trademarks" TEXT,
    "awards" TEXT,
    "employedCount" INTEGER NOT NULL DEFAULT 0,
    "povertyAlleviatedCount" INTEGER NOT NULL DEFAULT 0,
    "hiddenFromShowcase" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Brand_newCityId_fkey" FOREIGN KEY ("newCityId") REFERENCES "NewCity" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Brand" ("category", "createdAt", "highestLevel", "ichItemName", "ichListNumber", "id", "isNationalIch", "name", "newCityId", "slug", "updatedAt") SELECT "category", "createdAt", "highestLevel", "ichItemName", "ichListNumber", "id", "isNationalIch", "name", "newCityId", "slug", "updatedAt" FROM "Brand";
DROP TABLE "Brand";
ALTER TABLE "new_Brand" RENAME TO "Brand";
CREATE UNIQUE INDEX "Brand_name_key" ON "Brand"("name");
CREATE UNIQUE INDEX "Brand_slug_key" ON "Brand"("slug");
CREATE INDEX "Brand_newCityId_idx" ON "Brand"("newCityId");
CREATE INDEX "Brand_highestLevel_idx" ON "Brand"("highestLevel");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationVersion_applicationId_version_key" ON "ApplicationVersion"("applicationId", "version");

-- CreateIndex
CREATE INDEX "ReviewComment_applicationId_version_idx" ON "ReviewComment"("applicationId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PublicityNotice_applicationId_key" ON "PublicityNotice"("applicationId");

-- CreateIndex
CREATE INDEX "PublicityNotice_endsAt_idx" ON "PublicityNotice"("endsAt");

-- CreateIndex
CREATE INDEX "Objection_noticeId_status_idx" ON "Objection"("noticeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BrandRecognition_applicationId_key" ON "BrandRecognition"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandRecognition_certificateNo_key" ON "BrandRecognition"("certificateNo");

-- CreateIndex
CREATE UNIQUE INDEX "BrandRecognition_brandId_level_key" ON "BrandRecognition"("brandId", "level");

-- CreateIndex
CREATE INDEX "LeadUnitRecognition_creditCode_idx" ON "LeadUnitRecognition"("creditCode");

-- CreateIndex
CREATE INDEX "LeadUnitRecognition_brandId_idx" ON "LeadUnitRecognition"("brandId");

-- CreateIndex
CREATE UNIQUE INDEX "LeadUnitRecognition_recognitionId_creditCode_key" ON "LeadUnitRecognition"("recognitionId", "creditCode");
