/**
 * Cytoscape's renderer puts a <style> element in <head> (to make its container position:relative)
 * unless an element with this id is already there. The CSP forbids inline styles, so that element
 * would be blocked and reported; a placeholder with the id stops it, and shell.css sets the rule.
 */
const CYTOSCAPE_STYLE_ID = '__________cytoscape_stylesheet';

/** Adds the placeholder once; call before the first cytoscape() with a container. */
export function preemptCytoscapeStyle(doc: Document = document): void {
  if (doc.getElementById(CYTOSCAPE_STYLE_ID)) return;
  const placeholder = doc.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLE_ID;
  placeholder.name = 'dyad-note';
  placeholder.content = 'cytoscape container style lives in shell.css';
  doc.head.append(placeholder);
}
