#!/usr/bin/env python3
"""Golden values for `replynet stats` (CommenterStatistics on the reply network), from
python-igraph and NetworkX.

Reads comment tables in JSON Lines (the output of `replynet parse`: id, thread, reply_to,
author, removed, likes, dislikes, reply_to_name, ...) from Tests/Fixtures/stats/, builds the
commenter reply network itself (it shares no code with the Swift builder), and writes
Tests/Fixtures/golden/stats-<name>.json: the graph summary and, keyed by commenter name, every
column of CommenterStatistics that the reply network defines. Deterministic: sorted keys,
fixed seeds; NaN is written as null.

The reply network (README, "Networks"):
- nodes: every distinct author name (spacing normalised: runs of whitespace become one space,
  ends trimmed), including authors of removed comments that a reply header recovered;
- a reply's target is the comment of the same thread whose id equals its reply_to (several
  with that id: the latest one before the reply, else the first; never the reply itself);
  a removed target without an author takes the name of the first reply header naming it;
- edge u -> v, weight = number of comments by u replying to a comment by v; a reply to one's
  own comment is a self-reply (counted, not an edge); a reply to a comment whose author is
  unknown has no edge.

Each column, as the Swift doc comments define it (and this script asks the libraries for):
- comments, removed, likes, dislikes: sums over the commenter's comments (null votes: 0);
- replies_sent / replies_received: out- / in-strength; self_replies; partners: distinct
  commenters joined by an edge either way;
- in_degree, out_degree (distinct targets / sources), in_strength, out_strength: igraph;
- pagerank: igraph `pagerank(damping=0.85, directed=True, weights=...)`;
- betweenness: igraph `betweenness(directed=True)`, unweighted;
- closeness: igraph `closeness(mode="out", normalized=True)`, reachable nodes only (NaN for
  a node that reaches none);
- closeness_wf: NetworkX `closeness_centrality` (Wasserman-Faust, incoming distances);
- harmonic: NetworkX `harmonic_centrality` (incoming distances, not normalised);
- eccentricity: igraph `eccentricity(mode="out")`;
- eigenvector: NetworkX `eigenvector_centrality` on the undirected projection, weights of
  u -> v and v -> u summed, tol 1e-13 (the Swift default), from NetworkX's uniform start
  vector (which also fixes the answer when several components share the top eigenvalue);
  values below 1e-10 are 0;
- hub, authority: igraph `hub_score` / `authority_score` (weights, scale=True); null when
  the dominant eigenvalue of A·Aᵀ is not simple (the scores then depend on the start vector);
- coreness: igraph `coreness(mode="all")`;
- clustering: igraph `transitivity_local_undirected(mode="zero")` on the undirected simple
  projection.
Summary: nodes, edges, total_weight, self_replies, isolates, density (igraph,
loops=False), reciprocity (igraph, ignore_loops=True) and Garlaschelli-Loffredo rho, weak and
strong components, largest weak component, diameter (igraph, directed, unconn=True),
degree_assortativity (igraph `assortativity_degree(directed=True)`). Communities are not
unique: the file records the best modularity igraph's Leiden (objective modularity, on the
weighted undirected projection) reaches over several seeds, which the Swift partition must
match within 0.01.

Mention columns are not here: the mention detector is tested on hand-built threads.

Run: python3 scripts/oracle/stats_oracle.py  (from the repository root)
"""

import gzip
import json
import math
import os
import random
import warnings

import igraph as ig
import networkx as nx
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "stats")
GOLDEN = os.path.join(ROOT, "Tests", "Fixtures", "golden")
# name -> the table under Tests/Fixtures/stats/ (see its README.md for how each was made).
INPUTS = {
    "sample": "sample.jsonl",
    "synthetic-small": "synthetic-small.jsonl.gz",
    "synthetic-large": "synthetic-large.jsonl.gz",
}
LEIDEN_SEEDS = range(20)


# Columns holding whole numbers, written as JSON integers.
COUNTS = {
    "comments", "removed", "likes", "dislikes", "self_replies", "replies_sent",
    "replies_received", "partners", "in_degree", "out_degree", "in_strength", "out_strength",
    "eccentricity", "coreness",
}


def clean(v, count=False):
    """A number for JSON: NaN becomes None, -0.0 becomes 0.0, counts become ints."""
    v = float(v)
    if math.isnan(v):
        return None
    return int(v) if count and v == int(v) else v + 0.0


def normalize_spacing(name):
    return " ".join(name.split())


def read_comments(path):
    """The comments of a JSON Lines table, grouped by thread, in file order."""
    threads = {}
    order = []
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            record = json.loads(line)
            thread = str(record["thread"])
            if thread not in threads:
                threads[thread] = []
                order.append(thread)
            author = record.get("author")
            if author is not None:
                author = normalize_spacing(author) or None
            threads[thread].append({
                "id": str(record["id"]),
                "author": author,
                "reply_to": None if record.get("reply_to") is None else str(record["reply_to"]),
                "reply_to_name": record.get("reply_to_name"),
                "removed": bool(record.get("removed") or False),
                "likes": record.get("likes") or 0,
                "dislikes": record.get("dislikes") or 0,
            })
    return [threads[t] for t in order]


def resolve(comments):
    """Reply target index of each comment of one thread; recovers removed authors."""
    positions = {}
    for i, c in enumerate(comments):
        positions.setdefault(c["id"], []).append(i)
    targets = []
    for i, c in enumerate(comments):
        candidates = positions.get(c["reply_to"]) if c["reply_to"] is not None else None
        if not candidates:
            targets.append(None)
            continue
        before = [j for j in candidates if j < i]
        j = before[-1] if before else candidates[0]
        if j == i:
            targets.append(None)
            continue
        targets.append(j)
        target = comments[j]
        if target["removed"] and target["author"] is None and c["reply_to_name"]:
            target["author"] = normalize_spacing(c["reply_to_name"]) or None
    return targets


def reply_network(threads):
    """Nodes (sorted names), per-commenter counts, edge weights {(u, v): w}, self-replies."""
    resolved = [(comments, resolve(comments)) for comments in threads]
    names = sorted({c["author"] for comments in threads for c in comments if c["author"]})
    index = {name: i for i, name in enumerate(names)}
    n = len(names)
    counts = {k: [0] * n for k in ("comments", "removed", "likes", "dislikes", "self_replies")}
    weights = {}
    for comments, targets in resolved:
        for c, t in zip(comments, targets):
            if c["author"] is None:
                continue
            u = index[c["author"]]
            counts["comments"][u] += 1
            counts["removed"][u] += int(c["removed"])
            counts["likes"][u] += c["likes"]
            counts["dislikes"][u] += c["dislikes"]
            if t is None or comments[t]["author"] is None:
                continue
            v = index[comments[t]["author"]]
            if u == v:
                counts["self_replies"][u] += 1
            else:
                weights[(u, v)] = weights.get((u, v), 0) + 1
    return names, counts, weights


def undirected_weights(weights):
    summed = {}
    for (u, v), w in weights.items():
        key = (min(u, v), max(u, v))
        summed[key] = summed.get(key, 0) + w
    return summed


def hits_is_unique(n, weights):
    if n < 2 or not weights:
        return True
    a = np.zeros((n, n))
    for (u, v), w in weights.items():
        a[u, v] = w
    ev = np.sort(np.linalg.eigvalsh(a @ a.T))[::-1]
    return ev[0] - ev[1] > 1e-9 * ev[0]


def statistics(threads):
    names, counts, weights = reply_network(threads)
    n = len(names)
    edges = sorted(weights)
    g = ig.Graph(n=n, edges=edges, directed=True)
    g.es["weight"] = [float(weights[e]) for e in edges]
    summed = undirected_weights(weights)
    u_edges = sorted(summed)
    ug = ig.Graph(n=n, edges=u_edges, directed=False)
    ug.es["weight"] = [float(summed[e]) for e in u_edges]

    dg = nx.DiGraph()
    dg.add_nodes_from(range(n))
    dg.add_edges_from(edges)
    ung = nx.Graph()
    ung.add_nodes_from(range(n))
    ung.add_weighted_edges_from((u, v, float(w)) for (u, v), w in sorted(summed.items()))

    columns = dict(counts)
    columns["in_degree"] = g.degree(mode="in")
    columns["out_degree"] = g.degree(mode="out")
    columns["in_strength"] = g.strength(mode="in", weights="weight")
    columns["out_strength"] = g.strength(mode="out", weights="weight")
    columns["replies_sent"] = columns["out_strength"]
    columns["replies_received"] = columns["in_strength"]
    columns["partners"] = [len(set(g.neighbors(v, mode="all"))) for v in range(n)]
    columns["pagerank"] = g.pagerank(damping=0.85, directed=True, weights="weight")
    columns["betweenness"] = g.betweenness(directed=True)
    columns["closeness"] = g.closeness(mode="out", normalized=True)
    wf = nx.closeness_centrality(dg)
    columns["closeness_wf"] = [wf[v] for v in range(n)]
    harmonic = nx.harmonic_centrality(dg)
    columns["harmonic"] = [harmonic[v] for v in range(n)]
    columns["eccentricity"] = g.eccentricity(mode="out")
    # NetworkX starts from the uniform vector, as the Swift code does, so the answer is
    # defined even where the dominant eigenvalue is not simple (several equal components).
    try:
        ev = nx.eigenvector_centrality(ung, max_iter=10_000, tol=1e-13, weight="weight")
        columns["eigenvector"] = [0.0 if abs(ev[v]) < 1e-10 else ev[v] for v in range(n)]
    except (nx.PowerIterationFailedConvergence, nx.NetworkXPointlessConcept):
        columns["eigenvector"] = [math.nan] * n
    if hits_is_unique(n, weights):
        # ARPACK starts from a vector drawn from Python's `random`: seed it. igraph warns
        # when many scores are 0; checked above that the top eigenvalue is simple, so the
        # zeros (nodes outside the dominant component) are the answer.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            random.seed(12345)
            columns["hub"] = g.hub_score(weights="weight", scale=True)
            random.seed(12345)
            columns["authority"] = g.authority_score(weights="weight", scale=True)
    else:
        columns["hub"] = columns["authority"] = [math.nan] * n
    columns["coreness"] = g.coreness(mode="all")
    simple = ug.copy()
    simple.simplify(multiple=True, loops=True)
    columns["clustering"] = simple.transitivity_local_undirected(mode="zero")

    commenters = {
        name: {key: clean(values[i], key in COUNTS) for key, values in columns.items()}
        for i, name in enumerate(names)
    }

    m = len(edges)
    density = g.density(loops=False) if n > 1 else math.nan
    reciprocity = g.reciprocity(ignore_loops=True, mode="default") if m else math.nan
    a_bar = m / (n * (n - 1)) if n > 1 else math.nan
    rho = (reciprocity - a_bar) / (1 - a_bar) if m and n > 1 and a_bar < 1 else math.nan
    weak = g.connected_components(mode="weak")
    strong = g.connected_components(mode="strong")
    diameter = g.diameter(directed=True, unconn=True) if m else 0
    best = None
    for seed in LEIDEN_SEEDS:
        random.seed(seed)
        partition = ug.community_leiden(
            objective_function="modularity", weights="weight", n_iterations=-1)
        q = ug.modularity(partition.membership, weights="weight")
        best = q if best is None else max(best, q)
    graph = {
        "nodes": n,
        "edges": m,
        "total_weight": sum(weights.values()),
        "self_replies": sum(counts["self_replies"]),
        "isolates": sum(1 for v in range(n) if g.degree(v, mode="all") == 0),
        "density": clean(density),
        "reciprocity": clean(reciprocity),
        "reciprocity_rho": clean(rho),
        "weak_components": len(weak),
        "largest_weak_component": max(weak.sizes()) if n else 0,
        "strong_components": len(strong),
        "diameter": int(diameter),
        "degree_assortativity": clean(g.assortativity_degree(directed=True)),
        "leiden_modularity": clean(best if best is not None else math.nan),
    }
    return {"graph": graph, "commenters": commenters}


def main():
    for name, file in INPUTS.items():
        path = os.path.join(FIXTURES, file)
        result = statistics(read_comments(path))
        result["generator"] = "scripts/oracle/stats_oracle.py"
        result["input"] = "Tests/Fixtures/stats/" + file
        out = os.path.join(GOLDEN, "stats-" + name + ".json")
        with open(out, "w", encoding="utf-8") as f:
            json.dump(result, f, indent=1, sort_keys=True, ensure_ascii=False, allow_nan=False)
            f.write("\n")
        graph = result["graph"]
        print(f"{out}: {graph['nodes']} commenters, {graph['edges']} edges")


if __name__ == "__main__":
    main()
