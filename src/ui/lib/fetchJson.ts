/** A missing file: the server answered 404, or sent its index page instead of the file. */
export class MissingFile extends Error {}

export async function fetchJson(url: URL, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`Could not fetch ${url.pathname}: ${(error as Error).message}`);
  }
  if (response.status === 404) throw new MissingFile(`Could not fetch ${url.pathname}: HTTP 404`);
  if (!response.ok) throw new Error(`Could not fetch ${url.pathname}: HTTP ${response.status}`);
  // A dev or preview server answers a missing file with the app's own index.html.
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new MissingFile(`${url.pathname} was not found (the server sent a web page instead)`);
  }
  try {
    return await response.json();
  } catch {
    throw new Error(`${url.pathname} is not valid JSON`);
  }
}

/**
 * An optional file: null when it is missing or unreadable, so the map works without it.
 * A problem other than absence is logged as a warning.
 */
export async function fetchOptional<T>(url: URL, signal: AbortSignal, check: (value: unknown) => T | Promise<T>): Promise<T | null> {
  try {
    return await check(await fetchJson(url, signal));
  } catch (error) {
    if (signal.aborted) throw error;
    if (!(error instanceof MissingFile)) console.warn(`${(error as Error).message}; the map goes on without it`);
    return null;
  }
}
