/** Notices about restored views: what was left out, or why a link or file was refused. Text only. */
import type { Notice } from '../state/notices.ts';
import './share.css';

/** Each notice as an alert with its own Dismiss button; nothing when there are none. */
export function Notices({ notices, dismiss }: { notices: Notice[]; dismiss: (id: number) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          {/* Text, never markup: a notice may quote an id or a file name from a hostile link. */}
          <p>{n.text}</p>
          <button type="button" onClick={() => dismiss(n.id)}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
