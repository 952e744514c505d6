import type { ActionResult } from "@/lib/domain/app-error";
import type { Verdict } from "@/lib/eligibility";
import type { FormStep } from "./field-map";

// What the server page hands the client form: plain, serialisable values in the shape of the
// step schemas' input (lib/schemas/application.ts), so they can be react-hook-form defaults.

export type UnitDeclarations = Record<string, boolean>;

export type CoLeadUnitValues = {
  creditCode: string;
  name: string;
  tradeName: string;
  registrationDate: string;
  declarations: UnitDeclarations;
  contribution: string;
};

export type AttachmentItem = { id: string; kind: string; fileName: string; sizeBytes: number; isPublic: boolean };

export type FieldComment = { field: string; message: string };

export type WizardData = {
  id: string;
  status: string;
  batchTitle: string;
  updatedAt: string;
  brand: { brandName: string; category: string; isNationalIch: boolean; ichItemName: string; ichListNumber: string };
  applicant: { creditCode: string; name: string; tradeName: string; registrationDate: string; declarations: UnitDeclarations; contribution: string };
  coLeadUnits: CoLeadUnitValues[];
  figures: { employedCount: string; povertyAlleviatedCount: string; trainedCount: string; passedCount: string };
  narratives: Record<string, string>;
  declarations: UnitDeclarations;
  warningExplanation: string;
  attachments: AttachmentItem[];
  verdict: Verdict;
  comments: FieldComment[];
  returnReason: string | null;
  today: string;
};

export type SaveStepAction = (input: { applicationId: string; step: string; data: unknown }) => Promise<ActionResult<{ savedAt: Date }>>;
export type SubmitAction = (input: { applicationId: string; commitment: boolean; warningExplanation?: string }) => Promise<ActionResult<{ version: number }>>;

/** What the wizard gives the active step: how to save it, and how to move elsewhere. */
export type StepContext = {
  applicationId: string;
  /** The active step registers its save (validate, then the action); true when saved. */
  setSaver: (saver: (() => Promise<boolean>) | null) => void;
  save: SaveStepAction;
  onSaved: (savedAt: Date) => void;
  onError: (message: string | null) => void;
  goTo: (step: FormStep, field?: string | null) => void;
  /** Comments on the fields of this step, by form field ("" = the step as a whole). */
  comments: Record<string, string[]>;
};
