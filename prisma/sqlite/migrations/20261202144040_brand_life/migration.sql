-- CreateTable
CREATE TABLE "BrandPush" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "fromLevel" TEXT NOT NULL,
    "toLevel" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PUSHED',
    "opinion" TEXT NOT NULL,
    "openKey" TEXT,
    "groupId" TEXT,
    "pushedOn" DATETIME NOT NULL,
    "pushedById" TEXT NOT NULL,
    "outcomeOn" DATETIME,
    "outcomeNote" TEXT,
    "outcomeById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BrandPush_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BrandFile" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "shareId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BrandFile_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubsidyAward" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "brandId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "priorAwarded" INTEGER NOT NULL DEFAULT 0,
    "zeroReason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'PROPOSED',
    "awardedOn" DATETIME,
    "approvedById" TEXT,
    "splitBasis" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SubsidyAward_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "SubsidyAward_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubsidyShare" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "awardId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "unitId" TEXT,
    "amount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubsidyShare_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "SubsidyAward" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SubsidyPayment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shareId" TEXT NOT NULL,
    "paidOn" DATETIME NOT NULL,
    "amount" INTEGER NOT NULL,
    "voucherNo" TEXT NOT NULL,
    "voucherId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RECORDED',
    "recordedById" TEXT NOT NULL,
    "confirmedAt" DATETIME,
    "confirmedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SubsidyPayment_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "SubsidyShare" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UsageReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shareId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'SUBMITTED',
    "totalFen" INTEGER NOT NULL,
    "submittedAt" DATETIME NOT NULL,
    "submittedById" TEXT NOT NULL,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UsageReport_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "SubsidyShare" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UsageLine" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "spentOn" DATETIME NOT NULL,
    "purpose" TEXT NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "paymentMethod" TEXT NOT NULL,
    "payee" TEXT NOT NULL,
    "description" TEXT,
    "voucherId" TEXT,
    CONSTRAINT "UsageLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "UsageReport" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "plaqueStatus" TEXT NOT NULL DEFAULT 'ISSUED',
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BrandRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "BrandRecognition_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "BrandPush" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_BrandRecognition" ("applicationId", "brandId", "certificateNo", "createdAt", "id", "level", "plaqueStatus", "recognisedOn", "revokedAt", "status") SELECT "applicationId", "brandId", "certificateNo", "createdAt", "id", "level", "plaqueStatus", "recognisedOn", "revokedAt", "status" FROM "BrandRecognition";
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
    "plaqueStatus" TEXT NOT NULL DEFAULT 'ISSUED',
    "revokedAt" DATETIME,
    "revocationReason" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LeadUnitRecognition_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "LeadUnitRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LeadUnitRecognition" ("brandId", "createdAt", "creditCode", "id", "level", "plaqueStatus", "recognisedOn", "recognitionId", "revocationReason", "revokedAt", "status", "unitId", "unitName") SELECT "brandId", "createdAt", "creditCode", "id", "level", "plaqueStatus", "recognisedOn", "recognitionId", "revocationReason", "revokedAt", "status", "unitId", "unitName" FROM "LeadUnitRecognition";
DROP TABLE "LeadUnitRecognition";
ALTER TABLE "new_LeadUnitRecognition" RENAME TO "LeadUnitRecognition";
CREATE INDEX "LeadUnitRecognition_creditCode_idx" ON "LeadUnitRecognition"("creditCode");
CREATE INDEX "LeadUnitRecognition_brandId_idx" ON "LeadUnitRecognition"("brandId");
CREATE INDEX "LeadUnitRecognition_unitId_idx" ON "LeadUnitRecognition"("unitId");
CREATE UNIQUE INDEX "LeadUnitRecognition_recognitionId_creditCode_key" ON "LeadUnitRecognition"("recognitionId", "creditCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "BrandPush_openKey_key" ON "BrandPush"("openKey");

-- CreateIndex
CREATE INDEX "BrandPush_brandId_idx" ON "BrandPush"("brandId");

-- CreateIndex
CREATE INDEX "BrandPush_status_idx" ON "BrandPush"("status");

-- CreateIndex
CREATE INDEX "BrandPush_groupId_idx" ON "BrandPush"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "BrandFile_storageKey_key" ON "BrandFile"("storageKey");

-- CreateIndex
CREATE INDEX "BrandFile_brandId_idx" ON "BrandFile"("brandId");

-- CreateIndex
CREATE INDEX "BrandFile_shareId_idx" ON "BrandFile"("shareId");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyAward_recognitionId_key" ON "SubsidyAward"("recognitionId");

-- CreateIndex
CREATE INDEX "SubsidyAward_brandId_idx" ON "SubsidyAward"("brandId");

-- CreateIndex
CREATE INDEX "SubsidyAward_status_idx" ON "SubsidyAward"("status");

-- CreateIndex
CREATE INDEX "SubsidyShare_brandId_idx" ON "SubsidyShare"("brandId");

-- CreateIndex
CREATE INDEX "SubsidyShare_unitId_idx" ON "SubsidyShare"("unitId");

-- CreateIndex
CREATE INDEX "SubsidyShare_creditCode_idx" ON "SubsidyShare"("creditCode");

-- CreateIndex
CREATE UNIQUE INDEX "SubsidyShare_awardId_creditCode_key" ON "SubsidyShare"("awardId", "creditCode");

-- CreateIndex
CREATE INDEX "SubsidyPayment_shareId_idx" ON "SubsidyPayment"("shareId");

-- CreateIndex
CREATE INDEX "UsageReport_brandId_idx" ON "UsageReport"("brandId");

-- CreateIndex
CREATE INDEX "UsageReport_status_idx" ON "UsageReport"("status");

-- CreateIndex
CREATE UNIQUE INDEX "UsageReport_shareId_sequence_key" ON "UsageReport"("shareId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "UsageLine_reportId_position_key" ON "UsageLine"("reportId", "position");
