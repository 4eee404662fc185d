#!/usr/bin/env python3
"""Golden values for the centrality metrics (DiscussionGraph/Metrics), from python-igraph and
NetworkX.

Writes Tests/Fixtures/golden/centrality.json: for each test graph its edge list
(source, target, weight; multi-edges and self-loops kept) and the reference values the Swift
tests compare with. Output is deterministic (sorted keys, fixed seeds); NaN is written as null.

Conventions the Swift code follows (and that this script therefore asks the libraries for):
- degree / strength: igraph `degree`/`strength` with loops counted (twice in undirected graphs).
- PageRank: igraph `pagerank(damping=0.85, weights=...)` (PRPACK) on the multigraph; also the
  unweighted variant.
- Path metrics (hop distances): on the *simple* graph (multi-edges merged, self-loops
  dropped), as NetworkX's DiGraph/Graph sees it. igraph `betweenness(directed=True)`,
  `closeness(mode="out")`, `harmonic_centrality(mode="out")`, `eccentricity(mode="out")`,
  `diameter(directed=True, unconn=True)`; NetworkX `betweenness_centrality(normalized=True)`,
  `closeness_centrality` (Wasserman-Faust, incoming distances on digraphs),
  `harmonic_centrality` (incoming distances on digraphs, unnormalised), and betweenness
  from an explicit list of sources rescaled as NetworkX's `k=` sampling does, and
  `harmonic_centrality(sources=...)` from the same list.
- Eigenvector: NetworkX `eigenvector_centrality` (Euclidean norm 1, in-edges on digraphs,
  multi-edge weights summed, self-loops kept), iterated to tol 1e-14.
- HITS: igraph `hub_score`/`authority_score` (weights, scale=True), omitted where the
  dominant eigenvalue of A·Aᵀ is not simple (the answer then depends on the start vector).

Run: python3 scripts/oracle/centrality_oracle.py  (from the repository root)
"""

import json
import math
import os
import random

import igraph as ig
import networkx as nx
import numpy as np
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _rescale,
    _single_source_shortest_path_basic,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "golden", "centrality.json")


def clean(values):
    """Floats for JSON: NaN becomes null, -0.0 becomes 0.0."""
    out = []
    for v in values:
        v = float(v)
        out.append(None if math.isnan(v) else v + 0.0)
    return out


def test_graphs():
    graphs = {}

    def add(name, n, directed, edges):
        graphs[name] = {
            "n": n,
            "directed": directed,
            "edges": [[int(s), int(t), float(w)] for s, t, w in edges],
        }

    karate = ig.Graph.Famous("Zachary")
    add("karate", karate.vcount(), False, [(s, t, 1.0) for s, t in karate.get_edgelist()])
    kite = ig.Graph.Famous("Krackhardt_Kite")
    add("kite", kite.vcount(), False, [(s, t, 1.0) for s, t in kite.get_edgelist()])
    # Directed, weighted, with parallel edges, a self-loop, a dangling node (5) and a node
    # that only receives (6 has no out-edges either) and one that only sends (7).
    add("directed_weighted_multi", 8, True, [
        (0, 1, 2.0), (0, 1, 1.5), (1, 2, 1.0), (2, 0, 3.0), (2, 3, 0.5), (3, 3, 2.0),
        (3, 4, 1.0), (4, 2, 4.0), (4, 5, 1.0), (1, 4, 2.5), (7, 0, 1.0), (7, 6, 2.0),
        (3, 1, 1.0), (3, 1, 1.0), (4, 6, 0.25),
    ])
    # Undirected weighted multigraph with a self-loop (degree/strength/PageRank conventions).
    add("undirected_weighted_loops", 6, False, [
        (0, 1, 1.0), (1, 2, 2.0), (2, 0, 1.0), (2, 2, 3.0), (2, 3, 1.0), (3, 4, 0.5),
        (3, 4, 1.5), (4, 5, 1.0), (0, 0, 1.0),
    ])
    add("empty", 0, True, [])
    add("one_node", 1, True, [])
    add("isolates", 5, True, [])
    add("self_loops", 4, True, [(0, 0, 1.0), (1, 1, 2.0), (0, 1, 1.0), (1, 2, 1.0), (2, 2, 1.0)])
    add("two_components", 7, False, [
        (0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (3, 4, 1.0), (4, 5, 1.0), (5, 6, 1.0),
    ])
    add("star", 6, False, [(0, i, 1.0) for i in range(1, 6)])
    add("directed_cycle", 5, True, [(i, (i + 1) % 5, 1.0) for i in range(5)])
    add("directed_path", 4, True, [(0, 1, 1.0), (1, 2, 1.0), (2, 3, 1.0)])

    rng = random.Random(20251125)
    n = 300
    edges = []
    for _ in range(1200):
        s, t = rng.randrange(n), rng.randrange(n)
        if rng.random() < 0.02:
            t = s  # a few self-loops
        edges.append((s, t, float(rng.randint(1, 5))))
    for s, t, w in edges[:40]:
        edges.append((s, t, float(rng.randint(1, 3))))  # parallel edges
    add("random_directed_300", n, True, edges)

    rng = random.Random(7)
    n = 120
    edges = [(rng.randrange(n), rng.randrange(n), float(rng.randint(1, 4))) for _ in range(260)]
    add("random_undirected_120", n, False, [(s, t, w) for s, t, w in edges if s != t])
    return graphs


def igraph_of(g):
    h = ig.Graph(n=g["n"], edges=[(s, t) for s, t, _ in g["edges"]], directed=g["directed"])
    h.es["weight"] = [w for _, _, w in g["edges"]]
    return h


def networkx_simple(g, keep_loops):
    """NetworkX Graph/DiGraph: parallel edges merged (weights summed)."""
    h = nx.DiGraph() if g["directed"] else nx.Graph()
    h.add_nodes_from(range(g["n"]))
    for s, t, w in g["edges"]:
        if s == t and not keep_loops:
            continue
        if h.has_edge(s, t):
            h[s][t]["weight"] += w
        else:
            h.add_edge(s, t, weight=w)
    return h


def sampled_sources(n):
    """A fixed, explicit source subset for the sampled-betweenness check."""
    return sorted(random.Random(99).sample(range(n), max(2, n // 3))) if n >= 2 else []


def nx_sampled_betweenness(G, sources, normalized):
    b = dict.fromkeys(G, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(G, s)
        b, _ = _accumulate_basic(b, S, P, sigma, s)
    b = _rescale(b, len(G), normalized=normalized, directed=G.is_directed(),
                 endpoints=False, sampled_nodes=sources)
    return [b[v] for v in range(len(G))]


def hits_reference(g, h):
    n = g["n"]
    if n == 0:
        return {"hub": [], "authority": []}
    a = np.zeros((n, n))
    for s, t, w in g["edges"]:
        a[s, t] += w
        if not g["directed"]:
            a[t, s] += w  # symmetric; an undirected loop counts twice, as in igraph
    if n > 1 and a.any():
        ev = np.sort(np.linalg.eigvalsh(a @ a.T))[::-1]
        if ev[0] - ev[1] <= 1e-9 * ev[0]:
            return None  # dominant eigenvalue not simple: start-vector dependent
    # ARPACK starts from a random vector drawn from Python's `random` (igraph's default RNG):
    # seed it so the output is byte-identical between runs.
    random.seed(12345)
    hub = h.hub_score(weights="weight")
    random.seed(12345)
    authority = h.authority_score(weights="weight")
    return {"hub": clean(hub), "authority": clean(authority)}


def reference(g):
    h = igraph_of(g)
    n, directed = g["n"], g["directed"]
    ref = {}
    for mode in ("out", "in", "all"):
        ref["degree_" + mode] = h.degree(mode=mode, loops=True)
        ref["strength_" + mode] = clean(h.strength(mode=mode, loops=True, weights="weight"))
    ref["pagerank_weighted"] = clean(h.pagerank(damping=0.85, weights="weight"))
    ref["pagerank_unweighted"] = clean(h.pagerank(damping=0.85))

    s = h.copy()
    s.simplify(multiple=True, loops=True, combine_edges="sum")
    G = networkx_simple(g, keep_loops=False)
    ref["betweenness"] = clean(s.betweenness(directed=True))
    nx_raw = nx.betweenness_centrality(G, normalized=False)
    assert all(abs(nx_raw[v] - ref["betweenness"][v]) < 1e-9 for v in range(n))
    nx_norm = nx.betweenness_centrality(G, normalized=True)
    ref["betweenness_normalized"] = clean([nx_norm[v] for v in range(n)])
    src = sampled_sources(n)
    ref["sampled_sources"] = src
    ref["betweenness_sampled"] = clean(nx_sampled_betweenness(G, src, False)) if src else []
    ref["betweenness_sampled_normalized"] = (
        clean(nx_sampled_betweenness(G, src, True)) if src else [])
    sampled_h = nx.harmonic_centrality(G, sources=src) if src else {}
    ref["harmonic_sampled"] = clean([sampled_h[v] for v in range(n)]) if src else []
    ref["closeness"] = clean(s.closeness(mode="out", normalized=True))
    wf, harmonic = nx.closeness_centrality(G), nx.harmonic_centrality(G)
    ref["closeness_wf"] = clean([wf[v] for v in range(n)])
    ref["harmonic"] = clean([harmonic[v] for v in range(n)])
    ref["harmonic_out_normalized"] = clean(s.harmonic_centrality(mode="out", normalized=True))
    ref["eccentricity"] = clean(s.eccentricity(mode="out"))
    ref["diameter"] = 0 if n == 0 else int(s.diameter(directed=True, unconn=True))

    Gw = networkx_simple(g, keep_loops=True)
    for key, weight in (("eigenvector_weighted", "weight"), ("eigenvector_unweighted", None)):
        try:
            x = nx.eigenvector_centrality(Gw, max_iter=100000, tol=1e-14, weight=weight)
            ref[key] = clean([x[v] for v in range(n)])
        except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
            ref[key] = None
    hits = hits_reference(g, h)
    if hits is not None:
        ref["hub"], ref["authority"] = hits["hub"], hits["authority"]
    return ref


def main():
    import warnings

    warnings.simplefilter("ignore", RuntimeWarning)  # igraph's notes on degenerate inputs
    graphs = test_graphs()
    for name in sorted(graphs):
        graphs[name]["reference"] = reference(graphs[name])
    doc = {
        "generator": "scripts/oracle/centrality_oracle.py",
        "versions": {"igraph": ig.__version__, "networkx": nx.__version__},
        "graphs": graphs,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, sort_keys=True, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
