/** The bench aliases this name to the JSON file of the elements to draw (bare-build.ts). */
declare module 'dyad-bench-elements' {
  const elements: import('cytoscape').ElementDefinition[];
  export default elements;
}
