/**
 * The example operations the explorer opens with, one tab each: the chain of responsibility first
 * (the question the API exists to answer), then search, subordinates, neighbourhood and paths.
 */

/** One tab of the explorer. */
export interface ExampleTab {
  query: string;
  variables?: string;
}

/** The explorer's starting tabs. */
export const EXAMPLE_TABS: ExampleTab[] = [
  {
    query: `# Chain of responsibility: every path from a unit up to the top, on a date.
# Dual lines (reporting and responsibility) come back as separate paths.
query ChainOfResponsibility($unitId: ID!, $asOf: Date) {
  chainOfResponsibility(unitId: $unitId, asOf: $asOf) {
    asOf
    lines
    truncated
    paths {
      top { id name }
      steps {
        depth
        unit { id name nameVi kind }
        up { type validFrom validTo citations { quote source { title date } } }
        leadPost { title }
        leaders { person { name nameVi } rank }
      }
    }
  }
}`,
    variables: JSON.stringify({ unitId: 'hanoi-police', asOf: '2021-05-01' }, null, 2),
  },
  {
    query: `# Only the responsibility line (ANSWERABLE_TO), today.
query ResponsibilityOnly($unitId: ID!) {
  chainOfResponsibility(unitId: $unitId, lines: [RESPONSIBILITY]) {
    paths { steps { unit { name } up { type note } } }
  }
}`,
    variables: JSON.stringify({ unitId: 'hanoi-police' }, null, 2),
  },
  {
    query: `# Search ignores diacritics: "cong an ha noi" finds "Công an Hà Nội".
query Search($q: String!) {
  searchUnits(query: $q, first: 10) {
    edges { score node { id name nameVi kind } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: JSON.stringify({ q: 'cong an ha noi' }, null, 2),
  },
  {
    query: `# A unit, who leads it, and the sources that say so.
query Unit($id: ID!) {
  unit(id: $id) {
    name nameVi abbreviation kind validFrom validTo
    leadPost { title titleVi holders { person { name nameVi } rank validFrom } }
    citations { quote note source { title date } }
    childCount
  }
}`,
    variables: JSON.stringify({ id: 'mps' }, null, 2),
  },
  {
    query: `# Two levels under the ministry, nearest first.
query Subordinates($unitId: ID!) {
  subordinates(unitId: $unitId, depth: 2, first: 50) {
    totalCount
    edges { depth parentId node { id name kind } }
  }
}`,
    variables: JSON.stringify({ unitId: 'mps' }, null, 2),
  },
  {
    query: `# The neighbourhood in Cytoscape.js's shape ({ nodes: [{ data }], edges: [{ data }] }).
query Neighbourhood($unitId: ID!) {
  neighbourhood(unitId: $unitId, depth: 1) {
    nodes { data { id label kind childCount } }
    edges { data { id source target type } }
  }
}`,
    variables: JSON.stringify({ unitId: 'hanoi-police' }, null, 2),
  },
  {
    query: `# How two units are connected, over relations of any kind.
query Path($from: ID!, $to: ID!) {
  pathBetween(fromId: $from, toId: $to) {
    length
    units { id name }
    relations { type from { id } to { id } }
  }
}`,
    variables: JSON.stringify({ from: 'hanoi-commune-ward-police', to: 'mps' }, null, 2),
  },
];
