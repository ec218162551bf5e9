/** The view: everything about what the user sees that is not the data. One reducer changes it. */
import type { RelationType, Status } from '../../graph-data/schema.ts';

export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

/** What the main area shows: the graph, the relation table, or the outlets-by-relations matrix. */
export const MODES = ['graph', 'table', 'matrix'] as const;
export type ViewMode = (typeof MODES)[number];

/** What is selected: an edge (by its stable key) or a node (by its id). */
export type Selection = { kind: 'edge'; key: string } | { kind: 'node'; key: string } | null;

/** Filters hide; an empty list hides nothing, so the default view needs no list of everything. */
export interface Filters {
  hiddenTypes: RelationType[];
  hiddenStatuses: Status[];
  hiddenArticles: string[];
  /** Inclusive "YYYY-MM-DD" bounds on the event date; evidence with no date is hidden while set. */
  from: string | null;
  to: string | null;
  /**
   * "As reported by" this "YYYY-MM-DD": only evidence from articles published on or before it.
   * Articles with no publication date are hidden while it is set: nothing says they were out yet.
   */
  reportedBy: string | null;
}

export interface ViewState {
  selection: Selection;
  /** Only the selected edge's sentences from this outlet (a matrix column key, see model/outlets.ts). */
  outlet: string | null;
  /** The article reader: which article, and the sentence to scroll to and highlight. */
  reader: { article: string; sentence: number | null } | null;
  filters: Filters;
  layout: LayoutName;
  /** A node or edge under the pointer or keyboard focus; its neighbourhood is highlighted. */
  hover: Selection;
  mode: ViewMode;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenTypes: [], hiddenStatuses: [], hiddenArticles: [], from: null, to: null, reportedBy: null,
};

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  outlet: null,
  reader: null,
  filters: DEFAULT_FILTERS,
  layout: 'fcose',
  hover: null,
  mode: 'graph',
};

export type Action =
  | { type: 'select'; selection: Selection; outlet?: string | null }
  | { type: 'set-outlet'; outlet: string | null }
  | { type: 'hover'; target: Selection }
  | { type: 'open-reader'; article: string; sentence: number | null }
  | { type: 'close-reader' }
  | { type: 'toggle-type'; relation: RelationType }
  | { type: 'toggle-status'; status: Status }
  | { type: 'toggle-article'; article: string }
  | { type: 'set-dates'; from: string | null; to: string | null }
  | { type: 'set-reported'; day: string | null }
  | { type: 'set-layout'; layout: LayoutName }
  | { type: 'show'; mode: ViewMode }
  | { type: 'reset' }
  | { type: 'replace'; view: ViewState };

const sameSelection = (a: Selection, b: Selection): boolean => a?.kind === b?.kind && a?.key === b?.key;

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();
}

/** A new selection, or the same one with another outlet: the reader covering the panel closes. */
function select(state: ViewState, selection: Selection, outlet: string | null): ViewState {
  // Here and not in the sidebar, so one click is one change (and one history entry), and a
  // restored view that has both a selection and an open article keeps both.
  const same = sameSelection(state.selection, selection) && state.outlet === outlet;
  // An outlet narrows an edge's sentences; an actor or no selection has none to narrow.
  const kept = selection?.kind === 'edge' ? outlet : null;
  return same ? { ...state, selection, outlet: kept } : { ...state, selection, outlet: kept, reader: null };
}

/** The only way the view changes. Pure: the same state and action give the same state. */
export function reduce(state: ViewState, action: Action): ViewState {
  const f = state.filters;
  switch (action.type) {
    case 'select':
      return select(state, action.selection, action.outlet ?? null);
    case 'set-outlet':
      return select(state, state.selection, action.outlet);
    case 'hover':
      return { ...state, hover: action.target };
    case 'open-reader':
      return { ...state, reader: { article: action.article, sentence: action.sentence } };
    case 'close-reader':
      return { ...state, reader: null };
    case 'toggle-type':
      return { ...state, filters: { ...f, hiddenTypes: toggle(f.hiddenTypes, action.relation) } };
    case 'toggle-status':
      return { ...state, filters: { ...f, hiddenStatuses: toggle(f.hiddenStatuses, action.status) } };
    case 'toggle-article':
      return { ...state, filters: { ...f, hiddenArticles: toggle(f.hiddenArticles, action.article) } };
    case 'set-dates':
      return { ...state, filters: { ...f, from: action.from, to: action.to } };
    case 'set-reported':
      return { ...state, filters: { ...f, reportedBy: action.day } };
    case 'set-layout':
      return { ...state, layout: action.layout };
    case 'show':
      return { ...state, mode: action.mode };
    case 'reset':
      // Which view is shown and how it is laid out are choices of presentation, not of content.
      return { ...DEFAULT_VIEW, layout: state.layout, mode: state.mode };
    case 'replace':
      return action.view;
  }
}
