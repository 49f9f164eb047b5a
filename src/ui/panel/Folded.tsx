import { useState, type ReactNode } from 'react';

/** A <details> whose content is only built once it is opened (a day's many citations cost nothing folded). */
export function Folded({ summary, className, children }: { summary: ReactNode; className?: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children()}
    </details>
  );
}
