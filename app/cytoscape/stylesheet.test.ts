import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, STATUSES } from '../../graph-data/schema.ts';
import { NODE_MAX, NODE_MIN } from './sizes.ts';
import { NAME_STEPS, nameFont } from './names.ts';
import { stylesheet } from './stylesheet.ts';
import { FAINT_ALLEGED_OPACITY, KIND_STYLE, RELATION_STYLE, STATUS_STYLE } from './tables.ts';
import { LIGHT, type Theme } from './theme.ts';

const DARK: Theme = { fg: '#e3e8ef', bg: '#121923', muted: '#96a1b1', accent: '#8ab4ff', alleged: '#fdba74' };
const HEX = /^#[0-9a-f]{6}$/;
const rule = (sheet: ReturnType<typeof stylesheet>, selector: string) => {
  const found = sheet.find((r) => r.selector === selector);
  if (!found) throw new Error(`no rule for ${selector}`);
  return 'style' in found ? (found.style as Record<string, unknown>) : (found.css as Record<string, unknown>);
};

/** A headless canvas styled by `sheet`: two actors, and an edge between them per id, with its classes. */
function styled(sheet: ReturnType<typeof stylesheet>, edges: Record<string, string>) {
  return cytoscape({
    headless: true, styleEnabled: true, style: sheet,
    elements: [
      { data: { id: 'a', size: 30 } }, { data: { id: 'b', size: 30 } },
      ...Object.entries(edges).map(([id, classes]) => ({ data: { id, source: 'a', target: 'b', width: 2 }, classes })),
    ],
  });
}

describe('style tables', () => {
  it('give every relation type its own valid colour and a label', () => {
    expect(Object.keys(RELATION_STYLE)).toEqual([...RELATION_TYPES]);
    const colours = RELATION_TYPES.map((t) => RELATION_STYLE[t].colour);
    for (const c of colours) expect(c).toMatch(HEX);
    expect(new Set(colours).size).toBe(colours.length);
    for (const t of RELATION_TYPES) expect(RELATION_STYLE[t].label.length).toBeGreaterThan(0);
  });

  it('give every actor kind a colour, and dash only allegations', () => {
    for (const k of Object.values(KIND_STYLE)) expect(k.colour).toMatch(HEX);
    expect(STATUSES.filter((s) => STATUS_STYLE[s].dashed)).toEqual(['alleged']);
  });
});

describe('stylesheet', () => {
  const sheet = stylesheet(LIGHT);

  it('has one rule per relation type and per kind, coloured from the tables', () => {
    for (const t of RELATION_TYPES) expect(rule(sheet, `edge.type-${t}`)['line-color']).toBe(RELATION_STYLE[t].colour);
    for (const [k, s] of Object.entries(KIND_STYLE)) expect(rule(sheet, `node.kind-${k}`)['background-color']).toBe(s.colour);
  });

  it('draws arrows on directed edges, dashes alleged edges and outlines alleged actors', () => {
    expect(rule(sheet, 'edge.directed')['target-arrow-shape']).toBe('triangle');
    expect(rule(sheet, 'edge.alleged')['line-style']).toBe('dashed');
    expect(rule(sheet, 'node.alleged')['border-style']).toBe('dashed');
  });

  it('hides with visibility, last, so hidden elements keep their place and beat every other rule', () => {
    expect(sheet.at(-1)?.selector).toBe('.hidden');
    expect(rule(sheet, '.hidden')).toEqual({ visibility: 'hidden' });
    expect(JSON.stringify(sheet)).not.toContain('"display"');
  });

  it('sizes from data and fans parallel edges out as separate bezier curves', () => {
    expect(rule(sheet, 'node').width).toBe('data(size)');
    expect(rule(sheet, 'edge').width).toBe('data(width)');
    expect(rule(sheet, 'edge')['curve-style']).toBe('bezier');
    expect(rule(sheet, 'edge')['control-point-step-size']).toBeGreaterThan(0);
  });

  it('follows the theme: label colour and outline come from it', () => {
    const dark = stylesheet(DARK);
    expect(rule(dark, 'node').color).toBe(DARK.fg);
    expect(rule(dark, 'node')['text-outline-color']).toBe(DARK.bg);
    expect(rule(sheet, 'node').color).toBe(LIGHT.fg);
  });

  it('draws a large graph straight and unarrowed outside the focus, setting the curve style once per edge', () => {
    const large = stylesheet(LIGHT, true);
    // Straight by cytoscape's default: the base rule sets no curve style, and no arrow scale.
    expect(Object.keys(rule(large, 'edge'))).toEqual(['width']);
    const cy = styled(large, { ab: 'directed type-threat', ba: 'directed type-threat selected' });
    expect(cy.$('#ab').style('curve-style')).toBe('haystack');
    expect(cy.$('#ab').style('target-arrow-shape')).toBe('none');
    expect(cy.$('#ba').style('curve-style')).toBe('bezier');
    expect(cy.$('#ba').style('target-arrow-shape')).toBe('triangle');
    expect(cy.$('#ba').numericStyle('arrow-scale')).toBe(0.9);
    // The arrow takes its relation's colour where it is drawn, and only there is it set.
    expect(cy.$('#ba').style('target-arrow-color')).toBe(cy.$('#ba').style('line-color'));
    expect(rule(large, 'edge.type-threat')).toEqual({ 'line-color': RELATION_STYLE.threat.colour });
    // Only focused relations turn to bezier: no rule that every edge matches does.
    const curving = large.filter((r) => JSON.stringify('style' in r ? r.style : {}).includes('"bezier"')).map((r) => r.selector);
    expect(curving).toEqual(['edge.neighbour, edge.selected, edge.hovered']);
    expect(large.some((r) => r.selector === 'edge.directed')).toBe(false);
    expect(rule(large, 'edge.directed.neighbour, edge.directed.selected, edge.directed.hovered')['target-arrow-shape']).toBe('triangle');
    expect(rule(large, 'node[name]')['min-zoomed-font-size']).toBeGreaterThan(rule(sheet, 'node')['min-zoomed-font-size'] as number);
  });

  it("names a large graph's actors only once given a name, in a few font sizes growing with the actor", () => {
    const large = stylesheet(LIGHT, true);
    const sizes = Array.from({ length: NODE_MAX - NODE_MIN + 1 }, (_, i) => NODE_MIN + i);
    const cy = cytoscape({
      headless: true, styleEnabled: true, style: large,
      elements: sizes.flatMap((size) => [
        { data: { id: `n${size}`, size, label: `Actor ${size}`, name: `Actor ${size}` } },
        { data: { id: `u${size}`, size, label: `Actor ${size}` } },
      ]),
    });
    // Unnamed: no text at all, so nothing to style or measure.
    for (const size of sizes) expect(cy.$id(`u${size}`).style('label')).toBe('');
    expect(rule(large, 'node').label).toBeUndefined();
    const fonts = sizes.map((size) => cy.$id(`n${size}`).numericStyle('font-size'));
    expect(sizes.map((size) => cy.$id(`n${size}`).style('label'))).toEqual(sizes.map((size) => `Actor ${size}`));
    expect(fonts).toEqual(sizes.map(nameFont));
    expect(new Set(fonts).size).toBe(NAME_STEPS);
    expect(fonts).toEqual([...fonts].sort((a, b) => a - b));
    // Exactly one step per named actor: a size matched by two would be restyled twice.
    const steps = large.filter((r) => r.selector.startsWith('node[name][size')).map((r) => r.selector);
    expect(steps).toHaveLength(NAME_STEPS);
    for (const size of sizes) expect(steps.filter((s) => cy.$id(`n${size}`).is(s))).toHaveLength(1);
    // A small graph names every actor, at one size.
    expect(rule(sheet, 'node').label).toBe('data(label)');
    expect(rule(sheet, 'node')['font-size']).toBe(20);
  });

  it("draws a large graph's alleged relations faint outside the focus and dashed in it, and fades them like the rest", () => {
    const large = stylesheet(LIGHT, true);
    const cy = styled(large, {
      far: 'directed type-threat alleged', near: 'directed type-threat alleged neighbour',
      faded: 'directed type-threat alleged faded', plain: 'directed type-threat',
    });
    expect(cy.$('#far').style('line-style')).toBe('solid');
    expect(cy.$('#far').numericStyle('opacity')).toBe(FAINT_ALLEGED_OPACITY);
    expect(cy.$('#near').style('line-style')).toBe('dashed');
    expect(cy.$('#near').numericStyle('opacity')).toBe(cy.$('#plain').numericStyle('opacity'));
    expect(cy.$('#faded').numericStyle('opacity')).toBe(rule(large, '.faded').opacity);
    expect(cy.$('#plain').style('line-style')).toBe('solid');
    expect(cy.$('#plain').numericStyle('opacity')).toBeGreaterThan(FAINT_ALLEGED_OPACITY);
    // No rule that every alleged edge matches dashes it: the dashes were the cost.
    expect(rule(large, 'edge.alleged')).toEqual({ opacity: FAINT_ALLEGED_OPACITY });
  });
});
