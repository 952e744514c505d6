export function PageTitle({ title, intro }: { title: string; intro?: string }) {
  return (
    <header className="mb-6 border-b-2 border-brand-600 pb-3">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{title}</h1>
      {intro ? <p className="mt-2 max-w-3xl text-sm leading-6 text-slate-600 sm:text-base">{intro}</p> : null}
    </header>
  );
}
