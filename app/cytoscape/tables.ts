/**
 * The visual vocabulary of the graph as data. Every table is a Record keyed by a union from
 * schema.ts, so a new relation type, status or actor kind fails to compile until it is drawn here.
 * The legend and the cytoscape stylesheet both read these tables, so they cannot disagree.
 */
import type { ActorEntry, RelationType, Status } from '../../graph-data/schema.ts';

/** An actor kind, as schema.ts spells it. */
export type Kind = ActorEntry['kind'];

/** How an edge of each relation type is drawn and named. */
export interface RelationStyle {
  /** Mid-tone colours, chosen to read on both the light and the dark background. */
  colour: string;
  /** The noun the legend and the edge label use. */
  label: string;
}

/** One colour per relation type, in the ontology's order (warm for hostile acts, cool for talks). */
export const RELATION_STYLE: Record<RelationType, RelationStyle> = {
  accusation: { colour: '#f76707', label: 'accusation' },
  mediation: { colour: '#0ca678', label: 'mediation' },
  clash: { colour: '#e03131', label: 'clash' },
  negotiation: { colour: '#1c7ed6', label: 'negotiation' },
  agreement: { colour: '#66a80f', label: 'agreement' },
  demand: { colour: '#e64980', label: 'demand' },
  threat: { colour: '#9c36b5', label: 'threat' },
  support: { colour: '#b08407', label: 'support' },
  rejection: { colour: '#868e96', label: 'rejection' },
};

/** How an actor of each kind is filled, and what the legend calls it. */
export const KIND_STYLE: Record<Kind, { colour: string; label: string }> = {
  state: { colour: '#74a9e8', label: 'state' },
  'armed-group': { colour: '#e8918a', label: 'armed group' },
  organisation: { colour: '#63c7a4', label: 'organisation' },
  person: { colour: '#e0c25a', label: 'person' },
  other: { colour: '#adb5bd', label: 'other' },
};

/**
 * How the status of the evidence shows on an edge. Only `alleged` changes the line: an edge is
 * dashed when every sentence it shows is an allegation, solid as soon as one is reported or attributed.
 */
export const STATUS_STYLE: Record<Status, { dashed: boolean; label: string; help: string }> = {
  reported: { dashed: false, label: 'reported', help: 'stated by the article in its own voice' },
  attributed: { dashed: false, label: 'attributed', help: 'stated by a named or unnamed source' },
  alleged: { dashed: true, label: 'alleged', help: 'the content of an accusation or an epithet' },
};

/**
 * A large graph's alleged-only relations, outside the focus: faint instead of dashed. Zoomed out
 * far enough to see hundreds of actors, a dash is under a pixel long, so the dashes looked like a
 * faint line anyway, and cost the canvas most of each frame: panning 20,000 relations with them
 * took 230–600 ms a frame, without them 130–180 ms (headless Chromium, 650 alleged relations).
 * About the share of a line that 7-on-5-off dashes cover.
 */
export const FAINT_ALLEGED_OPACITY = 0.45;
