import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { checkFields, guessLanguage, reportFromFields, type FieldErrors, type ReadyReport, type ReportFields } from './validate.ts';

const EMPTY: ReportFields = { text: '', published: '', outlet: '', address: '', headline: '', language: 'ar' };

export interface AddReportFormProps {
  /** Adds a read report; 'duplicate' when it is already there. */
  onAdd(report: ReadyReport): 'added' | 'duplicate';
  /** Dropped or chosen files: those with front matter are added; one without fills the form. */
  onFiles(files: { name: string; bytes: Uint8Array }[]): Promise<{ added: number; errors: string[]; text: string | null }>;
  onAdded(id: string): void;
  onClose(): void;
}

/**
 * Add reports: paste a report (text, day, outlet, optional address and headline; the language is
 * guessed from the text) or drop .md / .txt files. Each problem is shown next to its field; the
 * form keeps what was typed until the report is added.
 */
export function AddReportForm({ onAdd, onFiles, onAdded, onClose }: AddReportFormProps) {
  const id = useId();
  const [f, setF] = useState<ReportFields>(EMPTY);
  const [chosenLanguage, setChosenLanguage] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [note, setNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const set = (field: keyof ReportFields, value: string) => {
    setF((old) => {
      const next = { ...old, [field]: value };
      if (field === 'text' && !chosenLanguage) next.language = guessLanguage(value);
      return next;
    });
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setNote(null);
    const ready = reportFromFields(f);
    if (!('article' in ready)) {
      setErrors(ready as FieldErrors);
      return;
    }
    if (onAdd(ready as ReadyReport) === 'duplicate') {
      setErrors({ text: 'This report is already added (the same text and day).' });
      return;
    }
    setF(EMPTY);
    setChosenLanguage(false);
    setErrors({});
    onAdded((ready as ReadyReport).article.id);
  };

  const takeFiles = async (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = await Promise.all([...list].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
    const out = await onFiles(files);
    const lines = [...(out.added > 0 ? [`${out.added} report${out.added === 1 ? '' : 's'} added.`] : []), ...out.errors];
    setErrors((e) => ({ ...e, file: out.errors.length > 0 ? out.errors.join('\n') : undefined }));
    setNote(out.added > 0 ? lines[0]! : null);
    if (out.text !== null) {
      set('text', out.text);
      setErrors((e) => ({ ...e, ...(checkFields({ ...f, text: out.text! }).text ? { text: checkFields({ ...f, text: out.text! }).text } : {}) }));
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    void takeFiles(e.dataTransfer.files);
  };

  const field = (
    name: keyof ReportFields,
    label: string,
    input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => React.ReactNode,
    hint?: string,
  ) => (
    <div className="report-form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {hint && <span className="report-form__hint">{hint}</span>}
      {input({ id: `${id}-${name}`, 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${id}-${name}-error` : undefined })}
      {errors[name] && (
        <p className="field-error" id={`${id}-${name}-error`} data-testid={`error-${name}`}>
          {errors[name]}
        </p>
      )}
    </div>
  );

  return (
    <form
      className="report-form"
      onSubmit={submit}
      aria-label="Add a report"
      noValidate
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {field('text', 'Report text', (p) => (
        <textarea {...p} rows={8} dir="auto" lang={f.language} value={f.text} onChange={(e) => set('text', e.target.value)} />
      ))}
      <div className="report-form__row">
        {field('published', 'Published', (p) => (
          <input {...p} type="date" value={f.published} onChange={(e) => set('published', e.target.value)} />
        ))}
        {field('outlet', 'Outlet', (p) => (
          <input {...p} type="text" value={f.outlet} onChange={(e) => set('outlet', e.target.value)} />
        ))}
      </div>
      {field('address', 'Address', (p) => (
        <input {...p} type="text" inputMode="url" placeholder="https://… (optional)" value={f.address} onChange={(e) => set('address', e.target.value)} />
      ))}
      {field('headline', 'Headline', (p) => (
        <input {...p} type="text" dir="auto" placeholder="(optional)" value={f.headline} onChange={(e) => set('headline', e.target.value)} />
      ))}
      <fieldset className="report-form__language">
        <legend>Language {chosenLanguage ? '' : '(guessed from the text)'}</legend>
        {(['ar', 'en'] as const).map((lang) => (
          <label key={lang}>
            <input
              type="radio"
              name={`${id}-language`}
              value={lang}
              checked={f.language === lang}
              onChange={() => {
                setChosenLanguage(true);
                setF((old) => ({ ...old, language: lang }));
              }}
            />{' '}
            {lang === 'ar' ? 'Arabic' : 'English'}
          </label>
        ))}
      </fieldset>
      <div className={`report-form__drop${dragging ? ' report-form__drop--over' : ''}`}>
        <label htmlFor={`${id}-files`}>Or drop .md / .txt files here, or choose them</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          accept=".md,.txt,text/markdown,text/plain"
          aria-describedby={errors.file ? `${id}-file-error` : undefined}
          onChange={(e) => void takeFiles(e.target.files)}
        />
        {errors.file && (
          <p className="field-error" id={`${id}-file-error`} data-testid="error-file">
            {errors.file}
          </p>
        )}
      </div>
      {note && (
        <p className="report-form__note" role="status">
          {note}
        </p>
      )}
      <div className="report-form__actions">
        <button type="submit">Read</button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
