/** Loading and error states, shown in place of the map. */
export function StatusBox({ kind, message }: { kind: 'loading' | 'error'; message: string }) {
  return (
    <div className={`status status--${kind}`} data-testid={kind} role={kind === 'error' ? 'alert' : 'status'}>
      {kind === 'error' && <strong className="status__title">The map data could not be loaded.</strong>}
      <span className="status__message">{message}</span>
      {kind === 'error' && (
        <span className="status__hint">
          The files under <code>data/</code> are generated: run <code>npm run pipeline</code>, then reload.
        </span>
      )}
    </div>
  );
}
