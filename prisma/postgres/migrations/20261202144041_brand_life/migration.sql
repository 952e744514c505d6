-- CreateEnum
CREATE TYPE "RecognitionSource" AS ENUM ('PORTAL', 'PUSH_OUTCOME');

-- CreateEnum
CREATE TYPE "PushStatus" AS ENUM ('PUSHED', 'RECOGNISED', 'NOT_RECOGNISED');

-- CreateEnum
CREATE TYPE "BrandFileKind" AS ENUM ('OUTCOME_DOCUMENT', 'PAYMENT_VOUCHER', 'USAGE_VOUCHER');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('PROPOSED', 'APPROVED', 'ALLOCATED');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('RECORDED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "UsageReportStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "UsagePurpose" AS ENUM ('CULTIVATION', 'GROWTH', 'PROMOTION', 'EXCHANGE_EXHIBITION');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'OFFICIAL_CARD', 'CHEQUE', 'ONLINE_PAYMENT', 'CASH');

-- AlterTable
ALTER TABLE "BrandRecognition" ADD COLUMN     "documentId" TEXT,
ADD COLUMN     "documentNo" TEXT,
ADD COLUMN     "issuingBody" TEXT,
ADD COLUMN     "pushId" TEXT,
ADD COLUMN     "source" "RecognitionSource" NOT NULL DEFAULT 'PORTAL',
ALTER COLUMN "certificateNo" DROP NOT NULL;

-- CreateTable
CREATE TABLE "BrandPush" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "fromLevel" "BrandLevel" NOT NULL,
    "toLevel" "BrandLevel" NOT NULL,
    "status" "PushStatus" NOT NULL DEFAULT 'PUSHED',
    "opinion" TEXT NOT NULL,
    "openKey" TEXT,
    "groupId" TEXT,
    "pushedOn" TIMESTAMP(3) NOT NULL,
    "pushedById" TEXT NOT NULL,
    "outcomeOn" TIMESTAMP(3),
    "outcomeNote" TEXT,
    "outcomeById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BrandPush_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandFile" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "kind" "BrandFileKind" NOT NULL,
    "shareId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyAward" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "level" "BrandLevel" NOT NULL,
    "amount" INTEGER NOT NULL,
    "priorAwarded" INTEGER NOT NULL DEFAULT 0,
    "zeroReason" TEXT,
    "status" "AwardStatus" NOT NULL DEFAULT 'PROPOSED',
    "awardedOn" TIMESTAMP(3),
    "approvedById" TEXT,
    "splitBasis" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SubsidyAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyShare" (
    "id" TEXT NOT NULL,
    "awardId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "unitId" TEXT,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubsidyShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubsidyPayment" (
    "id" TEXT NOT NULL,
    "shareId" TEXT NOT NULL,
    "paidOn" TIMESTAMP(3) NOT NULL,
    "amount" INTEGER NOT NULL,
    "voucherNo" TEXT NOT NULL,
    "voucherId" TEXT,
    "status" "PaymentStatus" NOT NULL DEFAULT 'RECORDED',
    "recordedById" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "confirmedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubsidyPayment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageReport" (
    "id" TEXT NOT NULL,
    "shareId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "status" "UsageReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "totalFen" INTEGER NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewComment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UsageReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UsageLine" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "spentOn" TIMESTAMP(3) NOT NULL,
    "purpose" "UsagePurpose" NOT NULL,
    "amountFen" INTEGER NOT NULL,
    "paymentMethod" "PaymentMethod" NOT NULL,
    "payee" TEXT NOT NULL,
    "description" TEXT,
    "voucherId" TEXT,

    CONSTRAINT "UsageLine_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "BrandRecognition_pushId_key" ON "BrandRecognition"("pushId");

-- CreateIndex
CREATE INDEX "LeadUnitRecognition_unitId_idx" ON "LeadUnitRecognition"("unitId");

-- AddForeignKey
ALTER TABLE "BrandRecognition" ADD CONSTRAINT "BrandRecognition_pushId_fkey" FOREIGN KEY ("pushId") REFERENCES "BrandPush"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandPush" ADD CONSTRAINT "BrandPush_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandFile" ADD CONSTRAINT "BrandFile_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadUnitRecognition" ADD CONSTRAINT "LeadUnitRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyAward" ADD CONSTRAINT "SubsidyAward_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyAward" ADD CONSTRAINT "SubsidyAward_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyShare" ADD CONSTRAINT "SubsidyShare_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "SubsidyAward"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SubsidyPayment" ADD CONSTRAINT "SubsidyPayment_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "SubsidyShare"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageReport" ADD CONSTRAINT "UsageReport_shareId_fkey" FOREIGN KEY ("shareId") REFERENCES "SubsidyShare"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UsageLine" ADD CONSTRAINT "UsageLine_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "UsageReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

