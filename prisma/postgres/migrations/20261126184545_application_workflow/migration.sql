-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('PENDING', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "RecognitionStatus" AS ENUM ('ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "PlaqueStatus" AS ENUM ('ISSUED', 'RECLAIMED');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "decisionReason" TEXT,
ADD COLUMN     "recommendationOpinion" TEXT;

-- AlterTable
ALTER TABLE "Brand" ADD COLUMN     "awards" TEXT,
ADD COLUMN     "employedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "hiddenFromShowcase" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "povertyAlleviatedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "skills" TEXT,
ADD COLUMN     "story" TEXT,
ADD COLUMN     "trademarks" TEXT,
ADD COLUMN     "transferChannels" TEXT;

-- CreateTable
CREATE TABLE "ApplicationVersion" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "snapshot" JSONB NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "authorRole" "Role" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicityNotice" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "publishedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicityNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "objector" TEXT NOT NULL,
    "contact" TEXT,
    "content" TEXT NOT NULL,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'PENDING',
    "handling" TEXT,
    "recordedById" TEXT NOT NULL,
    "handledById" TEXT,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BrandRecognition" (
    "id" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "applicationId" TEXT,
    "level" "BrandLevel" NOT NULL,
    "recognisedOn" TIMESTAMP(3) NOT NULL,
    "certificateNo" TEXT NOT NULL,
    "status" "RecognitionStatus" NOT NULL DEFAULT 'ACTIVE',
    "plaqueStatus" "PlaqueStatus" NOT NULL DEFAULT 'ISSUED',
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BrandRecognition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LeadUnitRecognition" (
    "id" TEXT NOT NULL,
    "recognitionId" TEXT NOT NULL,
    "brandId" TEXT NOT NULL,
    "unitId" TEXT,
    "creditCode" TEXT NOT NULL,
    "unitName" TEXT NOT NULL,
    "level" "BrandLevel" NOT NULL,
    "recognisedOn" TIMESTAMP(3) NOT NULL,
    "status" "RecognitionStatus" NOT NULL DEFAULT 'ACTIVE',
    "plaqueStatus" "PlaqueStatus" NOT NULL DEFAULT 'ISSUED',
    "revokedAt" TIMESTAMP(3),
    "revocationReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LeadUnitRecognition_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "ApplicationVersion" ADD CONSTRAINT "ApplicationVersion_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityNotice" ADD CONSTRAINT "PublicityNotice_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PublicityNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BrandRecognition" ADD CONSTRAINT "BrandRecognition_brandId_fkey" FOREIGN KEY ("brandId") REFERENCES "Brand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LeadUnitRecognition" ADD CONSTRAINT "LeadUnitRecognition_recognitionId_fkey" FOREIGN KEY ("recognitionId") REFERENCES "BrandRecognition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
