import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportData } from '../../export/data.ts';
import type { TimelineMode } from '../../types.ts';
import type { MapData } from '../lib/loadData.ts';
import { loadExportData } from './loadExportData.ts';
import { runExport, type ExportRequest, type ExportResult } from './runExport.ts';

export type ExportState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number; label: string }
  | { status: 'done'; result: ExportResult }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

function download(result: ExportResult): void {
  const url = URL.createObjectURL(result.blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = result.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Runs one export at a time, with progress and cancel; loads the extra data files on first use. */
export function useExporter(map: MapData, base: string, mode: TimelineMode) {
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const data = useRef<{ mode: TimelineMode; promise: Promise<ExportData> } | null>(null);

  useEffect(function abortOnUnmount() {
    return function abortExport() {
      abort.current?.abort();
    };
  }, []);

  const start = useCallback(
    async (req: ExportRequest) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      setState({ status: 'running', done: 0, total: req.dates.length, label: 'Preparing…' });
      try {
        if (data.current?.mode !== mode) {
          const promise = loadExportData(base, map, mode, controller.signal).catch((e) => {
            data.current = null;
            throw e;
          });
          data.current = { mode, promise };
        }
        const result = await runExport(
          req,
          await data.current.promise,
          (done, total, label) => setState({ status: 'running', done, total, label }),
          controller.signal,
        );
        if (controller.signal.aborted) return setState({ status: 'cancelled' });
        download(result);
        setState({ status: 'done', result });
      } catch (e) {
        if (controller.signal.aborted || (e as Error).name === 'AbortError') setState({ status: 'cancelled' });
        else setState({ status: 'error', message: (e as Error).message });
      }
    },
    [base, map, mode],
  );

  const cancel = useCallback(() => abort.current?.abort(), []);
  return { state, start, cancel };
}
