/** The view: everything about what the user sees that is not the data. One reducer changes it. */
import type { RelationType, Status } from '../../graph-data/schema.ts';

export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

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
}

export interface ViewState {
  selection: Selection;
  /** The article reader: which article, and the sentence to scroll to and highlight. */
  reader: { article: string; sentence: number | null } | null;
  filters: Filters;
  layout: LayoutName;
  /** A node or edge under the pointer or keyboard focus; its neighbourhood is highlighted. */
  hover: Selection;
  /** The relation table instead of the graph. */
  table: boolean;
}

export const DEFAULT_FILTERS: Filters = { hiddenTypes: [], hiddenStatuses: [], hiddenArticles: [], from: null, to: null };

export const DEFAULT_VIEW: ViewState = {
  selection: null,
  reader: null,
  filters: DEFAULT_FILTERS,
  layout: 'fcose',
  hover: null,
  table: false,
};

export type Action =
  | { type: 'select'; selection: Selection }
  | { type: 'hover'; target: Selection }
  | { type: 'open-reader'; article: string; sentence: number | null }
  | { type: 'close-reader' }
  | { type: 'toggle-type'; relation: RelationType }
  | { type: 'toggle-status'; status: Status }
  | { type: 'toggle-article'; article: string }
  | { type: 'set-dates'; from: string | null; to: string | null }
  | { type: 'set-layout'; layout: LayoutName }
  | { type: 'show-table'; table: boolean }
  | { type: 'reset' }
  | { type: 'replace'; view: ViewState };

const sameSelection = (a: Selection, b: Selection): boolean => a?.kind === b?.kind && a?.key === b?.key;

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item].sort();
}

/** The only way the view changes. Pure: the same state and action give the same state. */
export function reduce(state: ViewState, action: Action): ViewState {
  const f = state.filters;
  switch (action.type) {
    case 'select':
      // A different selection closes the reader, which would otherwise cover its panel. Here and
      // not in the sidebar, so one click is one change (and one history entry), and a restored
      // view that has both a selection and an open article keeps both.
      return sameSelection(state.selection, action.selection)
        ? { ...state, selection: action.selection }
        : { ...state, selection: action.selection, reader: null };
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
    case 'set-layout':
      return { ...state, layout: action.layout };
    case 'show-table':
      return { ...state, table: action.table };
    case 'reset':
      return { ...DEFAULT_VIEW, layout: state.layout, table: state.table };
    case 'replace':
      return action.view;
  }
}
