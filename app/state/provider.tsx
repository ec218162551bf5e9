/** A thin provider: the view state and its dispatch, for any component below it. */
import { createContext, type Dispatch, type ReactNode, useContext, useReducer } from 'react';
import { type Action, DEFAULT_VIEW, reduce, type ViewState } from './view.ts';

const ViewContext = createContext<{ view: ViewState; dispatch: Dispatch<Action> } | null>(null);

/** Holds the view state; `initial` lets a snapshot or a test start elsewhere than the default. */
export function ViewProvider({ children, initial = DEFAULT_VIEW }: { children: ReactNode; initial?: ViewState }) {
  const [view, dispatch] = useReducer(reduce, initial);
  return <ViewContext.Provider value={{ view, dispatch }}>{children}</ViewContext.Provider>;
}

/** The current view and the dispatch that changes it. */
export function useView(): { view: ViewState; dispatch: Dispatch<Action> } {
  const ctx = useContext(ViewContext);
  if (!ctx) throw new Error('useView must be used inside <ViewProvider>');
  return ctx;
}
