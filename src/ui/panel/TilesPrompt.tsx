/** The host a tile template would send the reader's browser to. */
export function tileHost(url: string): string {
  try {
    return new URL(url.replace(/\{[a-z]\}/g, '0')).host;
  } catch {
    return url;
  }
}

/**
 * A shared link may name its own tile server (?tiles=<template>). Loading it would send every
 * reader's browser to that host, so the map keeps its own basemap until the reader says yes.
 */
export function TilesPrompt({ url, onAccept, onRefuse }: { url: string; onAccept: (url: string) => void; onRefuse: () => void }) {
  return (
    <section className="tiles-prompt" aria-labelledby="tiles-prompt-text" data-testid="tiles-prompt">
      <p id="tiles-prompt-text">
        This link asks to draw the map over tiles from <strong>{tileHost(url)}</strong>. Your browser would fetch them from that server. Load them?
      </p>
      <button type="button" onClick={() => onAccept(url)}>
        Load tiles from {tileHost(url)}
      </button>{' '}
      <button type="button" onClick={onRefuse}>
        Keep the usual basemap
      </button>
    </section>
  );
}
