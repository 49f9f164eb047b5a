import type { DistrictProps } from '../../types.ts';
import type { Look } from '../../look/districtLook.ts';
import { sideOf } from '../../look/palette.ts';

/** Tooltip content: Arabic name (right to left), English name, who holds it on the shown day, and how sure. */
export function tooltipFor(props: DistrictProps, look: Look | undefined): HTMLElement {
  const box = document.createElement('div');
  box.className = 'district-tooltip';
  const ar = box.appendChild(document.createElement('div'));
  ar.className = 'district-tooltip__ar';
  ar.dir = 'rtl';
  ar.lang = 'ar';
  ar.textContent = props.name_ar;
  const en = box.appendChild(document.createElement('div'));
  en.className = 'district-tooltip__en';
  en.textContent = props.name_en;
  const side = box.appendChild(document.createElement('div'));
  side.className = 'district-tooltip__side';
  const marks = [
    look?.texture === 'stipple' ? 'not reported since the baseline' : null,
    look?.texture === 'transition' && look.to ? `changing hands to ${sideOf(look.to).en} (date known only as a window)` : null,
    look?.hatch === 'contested' && look.state !== 'contested' ? 'disputed' : null,
    look?.hatch === 'claim' ? 'one side’s claim' : null,
    look?.age === 'aging' ? 'last report a few days old' : null,
    look?.stale ? 'no recent report' : null,
    look?.changed ? (look.windowed ? 'changed hands by this day' : 'changed this day') : null,
  ].filter(Boolean);
  side.textContent = sideOf(look?.state ?? 'unknown').en + (marks.length ? ` · ${marks.join(' · ')}` : '');
  return box;
}

/** Hover outlines a district: only its border changes; the fill stays the day's. */
export const HOVER_OUTLINE = { color: '#1b1b1b', weight: 2.5, opacity: 1 };
