import { useState } from 'react';
import { copyText } from '../lib/citation.ts';

/** "Copy citation": puts the text made on click on the clipboard and says so for a moment. */
export function CopyButton({ text, label = 'Copy citation', testId = 'copy-citation' }: { text: () => string; label?: string; testId?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="copy-button"
      data-testid={testId}
      onClick={async () => {
        await copyText(text());
        setCopied(true);
        setTimeout(() => setCopied(false), 1800);
      }}
    >
      {copied ? 'Copied' : label}
      <span className="visually-hidden" aria-live="polite">
        {copied ? ' — the citation is on the clipboard' : ''}
      </span>
    </button>
  );
}
