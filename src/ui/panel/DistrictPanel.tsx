import type { ControlState, DistrictDay, IsoDate } from '../../types.ts';
import type { DistrictProps } from '../../types.ts';
import type { EvidenceIndex } from '../hooks/useEvidence.ts';
import { eventIdOf } from '../lib/appData.ts';
import { formatDateEn } from '../../look/dates.ts';
import { sideOf } from '../../look/palette.ts';
import { certaintyWords, windowPhrase } from '../../look/words.ts';
import type { ReactNode } from 'react';
import { ControlStrip } from './ControlStrip.tsx';
import { EvidenceCard } from './EvidenceCard.tsx';
import { Folded } from './Folded.tsx';

export interface DistrictPanelProps {
  district: DistrictProps;
  variants: readonly string[];
  state: ControlState;
  detail: DistrictDay | undefined;
  strip: readonly ControlState[];
  dates: readonly IsoDate[];
  index: number;
  evidence: EvidenceIndex;
  onPickDay: (i: number) => void;
  onClose: () => void;
  /** The baseline every district starts from (its day, source and this district's confidence). */
  baseline?: { date: IsoDate; source?: string; confidence?: string } | null;
  /** Citation tools for a report (Copy citation), shown on each evidence card. */
  cite?: (eventId: string) => ReactNode;
}

const isArabic = (s: string) => /[\u0600-\u06FF]/.test(s);

function Citations({ ids, evidence, cite }: { ids: readonly string[]; evidence: EvidenceIndex; cite?: (id: string) => ReactNode }) {
  return (
    <>
      {ids.map((id) => {
        const event = evidence.event(id);
        return event ? <EvidenceCard key={id} id={id} event={event} article={evidence.article(event.article)} tools={cite?.(id)} /> : null;
      })}
    </>
  );
}

/** Why a district has its colour on the shown day: its names, its control over time, the reports. */
export function DistrictPanel(props: DistrictPanelProps) {
  const { district, variants, state, detail, strip, dates, index, evidence, onPickDay, onClose, baseline, cite } = props;
  const date = dates[index]!;
  const behind = detail?.events ?? [];
  const against = (detail as (DistrictDay & { disputed_by?: string[] }) | undefined)?.disputed_by ?? [];
  const cited = new Set([...behind, ...against]);
  const others = evidence.ofDistrict(district.id).filter((e) => !cited.has(eventIdOf(e)));
  const rests = detail ? certaintyWords(detail, baseline ?? null) : null;
  const notes = [
    detail?.certainty === 'window'
      ? null
      : detail?.window && detail.since === detail.window.to
        ? `since a change ${windowPhrase(detail.window)}`
        : detail?.since
          ? `since ${formatDateEn(detail.since)}`
          : 'since before 15 November',
    rests,
    detail?.claimed_by ? `only ${detail.claimed_by === 'neutral' ? 'neutral' : `${detail.claimed_by} media`} say so` : null,
    detail?.disputed ? 'a later report says otherwise' : null,
    detail?.partial ? 'reports say only part of it' : null,
  ].filter(Boolean);

  return (
    <section className="district" data-testid="district-panel" data-id={district.id} aria-labelledby="district-title">
      <div className="district__head">
        <h2 id="district-title" className="district__title">
          <span className="district__en">{district.name_en}</span>{' '}
          <span className="district__ar" lang="ar" dir="rtl">
            {district.name_ar}
          </span>
        </h2>
        <button type="button" className="district__close" onClick={onClose} aria-label={`Close ${district.name_en}`}>
          ×
        </button>
      </div>
      {variants.length > 0 && (
        <p className="district__variants">
          Also written:{' '}
          {variants.some(isArabic) && (
            <span lang="ar" dir="rtl">
              {variants.filter(isArabic).join('، ')}
            </span>
          )}
          {variants.some(isArabic) && variants.some((v) => !isArabic(v)) && ' · '}
          {variants.filter((v) => !isArabic(v)).join(', ')}
        </p>
      )}
      <p className="district__state" data-testid="district-state" data-controller={state} data-certainty={detail?.certainty}>
        <span className="district__dot" style={{ background: sideOf(state).color }} aria-hidden="true" />
        <strong>{sideOf(state).en}</strong> on {formatDateEn(date)} {notes.length > 0 && <span className="district__notes">— {notes.join('; ')}</span>}
      </p>
      <ControlStrip strip={strip} dates={dates} index={index} onPick={onPickDay} />
      <h3 className="panel__subheading">Why this colour</h3>
      {behind.length === 0 ? (
        <p className="panel__none">No report behind this colour: it is the control at the start (15 November), carried forward.</p>
      ) : (
        <Citations ids={[...behind].reverse()} evidence={evidence} cite={cite} />
      )}
      {against.length > 0 && (
        <>
          <h3 className="panel__subheading">Says otherwise</h3>
          <Citations ids={against} evidence={evidence} cite={cite} />
        </>
      )}
      {others.length > 0 && (
        <Folded className="district__others" summary={`Other reports on ${district.name_en} (${others.length})`}>
          {() =>
            [...others]
              .reverse()
              .map((e) => <EvidenceCard key={eventIdOf(e)} id={eventIdOf(e)} event={e} article={evidence.article(e.article)} tools={cite?.(eventIdOf(e))} />)
          }
        </Folded>
      )}
    </section>
  );
}
