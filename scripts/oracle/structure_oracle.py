#!/usr/bin/env python3
"""Reference values for the structural metrics of DiscussionGraph (Sources/DiscussionGraph/Metrics).

Builds canonical graphs (Zachary's karate club, Krackhardt's kite), a small directed weighted
graph with reciprocal edges, a parallel edge and self-loops, degenerate graphs (empty, one node,
only isolates, only self-loops, two components, star, directed cycle) and a seeded random
directed weighted graph of 300 nodes, and writes each graph with the values python-igraph
(and, where it defines the same quantity, NetworkX) compute for it to
Tests/Fixtures/golden/structure.json. Output is deterministic (sorted keys, fixed seeds).
NaN (igraph's answer for undefined quantities) is written as null.

Usage: python3 scripts/oracle/structure_oracle.py [output.json]
Requires: python-igraph, networkx.
"""
import json
import math
import os
import random
import sys

import igraph as ig
import networkx as nx

LEIDEN_SEEDS = range(10)


def clean(x):
  """Floats as JSON-safe values: NaN -> None."""
  if isinstance(x, float) and math.isnan(x):
    return None
  return x


def canonical(membership):
  """Relabel so that label 0 is the community of node 0, 1 the next new one, ..."""
  seen = {}
  return [seen.setdefault(c, len(seen)) for c in membership]


def simple_undirected_nx(g):
  """NetworkX simple undirected projection (directions, multiplicities and loops dropped)."""
  h = nx.Graph()
  h.add_nodes_from(range(g.vcount()))
  h.add_edges_from((s, t) for s, t in g.get_edgelist() if s != t)
  return h


def projection(g):
  """Undirected weighted projection: weights summed over both directions and parallel
  edges; self-loops kept (their weights summed)."""
  p = g.copy()
  if p.is_directed():
    p.to_undirected(mode="collapse", combine_edges={"weight": "sum"})
  else:
    p.simplify(multiple=True, loops=False, combine_edges={"weight": "sum"})
  return p


def best_leiden(g):
  p = projection(g)
  if p.vcount() == 0:
    return None
  best = None
  for seed in LEIDEN_SEEDS:
    random.seed(seed)
    c = p.community_leiden(objective_function="modularity", weights="weight",
                           n_iterations=-1)
    q = p.modularity(c.membership, weights="weight")
    if math.isnan(q):
      return {"modularity": None, "seed": seed, "membership": canonical(c.membership)}
    if best is None or q > best["modularity"] + 1e-12:
      best = {"modularity": q, "seed": seed, "membership": canonical(c.membership)}
  return best


def multilevel_range(g):
  """igraph's Louvain (community_multilevel) on the projection: best and worst modularity
  over the seeds, the yardstick for our Louvain (it finds less than Leiden)."""
  p = projection(g)
  qs = []
  for seed in LEIDEN_SEEDS:
    random.seed(seed)
    c = p.community_multilevel(weights="weight")
    qs.append(p.modularity(c.membership, weights="weight"))
  if not qs or any(math.isnan(q) for q in qs):
    return None
  return {"best": max(qs), "worst": min(qs)}


def reference(name, g, partition):
  n = g.vcount()
  w = g.es["weight"]
  directed = g.is_directed()
  r = g.reciprocity(ignore_loops=True, mode="default")
  nonloop = sum(1 for s, t in g.get_edgelist() if s != t)
  if directed and n >= 2:
    abar = nonloop / (n * (n - 1))
    rho = (r - abar) / (1 - abar) if abar != 1 else float("nan")
  else:
    rho = float("nan")
  weak = g.connected_components(mode="weak")
  strong = g.connected_components(mode="strong")
  h = simple_undirected_nx(g)
  ig_local = g.transitivity_local_undirected(mode="zero")
  nx_local = nx.clustering(h)
  nx_local = [nx_local[v] for v in range(n)]
  for a, b in zip(ig_local, nx_local):
    assert abs(a - b) < 1e-12, (name, a, b)
  core_all = g.coreness(mode="all")
  if n and not any(s == t for s, t in g.get_edgelist()) and not g.has_multiple():
    if not directed:
      nxc = nx.core_number(h)
      assert [nxc[v] for v in range(n)] == core_all, name
  ref = {
      "weakComponents": canonical(weak.membership),
      "weakCount": len(weak),
      "strongComponents": canonical(strong.membership),
      "strongCount": len(strong),
      "corenessAll": core_all,
      "corenessIn": g.coreness(mode="in"),
      "corenessOut": g.coreness(mode="out"),
      "localClustering": [clean(x) for x in ig_local],
      "localClusteringNX": nx_local,
      "transitivity": clean(g.transitivity_undirected()),
      "transitivityNX": nx.transitivity(h),
      "reciprocity": clean(r),
      "rho": clean(rho),
      "density": clean(g.density(loops=False)),
      "assortativityDirected": clean(g.assortativity_degree(directed=True)),
      "assortativityUndirected": clean(g.assortativity_degree(directed=False)),
      "partition": partition,
      "modularity": clean(g.modularity(partition, weights=w, resolution=1, directed=True)),
      "modularityGamma05": clean(
          g.modularity(partition, weights=w, resolution=0.5, directed=True)),
      "modularityUndirected": clean(
          g.modularity(partition, weights=w, resolution=1, directed=False)),
      "leiden": best_leiden(g),
      "louvain": multilevel_range(g) if n else None,
  }
  return ref


def make(n, edges, directed, weights=None):
  g = ig.Graph(n=n, edges=[(s, t) for s, t in edges], directed=directed)
  g.es["weight"] = list(weights) if weights is not None else [1.0] * len(edges)
  return g


def graphs():
  out = []
  karate = ig.Graph.Famous("Zachary")
  karate.es["weight"] = [1.0] * karate.ecount()
  # Zachary's (1977) observed split: Mr Hi's faction (0) and the officers' (1).
  officers = {9, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33}
  out.append(("karate", karate, [1 if v in officers else 0 for v in range(34)]))
  kite = ig.Graph.Famous("Krackhardt_Kite")
  kite.es["weight"] = [1.0] * kite.ecount()
  out.append(("kite", kite, [0, 0, 0, 0, 1, 0, 1, 1, 2, 2]))
  # Directed weighted: reciprocal pairs, one parallel edge (0->1 twice), self-loops.
  dw_edges = [(0, 1, 2), (1, 0, 1), (0, 1, 1), (1, 2, 3), (2, 0, 1), (2, 3, 1), (3, 2, 4),
              (3, 4, 1), (4, 5, 2), (5, 3, 1), (5, 6, 1), (6, 7, 2), (7, 6, 2), (7, 8, 1),
              (8, 8, 3), (2, 2, 1), (8, 6, 1), (4, 4, 2)]
  out.append(("directedWeighted",
               make(9, [(s, t) for s, t, _ in dw_edges], True, [float(x) for *_, x in dw_edges]),
               [0, 0, 0, 1, 1, 1, 2, 2, 2]))
  out.append(("empty", make(0, [], True), []))
  out.append(("singleton", make(1, [], True), [0]))
  out.append(("isolates", make(5, [], True), [0, 0, 1, 1, 2]))
  out.append(("selfLoops", make(3, [(0, 0), (1, 1), (1, 1), (2, 0)], True, [1, 2, 3, 1]),
              [0, 1, 0]))
  out.append(("twoComponents",
              make(7, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 6), (6, 3), (3, 5)], True),
              [0, 0, 0, 1, 1, 1, 1]))
  out.append(("star", make(6, [(0, v) for v in range(1, 6)], False), [0, 0, 0, 1, 1, 1]))
  out.append(("directedCycle", make(5, [(v, (v + 1) % 5) for v in range(5)], True),
              [0, 0, 1, 1, 1]))
  out.append(("undirectedLoopsMulti",
              make(5, [(0, 1), (1, 0), (1, 2), (2, 0), (2, 2), (3, 4), (3, 3)], False,
                   [1, 2, 1, 1, 5, 1, 2]), [0, 0, 0, 1, 1]))
  out.append(("random300", random_graph(), None))
  return out


def random_graph(n=300, seed=20251017):
  """Seeded directed weighted graph with planted groups, hubs, reciprocity and self-loops."""
  rng = random.Random(seed)
  group = [v % 6 for v in range(n)]
  seen = set()
  edges = []
  while len(edges) < 1500:
    s = rng.randrange(n)
    if rng.random() < 0.8:
      t = rng.choice([v for v in range(group[s], n, 6)])
    else:
      t = int(n * rng.random() ** 2)  # low ids are hubs
    if (s, t) in seen:
      continue
    seen.add((s, t))
    edges.append((s, t, float(rng.randint(1, 5))))
    if s != t and rng.random() < 0.3 and (t, s) not in seen:
      seen.add((t, s))
      edges.append((t, s, float(rng.randint(1, 5))))
  g = make(n, [(s, t) for s, t, _ in edges], True, [x for *_, x in edges])
  return g


def main():
  here = os.path.dirname(os.path.abspath(__file__))
  default = os.path.join(here, "..", "..", "Tests", "Fixtures", "golden", "structure.json")
  path = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(default)
  doc = {"generator": "scripts/oracle/structure_oracle.py",
         "igraph": ig.__version__, "networkx": nx.__version__, "graphs": {}}
  for name, g, partition in graphs():
    if partition is None:
      partition = [v % 6 for v in range(g.vcount())]
    doc["graphs"][name] = {
        "nodeCount": g.vcount(),
        "directed": g.is_directed(),
        "edges": [[s, t, wt] for (s, t), wt in zip(g.get_edgelist(), g.es["weight"])],
        "reference": reference(name, g, partition),
    }
  os.makedirs(os.path.dirname(path), exist_ok=True)
  with open(path, "w") as f:
    json.dump(doc, f, sort_keys=True, indent=1, allow_nan=False)
    f.write("\n")


if __name__ == "__main__":
  main()
