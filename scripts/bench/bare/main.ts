/**
 * The bare page: cytoscape with the same elements as the explorer, laid out and rendered the way
 * the explorer does it for that size (mirror.ts), and nothing else: no React, no panels, no
 * stylesheet of its own (cytoscape's defaults). Panned and timed by the bench like the explorer.
 */
import cytoscape from 'cytoscape';
import elements from 'dyad-bench-elements';
import { FIRST_RENDER } from '../probes.ts';
import { layOut, rendererOptions } from './mirror.ts';
import './bare.css';

const box = document.getElementById('cy');
if (!box) throw new Error('index.html has no #cy');
// The explorer's graph box is not the whole window: the bench passes its size, so that both
// pages draw the same number of pixels.
const query = new URLSearchParams(location.search);
box.style.width = `${Number(query.get('w') ?? innerWidth)}px`;
box.style.height = `${Number(query.get('h') ?? innerHeight)}px`;

const nodes = elements.filter((e) => e.group === 'nodes').length;
const cy = cytoscape({ container: box, ...rendererOptions(nodes, elements.length - nodes) });
window.cy = cy;
cy.add(elements);
layOut(cy);
// Cytoscape draws in its own animation-frame loop: the frame after the next one has been drawn.
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(FIRST_RENDER)));
