// Node side of the geo build: mapshaper snaps the pieces' vertices, cleans them into a coverage
// and writes each ring from shared arcs, so neighbours carry identical border vertices.
// The CSR polygons leave the streets between neighbourhoods open (15–30 m), and these gaps all
// connect to the city's edge: `close-outer-gaps` is what fills them (each strip goes to one of
// its neighbours); `gap-width` bounds the cracks closed at the edge and the holes filled inside.
import mapshaper from 'mapshaper';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { CleanCoverage, Piece } from '../../geo/coverage/pieces.ts';

export const GAP_WIDTH = '80m';

export const cleanCoverage: CleanCoverage = async (pieces) => {
  const commands = [
    '-i pieces.json snap',
    `-clean gap-width=${GAP_WIDTH} close-outer-gaps overlap-rule=min-id`,
    '-o cleaned.json format=geojson precision=0.0000001',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, { 'pieces.json': JSON.stringify(pieces) });
  const text = out['cleaned.json'];
  if (text === undefined) throw new Error('cleanCoverage: mapshaper wrote no output');
  const cleaned = JSON.parse(typeof text === 'string' ? text : new TextDecoder().decode(text)) as FeatureCollection<Polygon | MultiPolygon | null, Piece['properties']>;
  return cleaned.features.filter((f): f is Piece => f.geometry !== null);
};
