/** An article's stored text as paragraphs, with its relation sentences as buttons into the graph. */
import { Fragment, useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { headlineText } from '../model/phrases.ts';
import { articleSpans, findSentence, matches, readerParagraphs, type SentenceSpan } from '../model/texts.ts';
import { useView } from '../state/provider.tsx';
import type { ViewState } from '../state/view.ts';
import type { PanelData } from './data.ts';
import { useGo } from './nav.ts';

type Reader = NonNullable<ViewState['reader']>;

/** The text, scrolled so the chosen sentence sits mid-panel, focused; or why it cannot be shown. */
export function ReaderText({ data, reader, text }: { data: PanelData; reader: Reader; text: string | undefined }) {
  const body = useRef<HTMLDivElement>(null);
  const spans = useMemo(() => (text === undefined ? [] : readerSpans(data, reader, text)), [data, reader, text]);
  useLayoutEffect(() => {
    const chosen = body.current?.querySelector<HTMLElement>('.reader-chosen');
    chosen?.scrollIntoView({ block: 'center' });
    chosen?.focus({ preventScroll: true });
  }, [reader.article, reader.sentence, text]);
  if (text === undefined) return <p role="alert">The texts file has no article “{reader.article}”.</p>;
  const problem = sentenceProblem(data, reader, text);
  return (
    <>
      {problem && (
        <p className="load-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="reader-text" ref={body}>
        {readerParagraphs(text, spans).map((p) => (
          <p key={p.start}>
            {p.runs.map((r) =>
              r.span ? (
                <SentenceMark key={r.start} text={r.text} span={r.span} chosen={r.span.sentence === reader.sentence} data={data} />
              ) : (
                <Fragment key={r.start}>{r.text}</Fragment>
              ),
            )}
          </p>
        ))}
      </div>
    </>
  );
}

/** The sentences the filters show, plus the chosen one even if they hide it: it was asked for. */
function readerSpans(data: PanelData, reader: Reader, text: string): SentenceSpan[] {
  const spans = articleSpans(data.shown, reader.article, text);
  if (reader.sentence === null || spans.some((s) => s.sentence === reader.sentence)) return spans;
  const chosen = articleSpans(data.all, reader.article, text).find((s) => s.sentence === reader.sentence);
  return chosen ? [...spans, chosen].sort((a, b) => a.start - b.start) : spans;
}

function sentenceProblem(data: PanelData, reader: Reader, text: string): string | null {
  if (reader.sentence === null) return null;
  const evidence = findSentence(data.all, reader.article, reader.sentence);
  if (!evidence) return `Sentence ${reader.sentence + 1} of this article is not cited in the graph.`;
  if (!matches(evidence, text)) return 'The stored text does not match the graph: rebuild both with npm run build:graph.';
  return null;
}

/** A relation sentence: Enter, Space or a click opens its edge (the next one, if it carries several). */
function SentenceMark({ text, span, chosen, data }: { text: string; span: SentenceSpan; chosen: boolean; data: PanelData }) {
  const go = useGo();
  const { view } = useView();
  const edges = span.edges.map((k) => data.all.find((e) => e.key === k)).filter((e) => e !== undefined);
  const current = view.selection?.kind === 'edge' ? span.edges.indexOf(view.selection.key) : -1;
  const next = span.edges[(current + 1) % span.edges.length]!;
  const open = () => go([{ type: 'select', selection: { kind: 'edge', key: next } }, { type: 'close-reader' }]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    open();
  };
  return (
    <mark
      role="button"
      tabIndex={0}
      className={chosen ? 'reader-sentence reader-chosen' : 'reader-sentence'}
      aria-current={chosen ? 'true' : undefined}
      data-sentence={span.sentence}
      data-edges={span.edges.join(' ')}
      title={`${edges.map(headlineText).join('; ')} — open the evidence`}
      onClick={open}
      onKeyDown={onKeyDown}
    >
      {text}
    </mark>
  );
}
