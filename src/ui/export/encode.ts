import { withDpi } from '../../export/png-dpi.ts';

/** A canvas as PNG bytes, with its density written in (300 for print formats). */
export async function canvasPng(canvas: HTMLCanvasElement, dpi: number): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
  if (!blob) throw new Error('The browser could not encode the PNG (the image may be too large for it)');
  return withDpi(new Uint8Array(await blob.arrayBuffer()), dpi);
}

/** Lets the page paint (progress bar) and react (Cancel) between two pieces of work. */
export function yieldToPage(): Promise<void> {
  return new Promise((done) => setTimeout(done, 0));
}

export function checkAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException('Export cancelled', 'AbortError');
}

const START_POLL_MS = 100;
const START_TIMEOUT_MS = 20_000;

/** A WebM type this browser can record, VP9 first. */
export function webmType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null;
  return ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm'].find((t) => MediaRecorder.isTypeSupported(t)) ?? null;
}

/**
 * Records a canvas as WebM while `play` draws the frames and calls `frame()` after each.
 * MediaRecorder records in real time, so `play` holds each frame for its duration; the video then
 * plays at the chosen speed. The recorder starts only once a first frame reaches it, and frames it
 * gets before then are lost (on a busy machine, all of a short video's): the first `frame()`
 * offers the first picture again until the recorder has started.
 */
export async function recordWebm(canvas: HTMLCanvasElement, play: (frame: () => Promise<void>) => Promise<void>, signal: AbortSignal): Promise<Blob> {
  const type = webmType();
  if (!type) throw new Error('This browser cannot record WebM video (no MediaRecorder with WebM); export a GIF instead');
  const stream = canvas.captureStream(0);
  const track = stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
  const recorder = new MediaRecorder(stream, { mimeType: type, videoBitsPerSecond: 4_000_000 });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
  const stopped = new Promise<void>((done) => (recorder.onstop = () => done()));
  let started = false;
  let failed: Error | null = null;
  recorder.onstart = () => (started = true);
  recorder.onerror = () => (failed = new Error('The browser stopped recording the WebM video'));
  const frame = async () => {
    track.requestFrame();
    for (let waited = 0; !started && !failed; waited += START_POLL_MS) {
      if (waited >= START_TIMEOUT_MS) throw new Error(`The browser did not start recording the WebM video within ${START_TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, START_POLL_MS));
      track.requestFrame();
    }
    if (failed) throw failed;
  };
  recorder.start();
  try {
    await play(frame);
  } finally {
    if (recorder.state !== 'inactive') recorder.stop(); // after an error it has stopped itself
    await stopped;
    track.stop();
  }
  checkAborted(signal);
  return new Blob(chunks, { type: 'video/webm' });
}
