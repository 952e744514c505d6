/*
  Warnings:

  - You are about to drop the column `plaqueStatus` on the `BrandRecognition` table. All the data in the column will be lost.
  - You are about to drop the column `revokedAt` on the `BrandRecognition` table. All the data in the column will be lost.
  - You are about to drop the column `plaqueStatus` on the `LeadUnitRecognition` table. All the data in the column will be lost.
  - You are about to drop the column `revokedAt` on the `LeadUnitRecognition` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "BrandFile" ADD COLUMN "evaluationId" TEXT;
ALTER TABLE "BrandFile" ADD COLUMN "revocationId" TEXT;

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "leadUnitRecognitionId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "cycleIndex" INTEGER NOT NULL,
    "method" TEXT NOT NULL,
    "scheduledOn" DATETIME NOT NULL,
    "evaluators" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SCHEDULED',
    "cycleKey" TEXT,
    "u1Pass" BOOLEAN,
    "u1Note" TEXT,
    "u2Pass" BOOLEAN,
    "u2Note" TEXT,
    "u3Pass" BOOLEAN,
    "u3Note" TEXT,
    "u4Pass" BOOLEAN,
    "u4Note" TEXT,
    "conclusion" TEXT,
    "evaluatedOn" DATETIME,
    "reportFileId" TEXT,
    "scheduledById" TEXT NOT NULL,
    "recordedById" TEXT,
    "cancelNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Evaluation_leadUnitRecognitionId_fkey" FOREIGN KEY ("leadUnitRecognitionId") REFERENCES "LeadUnitRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Revocation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "unitId" TEXT,
    "reason" TEXT NOT NULL,
    "severe" BOOLEAN NOT NULL DEFAULT false,
    "facts" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "openKey" TEXT,
    "proposedById" TEXT NOT NULL,
    "proposedAt" DATETIME NOT NULL,
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "revokedOn" DATETIME,
    "withdrawNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Revocation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plaque" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "plaqueNo" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "leadUnitRecognitionId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ISSUED',
    "issuedOn" DATETIME NOT NULL,
    "reclaimReason" TEXT,
    "reclaimOrderedAt" DATETIME,
    "reclaimedOn" DATETIME,
    "reclaimedById" TEXT,
    "reclaimNote" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Plaque_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plaque_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Plaque_leadUnitRecognitionId_fkey" FOREIGN KEY ("leadUnitRecognitionId") REFERENCES "LeadUnitRecognition" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "districtBrands" INTEGER NOT NULL,
    "cityOrProvinceBrands" INTEGER NOT NULL,
    "nationalRecommendations" INTEGER NOT NULL,
    "updatedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ExportFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "requestedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER,
    "sizeBytes" INTEGER,
    "storageKey" TEXT,
    "error" TEXT,
    "finishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BrandRecognition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "applicationId" TEXT,
    "level" TEXT NOT NULL,
    "recognisedOn" DATETIME NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'PORTAL',
    "certificateNo" TEXT,
    "issuingBody" TEXT,
    "documentNo" TEXT,
    "documentId" TEXT,
    "pushId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "revokedOn" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BrandRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BrandRecognition_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "BrandPush" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_BrandRecognition" ("applicationId", "brandId", "certificateNo", "createdAt", "documentId", "documentNo", "id", "issuingBody", "level", "pushId", "recognisedOn", "source", "status") SELECT "applicationId", "brandId", "certificateNo", "createdAt", "documentId", "documentNo", "id", "issuingBody", "level", "pushId", "recognisedOn", "source", "status" FROM "BrandRecognition";
DROP TABLE "BrandRecognition";
ALTER TABLE "new_BrandRecognition" RENAME TO "BrandRecognition";
CREATE UNIQUE INDEX "BrandRecognition_applicationId_key" ON "BrandRecognition"("applicationId");
CREATE UNIQUE INDEX "BrandRecognition_certificateNo_key" ON "BrandRecognition"("certificateNo");
CREATE UNIQUE INDEX "BrandRecognition_pushId_key" ON "BrandRecognition"("pushId");
CREATE UNIQUE INDEX "BrandRecognition_brandId_level_key" ON "BrandRecognition"("brandId", "level");
CREATE TABLE "new_LeadUnitRecognition" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "recognitionId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "unitId" TEXT,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "recognisedOn" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'ACTIVE',
    "revokedOn" DATETIME,
    "revocationReason" TEXT,
    "revocationId" TEXT,
    "evaluationId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadUnitRecognition_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LeadUnitRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LeadUnitRecognition" ("brandId", "createdAt", "creditCode", "id", "level", "recognisedOn", "recognitionId", "revocationReason", "status", "unitId", "unitName") SELECT "brandId", "createdAt", "creditCode", "id", "level", "recognisedOn", "recognitionId", "revocationReason", "status", "unitId", "unitName" FROM "LeadUnitRecognition";
DROP TABLE "LeadUnitRecognition";
ALTER TABLE "new_LeadUnitRecognition" RENAME TO "LeadUnitRecognition";
CREATE INDEX "LeadUnitRecognition_creditCode_idx" ON "LeadUnitRecognition"("creditCode");
CREATE INDEX "LeadUnitRecognition_brandId_idx" ON "LeadUnitRecognition"("brandId");
CREATE INDEX "LeadUnitRecognition_unitId_idx" ON "LeadUnitRecognition"("unitId");
CREATE UNIQUE INDEX "LeadUnitRecognition_recognitionId_creditCode_key" ON "LeadUnitRecognition"("recognitionId", "creditCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_cycleKey_key" ON "Evaluation"("cycleKey");

-- CreateIndex
CREATE INDEX "Evaluation_leadUnitRecognitionId_idx" ON "Evaluation"("leadUnitRecognitionId");

-- CreateIndex
CREATE INDEX "Evaluation_brandId_idx" ON "Evaluation"("brandId");

-- CreateIndex
CREATE INDEX "Evaluation_status_idx" ON "Evaluation"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Revocation_openKey_key" ON "Revocation"("openKey");

-- CreateIndex
CREATE INDEX "Revocation_brandId_idx" ON "Revocation"("brandId");

-- CreateIndex
CREATE INDEX "Revocation_creditCode_idx" ON "Revocation"("creditCode");

-- CreateIndex
CREATE INDEX "Revocation_status_idx" ON "Revocation"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Plaque_plaqueNo_key" ON "Plaque"("plaqueNo");

-- CreateIndex
CREATE UNIQUE INDEX "Plaque_leadUnitRecognitionId_key" ON "Plaque"("leadUnitRecognitionId");

-- CreateIndex
CREATE INDEX "Plaque_brandId_idx" ON "Plaque"("brandId");

-- CreateIndex
CREATE INDEX "Plaque_status_idx" ON "Plaque"("status");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeTarget_year_key" ON "ProgrammeTarget"("year");

-- CreateIndex
CREATE UNIQUE INDEX "ExportFile_storageKey_key" ON "ExportFile"("storageKey");

-- CreateIndex
CREATE INDEX "ExportFile_requestedById_createdAt_idx" ON "ExportFile"("requestedById", "createdAt");

-- CreateIndex
CREATE INDEX "BrandFile_evaluationId_idx" ON "BrandFile"("evaluationId");

-- CreateIndex
CREATE INDEX "BrandFile_revocationId_idx" ON "BrandFile"("revocationId");
