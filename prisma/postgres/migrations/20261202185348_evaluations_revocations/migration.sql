-- CreateEnum
CREATE TYPE "EvaluationMethod" AS ENUM ('ON_SITE_INSPECTION', 'DEFENCE_REVIEW', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "EvaluationStatus" AS ENUM ('SCHEDULED', 'PASSED', 'FAILED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "RevocationStatus" AS ENUM ('PROPOSED', 'CONFIRMED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RevocationReason" AS ENUM ('EVALUATION_FAILED', 'ILLEGAL_OPERATION', 'DISSOLVED_OR_LICENCE_REVOKED', 'IMPROPER_RECOGNITION', 'FORGERY', 'REFUSED_RECTIFICATION', 'FALSE_PUBLICITY_OR_DAMAGE', 'OTHER_VIOLATION');

-- CreateEnum
CREATE TYPE "PlaqueKind" AS ENUM ('BRAND', 'LEAD_UNIT');

-- CreateEnum
CREATE TYPE "ExportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "BrandFileKind" ADD VALUE 'SELF_ASSESSMENT';
ALTER TYPE "BrandFileKind" ADD VALUE 'EVALUATION_REPORT';
ALTER TYPE "BrandFileKind" ADD VALUE 'REVOCATION_EVIDENCE';

-- AlterEnum
ALTER TYPE "PlaqueStatus" ADD VALUE 'TO_RECLAIM';

-- AlterTable
ALTER TABLE "BrandFile" ADD COLUMN     "evaluationId" TEXT,
ADD COLUMN     "revocationId" TEXT;

-- AlterTable
ALTER TABLE "BrandRecognition" DROP COLUMN "plaqueStatus",
DROP COLUMN "revokedAt",
ADD COLUMN     "revokedOn" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LeadUnitRecognition" DROP COLUMN "plaqueStatus",
DROP COLUMN "revokedAt",
ADD COLUMN     "evaluationId" TEXT,
ADD COLUMN     "revocationId" TEXT,
ADD COLUMN     "revokedOn" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "leadUnitRecognitionId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "cycleIndex" INTEGER NOT NULL,
    "method" "EvaluationMethod" NOT NULL,
    "scheduledOn" TIMESTAMP(3) NOT NULL,
    "evaluators" TEXT NOT NULL,
    "status" "EvaluationStatus" NOT NULL DEFAULT 'SCHEDULED',
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
    "evaluatedOn" TIMESTAMP(3),
    "reportFileId" TEXT,
    "scheduledById" TEXT NOT NULL,
    "recordedById" TEXT,
    "cancelNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revocation" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "unitId" TEXT,
    "reason" "RevocationReason" NOT NULL,
    "severe" BOOLEAN NOT NULL DEFAULT false,
    "facts" TEXT NOT NULL,
    "status" "RevocationStatus" NOT NULL DEFAULT 'PROPOSED',
    "openKey" TEXT,
    "proposedById" TEXT NOT NULL,
    "proposedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "revokedOn" TIMESTAMP(3),
    "withdrawNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Revocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plaque" (
    "id" TEXT NOT NULL,
    "plaqueNo" TEXT NOT NULL,
    "kind" "PlaqueKind" NOT NULL,
    "brandId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "leadUnitRecognitionId" TEXT,
    "status" "PlaqueStatus" NOT NULL DEFAULT 'ISSUED',
    "issuedOn" TIMESTAMP(3) NOT NULL,
    "reclaimReason" TEXT,
    "reclaimOrderedAt" TIMESTAMP(3),
    "reclaimedOn" TIMESTAMP(3),
    "reclaimedById" TEXT,
    "reclaimNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Plaque_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeTarget" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "districtBrands" INTEGER NOT NULL,
    "cityOrProvinceBrands" INTEGER NOT NULL,
    "nationalRecommendations" INTEGER NOT NULL,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgrammeTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExportFile" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "query" JSONB NOT NULL,
    "status" "ExportStatus" NOT NULL DEFAULT 'QUEUED',
    "requestedById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER,
    "sizeBytes" INTEGER,
    "storageKey" TEXT,
    "error" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExportFile_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_leadUnitRecognitionId_fkey" FOREIGN KEY ("leadUnitRecognitionId") REFERENCES "LeadUnitRecognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plaque" ADD CONSTRAINT "Plaque_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plaque" ADD CONSTRAINT "Plaque_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plaque" ADD CONSTRAINT "Plaque_leadUnitRecognitionId_fkey" FOREIGN KEY ("leadUnitRecognitionId") REFERENCES "LeadUnitRecognition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

