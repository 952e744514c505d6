import type { Metadata } from "next";
import { requireArea } from "@/lib/server/auth/session";
import { messages } from "@/lib/i18n/messages.zh-CN";
import { ProgrammeDashboardPage } from "@/app/(portal)/_shared/programme-dashboard";
import { TargetForm } from "@/components/dashboard/target-form";
import { updateProgrammeTargetAction } from "./actions";

export const metadata: Metadata = { title: messages.dashboard.title };

export default async function BureauDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("bureau", "/bureau/dashboard");
  return (
    <ProgrammeDashboardPage
      user={user}
      area="bureau"
      searchParams={await searchParams}
      targetForm={({ year, current }) => <TargetForm key={year} year={year} current={current} action={updateProgrammeTargetAction} />}
    />
  );
}
