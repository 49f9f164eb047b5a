// Moved to src/geometry/round.ts (frontline/ and geo/ both round to one grid); kept for geo/'s imports.
export { PRECISION, roundCoord, roundPosition, roundGeometry } from '../geometry/round.ts';
