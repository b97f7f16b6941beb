import type { ReactNode } from 'react';

export function AdminPageHeader({ title, description, actions }: { title: ReactNode; description?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="mb-5 flex flex-wrap items-start justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {description && <p className="max-w-3xl text-sm text-muted">{description}</p>}
      </div>
      {actions}
    </header>
  );
}

export function Forbidden({ message }: { message: string }) {
  return (
    <p role="alert" className="rounded-lg border border-by/30 bg-by-soft p-6 text-center">
      {message}
    </p>
  );
}
