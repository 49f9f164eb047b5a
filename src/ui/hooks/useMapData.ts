import { useEffect, useState } from 'react';
import { loadData, type MapData } from '../lib/loadData.ts';

export type DataState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: MapData };

/** Loads districts and timeline once; aborts the requests if the page unmounts first. */
export function useMapData(base: string): DataState {
  const [state, setState] = useState<DataState>({ status: 'loading' });

  useEffect(
    function fetchMapData() {
      const controller = new AbortController();
      loadData(base, controller.signal).then(
        (data) => setState({ status: 'ready', data }),
        (error: Error) => {
          if (!controller.signal.aborted) setState({ status: 'error', message: error.message });
        },
      );
      return function abortFetch() {
        controller.abort();
      };
    },
    [base],
  );

  return state;
}
