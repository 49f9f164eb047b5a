import data from './sources.json' with { type: 'json' };
import type { ControlEvent, SourceSide } from '../types.ts';

/** A source's side, or `unknown` when neither the outlet nor the attribution tells. */
export type Voice = SourceSide | 'unknown';

/**
 * How much a report can carry, from who speaks and what they say:
 * - admission: a side's own media reporting something unfavourable to that side;
 * - neutral: a monitor or wire (or an outlet of unknown side: it is not known to favour anyone);
 * - claim: a side's own media reporting what favours it (its capture, its hold, fighting it started).
 */
export type Standing = 'admission' | 'neutral' | 'claim';

const OUTLETS = data.outlets.map((o) => ({ side: o.side as SourceSide, pattern: new RegExp(o.pattern, 'iu') }));
const ATTRIBUTIONS = data.attributions as Record<string, SourceSide | 'outlet'>;

/** The side of an outlet, from the `source` of its article. */
export function outletSide(source: string): Voice {
  return OUTLETS.find((o) => o.pattern.test(source))?.side ?? 'unknown';
}

/** Whose voice a report is: the attributed source's side when the report names one, else the outlet's. */
export function voiceOf(event: Pick<ControlEvent, 'attribution'>, outlet: Voice): Voice {
  const side = event.attribution ? ATTRIBUTIONS[event.attribution] : undefined;
  if (event.attribution && side === undefined) {
    throw new Error(`sources.json: attribution "${event.attribution}" has no side; add it to "attributions"`);
  }
  return side === undefined || side === 'outlet' ? outlet : side;
}

/** Whether a voice speaks for itself (`claim`), against itself (`admission`) or for nobody (`neutral`). */
export function standingOf(event: Pick<ControlEvent, 'controller'>, voice: Voice): Standing {
  if (voice === 'neutral' || voice === 'unknown') return 'neutral';
  return event.controller === voice || event.controller === 'contested' ? 'claim' : 'admission';
}
