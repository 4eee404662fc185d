#!/usr/bin/env python3
"""Times python-igraph and NetworkX on the reply network the Swift benchmark built.

Usage: reference_bench.py EDGES RESULTS

EDGES is the benchmark's edge list: a first line "nodes N", then one "source target weight"
line per directed edge (0-based node ids). RESULTS receives one tab-separated line per timed
metric: library, metric, seconds (empty when skipped), note. The metric names are the Swift
benchmark's, so it can print the three side by side.

The work mirrors replynet's `stats` (README, "Metrics"): PageRank, HITS,
coreness, components, reciprocity and assortativity on the directed graph; betweenness,
closeness, harmonic centrality and eccentricity (the "path engine") on the directed graph,
unweighted; eigenvector centrality, local clustering and Leiden on the undirected projection
with weights summed. NetworkX runs exact algorithms where they finish within BUDGET seconds
(estimated from a timed sample of sources) and says when it samples or skips instead.
"""

import random
import sys
import time
import warnings

warnings.filterwarnings("ignore")  # igraph and NetworkX warn about disconnected graphs

BUDGET = 60.0  # seconds: NetworkX metrics estimated to take longer are sampled or skipped
SEED = 0


def read_edges(path):
    with open(path) as f:
        n = int(f.readline().split()[1])
        edges, weights = [], []
        for line in f:
            s, t, w = line.split()
            edges.append((int(s), int(t)))
            weights.append(float(w))
    return n, edges, weights


class Results:
    def __init__(self, path):
        self.file = open(path, "w")

    def add(self, library, metric, seconds, note=""):
        shown = "skipped" if seconds is None else f"{seconds:9.3f} s"
        print(f"  {library:8} {metric:26} {shown:>11}  {note}", flush=True)
        value = "" if seconds is None else f"{seconds:.6f}"
        self.file.write(f"{library}\t{metric}\t{value}\t{note}\n")
        self.file.flush()


def timed(body):
    start = time.perf_counter()
    value = body()
    return time.perf_counter() - start, value


def run_igraph(n, edges, weights, results):
    try:
        import igraph
    except ImportError:
        print("  python-igraph not installed: pip install igraph", flush=True)
        results.add("igraph", "status", None, "python-igraph not installed")
        return
    note = f"python-igraph {igraph.__version__}, 1 thread"
    print(f"  {note}", flush=True)
    g = igraph.Graph(n=n, edges=edges, directed=True)
    g.es["weight"] = weights
    seconds, u = timed(lambda: g.as_undirected(mode="collapse", combine_edges="sum"))
    results.add("igraph", "undirected projection", seconds)

    seconds, _ = timed(lambda: g.pagerank(damping=0.85, weights="weight"))
    results.add("igraph", "pagerank", seconds, "PRPACK")

    parts = []
    for name, call in [
        ("betweenness", lambda: g.betweenness(directed=True)),
        ("closeness", lambda: g.closeness(mode="out", normalized=True)),
        ("harmonic", lambda: g.harmonic_centrality(mode="out", normalized=True)),
        ("eccentricity", lambda: g.eccentricity(mode="out")),
    ]:
        seconds, _ = timed(call)
        parts.append((name, seconds))
    results.add(
        "igraph", "path engine (exact)", sum(s for _, s in parts),
        "exact, 4 passes: " + ", ".join(f"{name} {s:.1f} s" for name, s in parts))
    seconds, _ = timed(lambda: u.eigenvector_centrality(weights="weight", scale=True))
    results.add("igraph", "eigenvector", seconds)
    seconds, _ = timed(lambda: (g.hub_score(weights="weight"), g.authority_score(weights="weight")))
    results.add("igraph", "hits", seconds, "hub_score + authority_score")
    seconds, _ = timed(lambda: g.coreness(mode="all"))
    results.add("igraph", "coreness", seconds)
    seconds, _ = timed(lambda: u.transitivity_local_undirected(mode="zero"))
    results.add("igraph", "clustering", seconds)
    seconds, _ = timed(
        lambda: (g.connected_components(mode="weak"), g.connected_components(mode="strong")))
    results.add("igraph", "components", seconds, "weak + strong")
    seconds, _ = timed(lambda: g.reciprocity())
    results.add("igraph", "reciprocity", seconds)
    seconds, _ = timed(lambda: g.assortativity_degree(directed=True))
    results.add("igraph", "assortativity", seconds)
    random.seed(SEED)  # igraph draws from Python's random module by default
    seconds, _ = timed(
        lambda: u.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=-1))
    results.add("igraph", "leiden", seconds, "n_iterations=-1 (until stable)")


def per_source_estimate(graph, function, n, count=50):
    """Seconds one call of `function(graph, source)` takes per source, times n."""
    sources = list(graph.nodes)[:: max(1, n // count)][:count]
    seconds, _ = timed(lambda: [function(graph, s) for s in sources])
    return seconds / len(sources) * n


def run_networkx(n, edges, weights, results):
    try:
        import networkx as nx
    except ImportError:
        print("  networkx not installed: pip install networkx", flush=True)
        results.add("networkx", "status", None, "networkx not installed")
        return
    print(f"  networkx {nx.__version__}, 1 thread", flush=True)
    g = nx.DiGraph()
    g.add_nodes_from(range(n))
    for (s, t), w in zip(edges, weights):
        g.add_edge(s, t, weight=w)

    def project():
        u = nx.Graph()
        u.add_nodes_from(range(n))
        for (s, t), w in zip(edges, weights):
            if u.has_edge(s, t):
                u[s][t]["weight"] += w
            else:
                u.add_edge(s, t, weight=w)
        return u

    seconds, u = timed(project)
    results.add("networkx", "undirected projection", seconds)
    seconds, _ = timed(lambda: nx.pagerank(g, alpha=0.85, weight="weight"))
    results.add("networkx", "pagerank", seconds)

    # The path engine: one BFS per source for each of four metrics, as NetworkX runs them.
    bfs = per_source_estimate(g, lambda graph, s: nx.single_source_shortest_path_length(graph, s), n)
    brandes = per_source_estimate(
        g, lambda graph, s: nx.betweenness_centrality(graph, k=1, seed=s), n, count=20)
    if brandes <= BUDGET:
        seconds, _ = timed(lambda: nx.betweenness_centrality(g, normalized=False))
        results.add("networkx", "betweenness (exact)", seconds)
    else:
        k = max(10, int(n * BUDGET / 2 / brandes))
        seconds, _ = timed(lambda: nx.betweenness_centrality(g, k=k, seed=SEED, normalized=False))
        results.add(
            "networkx", "betweenness (sampled)", seconds,
            f"SAMPLED: k={k} of {n} sources; exact estimated at {brandes:.0f} s")
    for metric, call in [
        ("closeness", lambda: nx.closeness_centrality(g, wf_improved=True)),
        ("harmonic", lambda: nx.harmonic_centrality(g)),
        ("eccentricity", None),
    ]:
        if call is None:
            results.add(
                "networkx", metric, None,
                "SKIPPED: eccentricity needs a strongly connected graph in NetworkX")
        elif bfs <= BUDGET:
            seconds, _ = timed(call)
            results.add("networkx", metric, seconds)
        else:
            results.add("networkx", metric, None, f"SKIPPED: estimated at {bfs:.0f} s (> {BUDGET:.0f} s)")

    def eigenvector():
        return nx.eigenvector_centrality(u, weight="weight", max_iter=1000)

    seconds, _ = timed(eigenvector)
    results.add("networkx", "eigenvector", seconds)
    seconds, _ = timed(lambda: nx.hits(g, max_iter=1000))
    results.add("networkx", "hits", seconds, "nx.hits (unweighted: NetworkX ignores weights)")
    simple = nx.DiGraph(g)
    simple.remove_edges_from(nx.selfloop_edges(simple))
    seconds, _ = timed(lambda: nx.core_number(simple))
    results.add("networkx", "coreness", seconds, "core_number on the graph without self-loops")
    seconds, _ = timed(lambda: nx.clustering(u))
    results.add("networkx", "clustering", seconds)
    seconds, _ = timed(
        lambda: (
            list(nx.weakly_connected_components(g)),
            list(nx.strongly_connected_components(g)),
        ))
    results.add("networkx", "components", seconds, "weak + strong")
    seconds, _ = timed(lambda: nx.overall_reciprocity(g))
    results.add("networkx", "reciprocity", seconds)
    seconds, _ = timed(lambda: nx.degree_assortativity_coefficient(g, x="out", y="in"))
    results.add("networkx", "assortativity", seconds, "out→in degree (igraph's directed)")
    seconds, _ = timed(lambda: nx.community.louvain_communities(u, weight="weight", seed=SEED))
    results.add(
        "networkx", "leiden", seconds,
        "louvain_communities: NetworkX's Leiden is backend-only")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, edges, weights = read_edges(sys.argv[1])
    results = Results(sys.argv[2])
    print(f"\n== reference: {n} nodes, {len(edges)} edges", flush=True)
    run_igraph(n, edges, weights, results)
    run_networkx(n, edges, weights, results)


if __name__ == "__main__":
    main()
