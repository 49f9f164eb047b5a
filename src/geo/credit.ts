// Who drew the boundaries. The district FeatureCollection carries it as a foreign member, `credit`
// (RFC 7946 §6.1), so the map's attribution and every export name the source of the shapes they
// draw: CSR for ours, the file's name for boundaries a user brings.

export const CSR_CREDIT = 'Boundaries: CSR © 2019 Columbia Center for Spatial Research (MIT)';

/** The credit line a district collection states, or a plain notice when it states none. */
export function boundaryCredit(districts: object): string {
  const credit = (districts as { credit?: unknown }).credit;
  return typeof credit === 'string' && credit.trim() !== '' ? credit : 'Boundaries: source not stated';
}

/** The credit for boundaries loaded from a user's file. */
export const userCredit = (file: string): string => `Boundaries: ${file} (supplied by the user)`;
