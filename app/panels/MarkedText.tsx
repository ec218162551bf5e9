import { Fragment } from 'react';
import type { Evidence } from '../../graph-data/schema.ts';
import { splitMarks } from '../model/marks.ts';
import type { MarkRole } from '../model/marks.ts';

const ROLE_TITLES: Record<MarkRole, string> = {
  source: 'source actor',
  target: 'target actor',
  trigger: 'the words that state the relation',
};

/** A sentence with its marks highlighted; every run is a React text node, so nothing is parsed as HTML. */
export function MarkedText({ text, marks }: { text: string; marks: Evidence['marks'] }) {
  return (
    <>
      {splitMarks(text, marks).map((s, i) =>
        s.roles.length === 0 ? (
          <Fragment key={i}>{s.text}</Fragment>
        ) : (
          <mark
            key={i}
            className={s.roles.map((r) => `mark-${r}`).join(' ')}
            title={s.roles.map((r) => ROLE_TITLES[r]).join(', ')}
          >
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
