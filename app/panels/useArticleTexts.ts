/**
 * The article texts, fetched the first time the reader opens: they are the bulk of the data and
 * most visits never open an article, so they stay out of the initial bundle.
 */
import { useEffect, useState } from 'react';
// `no-inline`: a small texts file would otherwise become a data: URL, which connect-src forbids.
import textsUrl from '../../graph-data/graph.articles.json?url&no-inline';
import { parseTexts, type TextsResult } from '../model/texts.ts';

let cached: Promise<TextsResult> | null = null;
/** The texts once fetched, so a second opening renders at once instead of flashing "Loading". */
let loaded: TextsResult | null = null;

async function fetchTexts(): Promise<TextsResult> {
  try {
    const response = await fetch(textsUrl);
    if (!response.ok) return { ok: false, problem: `the server answered ${response.status} for ${textsUrl}` };
    // Awaited here, so that a chunk that fails to load is caught below like a failed fetch.
    return await parseTexts(await response.json());
  } catch (e) {
    return { ok: false, problem: `${textsUrl} could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** One fetch for the page's lifetime; a failure is not kept, so "Try again" fetches anew. */
export function loadArticleTexts(): Promise<TextsResult> {
  cached ??= fetchTexts().then((result) => {
    if (result.ok) loaded = result;
    else cached = null;
    return result;
  });
  return cached;
}

/** The texts once loaded (null while loading); `retry` starts a new fetch after a failure. */
export function useArticleTexts(): { result: TextsResult | null; retry: () => void } {
  const [result, setResult] = useState<TextsResult | null>(loaded);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void loadArticleTexts().then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    result,
    retry: () => {
      setResult(null);
      setAttempt((n) => n + 1);
    },
  };
}
