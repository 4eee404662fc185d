#!/usr/bin/env python3
"""Opens every file of `replynet export` with the tool that consumes it and checks it.

Run by `make test`:  python3 scripts/check_exports.py [--replynet PATH]

For the sample thread and for a corpus of hostile names (quotes, <, &, control characters,
spreadsheet formula prefixes) it exports every format, then reads
  datapackage.json with frictionless validate (types, keys, foreign keys against the data),
  GraphML with networkx.read_graphml and python-igraph's Graph.Read_GraphML,
  GEXF with networkx.read_gexf(version="1.3"), node-link JSON with networkx.node_link_graph,
  the CSV files with csv, the database with sqlite3,
and asserts the same nodes, edges, attributes and metric values as `replynet stats
--format json`, and for the coordination network (undirected, over every commenter) the same
pairs as `replynet coordination --format json`, on a world with a brigade made here. The reply network's edges are also recomputed here from `replynet parse`
output. Round trip: comments.jsonl parses back to the same comment table. Pseudonymised
exports carry no name anywhere. Finally the notebook in Notebooks-export/ runs headless.
"""

import argparse
import csv
import datetime
import hashlib
import importlib.util
import io
import json
import math
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "Graphs", "fakti-belarus-eu-2025-10-17.txt")
NETWORKS = ["reply", "mention", "combined"]
PACKAGES = {"networkx": "networkx", "igraph": "python-igraph", "pandas": "pandas",
            "matplotlib": "matplotlib", "nbformat": "nbformat", "nbclient": "nbclient",
            "ipykernel": "ipykernel", "frictionless": "frictionless[json]"}
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
FAILURES = []


def ensure_packages():
    missing = [pip for module, pip in PACKAGES.items() if importlib.util.find_spec(module) is None]
    if missing:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *missing], check=True)


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        if len(FAILURES) <= 30:
            print("FAIL:", message, file=sys.stderr)


def same(a, b):
    """Metric values agree: both missing, or equal (floats to 1e-12)."""
    def missing(x):
        return x is None or (isinstance(x, float) and math.isnan(x))
    if missing(a) or missing(b):
        return missing(a) and missing(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)
    return a == b


def run(replynet, *args, stdin=None):
    result = subprocess.run([replynet, *args], input=stdin, capture_output=True)
    if result.returncode not in (0,):
        raise SystemExit(f"replynet {' '.join(args)} failed ({result.returncode}): "
                         f"{result.stderr.decode()}")
    return result.stdout


def xml_clean(text):
    return XML_INVALID.sub("", text)


def unneutralise(text):
    """The text of a CSV cell replynet wrote: one quote added before a text that, after its own
    leading quotes, starts like a formula (replynet's CSVCell), taken off again."""
    rest = text.lstrip("'")
    risky = rest[:1] in ("=", "+", "-", "@", "\t", "\r") and rest != ""
    return text[1:] if text[:1] == "'" and risky else text


# Expected values ---------------------------------------------------------------------------

def expected(replynet, inputs, flags=()):
    """Per network: stats rows by export ID, the summary; reply edges recomputed here."""
    out = {}
    for network in NETWORKS:
        stats = json.loads(run(replynet, "stats", "--quiet", "--format", "json",
                               "--network", network, *flags, *inputs))
        rows = {}
        for row in stats["commenters"]:
            rows[xml_clean(row["id"])] = row
        out[network] = {"summary": stats["graph"], "rows": rows}
    check(len({len(v["rows"]) for v in out.values()}) == 1, "networks differ in node count")
    table = run(replynet, "parse", "--quiet", *inputs)
    comments = [json.loads(line) for line in table.splitlines()]
    out["comments"] = comments
    # Recomputed here for exact names only (folding is replynet's own rule).
    out["reply_edges"] = None if flags else reply_edges(comments)
    return out


def reply_edges(comments):
    """The reply network from the comment table: u -> v per comment by u replying to v."""
    def norm(name):
        return " ".join(name.split())
    by_thread = {}
    for c in comments:
        by_thread.setdefault(c["thread"], {}).setdefault(c["id"], c)
    edges = {}
    for c in comments:
        target = by_thread[c["thread"]].get(c["reply_to"]) if c["reply_to"] is not None else None
        if target is None or c["author"] is None or target["author"] is None:
            continue
        u, v = xml_clean(norm(c["author"])), xml_clean(norm(target["author"]))
        if u == v:
            continue
        e = edges.setdefault((u, v), {"weight": 0, "threads": set(), "times": []})
        e["weight"] += 1
        e["threads"].add(c["thread"])
        if c["time"]:
            e["times"].append(datetime.datetime.fromisoformat(c["time"]))
    return edges


# Checks shared by every format --------------------------------------------------------------

def check_network(fmt, network, exp, nodes, edges, graph=None, labels_clean=True):
    """nodes: {id: attrs}; edges: {(source, target): attrs}."""
    rows = exp[network]["rows"]
    check(set(nodes) == set(rows), f"{fmt} {network}: node IDs differ from stats "
          f"({sorted(set(nodes) ^ set(rows))[:5]})")
    for node_id, attrs in nodes.items():
        row = rows.get(node_id)
        if row is None:
            continue
        label = attrs.get("label")
        want = xml_clean(row["name"]) if labels_clean else row["name"]
        check(label == want, f"{fmt} {network} {node_id!r}: label {label!r} != {want!r}")
        for metric, value in row.items():
            if metric in ("id", "name"):
                continue
            check(same(attrs.get(metric), value),
                  f"{fmt} {network} {node_id!r}: {metric} {attrs.get(metric)!r} != {value!r}")
    # Edges agree with the stats' degrees and strengths (computed by another code path).
    out_strength, in_strength, out_degree, in_degree = {}, {}, {}, {}
    for (s, t), attrs in edges.items():
        w = attrs["weight"]
        check(w == attrs["replies"] + attrs["mentions"], f"{fmt} {network}: weight != sum")
        layer = "+".join(name for name, count in (("reply", attrs["replies"]),
                                                  ("mention", attrs["mentions"])) if count > 0)
        check(attrs["layer"] == layer, f"{fmt} {network} {s}->{t}: layer {attrs['layer']!r}")
        out_strength[s] = out_strength.get(s, 0) + w
        in_strength[t] = in_strength.get(t, 0) + w
        out_degree[s] = out_degree.get(s, 0) + 1
        in_degree[t] = in_degree.get(t, 0) + 1
    for node_id, row in rows.items():
        check(row["out_strength"] == out_strength.get(node_id, 0),
              f"{fmt} {network} {node_id!r}: out-strength of edges != stats")
        check(row["in_strength"] == in_strength.get(node_id, 0),
              f"{fmt} {network} {node_id!r}: in-strength of edges != stats")
        check(row["out_degree"] == out_degree.get(node_id, 0), f"{fmt} {network}: out-degree")
        check(row["in_degree"] == in_degree.get(node_id, 0), f"{fmt} {network}: in-degree")
    check(len(edges) == exp[network]["summary"]["edges"], f"{fmt} {network}: edge count")
    if network == "reply" and exp["reply_edges"] is not None:
        want = exp["reply_edges"]
        check(set(edges) == set(want), f"{fmt} reply: edges differ from the comment table")
        for key, attrs in edges.items():
            if key not in want:
                continue
            w = want[key]
            check(attrs["weight"] == w["weight"], f"{fmt} reply {key}: weight")
            threads = set(attrs["threads"].split(" | ")) if attrs["threads"] else set()
            check(threads == {xml_clean(t) for t in w["threads"]}, f"{fmt} reply {key}: threads")
            if w["times"]:
                first = datetime.datetime.fromisoformat(attrs["first_time"])
                last = datetime.datetime.fromisoformat(attrs["last_time"])
                check(first == min(w["times"]) and last == max(w["times"]),
                      f"{fmt} reply {key}: first/last time")
    if graph is not None:
        for key, value in exp[network]["summary"].items():
            if key == "network":
                check(graph.get("network") == value, f"{fmt} {network}: graph network")
            else:
                check(same(graph.get(key), value), f"{fmt} {network}: graph {key} "
                      f"{graph.get(key)!r} != {value!r}")


# Readers, one a format ----------------------------------------------------------------------

def check_graphml(directory, exp):
    import igraph
    import networkx as nx
    for network in NETWORKS:
        path = os.path.join(directory, f"{network}.graphml")
        g = nx.read_graphml(path)
        check(g.is_directed(), f"graphml {network}: not directed")
        nodes = {n: dict(a) for n, a in g.nodes(data=True)}
        edges = {(s, t): dict(a) for s, t, a in g.edges(data=True)}
        check_network("networkx.read_graphml", network, exp, nodes, edges, graph=g.graph)
        ig = igraph.Graph.Read_GraphML(path)
        # igraph (libxml2 without entity substitution) gives "&" in node IDs back as "&#38;";
        # data values, the label included, are exact.
        names = [i.replace("&#38;", "&") for i in ig.vs["id"]]
        nodes = {names[v.index]: {k: v[k] for k in ig.vs.attributes()} for v in ig.vs}
        edges = {(names[e.source], names[e.target]): {k: e[k] for k in ig.es.attributes()}
                 for e in ig.es}
        check_network("igraph.Read_GraphML", network, exp, nodes, edges,
                      graph={k: ig[k] for k in ig.attributes()})


def check_gexf(directory, exp):
    import networkx as nx
    for network in NETWORKS:
        g = nx.read_gexf(os.path.join(directory, f"{network}.gexf"), version="1.3")
        nodes = {n: dict(a) for n, a in g.nodes(data=True)}
        edges = {}
        for s, t, a in g.edges(data=True):
            a = dict(a)
            a["weight"] = int(a["weight"])
            check(a.get("start") == a.get("first_time") and a.get("end") == a.get("last_time"),
                  f"gexf {network} {s}->{t}: start/end are not the first/last times")
            edges[(s, t)] = a
        check_network("networkx.read_gexf", network, exp, nodes, edges)


def check_json(directory, exp):
    import networkx as nx
    for network in NETWORKS:
        with open(os.path.join(directory, f"{network}.json"), encoding="utf-8") as f:
            data = json.load(f)
        g = nx.node_link_graph(data, directed=True, multigraph=False)
        nodes = {n: dict(a) for n, a in g.nodes(data=True)}
        edges = {(s, t): dict(a) for s, t, a in g.edges(data=True)}
        check_network("networkx.node_link_graph", network, exp, nodes, edges, graph=g.graph,
                      labels_clean=False)


def read_csv(path, schema_types):
    with open(path, encoding="utf-8", newline="") as f:
        raw = f.read()
    check(not raw.startswith("\ufeff"), f"{path}: byte-order mark")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    out = []
    for row in rows:
        typed = {}
        for key, text in row.items():
            kind = schema_types[key]
            if kind in ("integer", "number", "boolean"):
                check(text not in ("", "None", "nan", "NaN"), f"{path}: {key} written as {text!r}")
                if text == "NA":
                    typed[key] = None
                elif kind == "integer":
                    typed[key] = int(text)
                elif kind == "number":
                    typed[key] = float(text)
                else:
                    typed[key] = {"true": True, "false": False}[text]
            else:
                typed[key] = unneutralise(text)
        out.append(typed)
    return out


def check_csv(directory, exp, package):
    types = {r["path"]: {f["name"]: f["type"] for f in r["schema"]["fields"]}
             for r in package["resources"] if "schema" in r}
    nodes = read_csv(os.path.join(directory, "nodes.csv"), types["nodes.csv"])
    edges = read_csv(os.path.join(directory, "edges.csv"), types["edges.csv"])
    networks = {r["network"]: r for r in
                read_csv(os.path.join(directory, "networks.csv"), types["networks.csv"])}
    for network in NETWORKS:
        check_network("csv", network, exp,
                      {r["id"]: r for r in nodes if r["network"] == network},
                      {(r["source"], r["target"]): r for r in edges if r["network"] == network},
                      graph=networks[network], labels_clean=False)
    comments = read_csv(os.path.join(directory, "comments.csv"), types["comments.csv"])
    want = exp["comments"]
    check(len(comments) == len(want), "comments.csv: row count")
    for got, w in zip(comments, want):
        if "author_name" in got:
            check(got["author_name"] == (w["author"] or ""),
                  f"comments.csv: author {w['author']!r}")
            check(got["text"] == w["text"], f"comments.csv: text of {w['id']}")
        check(got["likes"] == w["likes"] and got["dislikes"] == w["dislikes"], "comments.csv votes")
        check(got["removed"] == w["removed"], "comments.csv: removed")
    threads = read_csv(os.path.join(directory, "threads.csv"), types["threads.csv"])
    check(sum(t["comments"] for t in threads) == len(want), "threads.csv: comment counts")


def check_sqlite(directory, exp):
    db = sqlite3.connect(os.path.join(directory, "replynet.sqlite"))
    db.execute("PRAGMA foreign_keys = ON")
    check(db.execute("PRAGMA foreign_key_check").fetchall() == [], "sqlite: foreign key check")
    check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "sqlite: integrity check")
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    check({"comments", "commenters", "threads", "edges", "metrics", "networks"} <= tables,
          f"sqlite: tables {tables}")
    check(db.execute("PRAGMA foreign_key_list(edges)").fetchall() != [], "sqlite: edges FKs")
    check(db.execute("PRAGMA index_list(comments)").fetchall() != [], "sqlite: comment indexes")
    db.row_factory = sqlite3.Row
    labels = {r["id"]: r["label"] for r in db.execute("SELECT id, label FROM commenters")}
    for network in NETWORKS:
        nodes = {}
        for r in db.execute("SELECT * FROM metrics WHERE network = ?", (network,)):
            attrs = dict(r)
            attrs["label"] = labels[attrs["commenter"]]
            nodes[attrs["commenter"]] = attrs
        edges = {(r["source"], r["target"]): dict(r)
                 for r in db.execute("SELECT * FROM edges WHERE network = ?", (network,))}
        graph = dict(db.execute("SELECT * FROM networks WHERE network = ?", (network,)).fetchone())
        check_network("sqlite3", network, exp, nodes, edges, graph=graph, labels_clean=False)
    count = db.execute("SELECT count(*) FROM comments").fetchone()[0]
    check(count == len(exp["comments"]), "sqlite: comment count")
    # A join the indexes and keys are for: replies received per commenter.
    for r in db.execute("SELECT reply_to_author, count(*) n FROM comments WHERE author IS NOT NULL "
                        "AND reply_to_author IS NOT NULL AND author != reply_to_author "
                        "GROUP BY reply_to_author"):
        check(exp["reply"]["rows"][r["reply_to_author"]]["replies_received"] == r["n"],
              "sqlite: replies received by join")


def check_package(directory):
    with open(os.path.join(directory, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    paths = {r["path"] for r in package["resources"]}
    on_disk = set(os.listdir(directory)) - {"datapackage.json"}
    check(paths == on_disk, f"datapackage: resources {sorted(paths ^ on_disk)} differ from files")
    for r in package["resources"]:
        with open(os.path.join(directory, r["path"]), "rb") as f:
            data = f.read()
        check(r["bytes"] == len(data), f"{r['path']}: bytes")
        if "schema" in r:
            header = next(csv.reader(data.decode("utf-8").splitlines()))
            check(header == [f["name"] for f in r["schema"]["fields"]], f"{r['path']}: fields")
            for field in r["schema"]["fields"]:
                check(field.get("description"), f"{r['path']}: {field['name']} undescribed")
    # The data dictionary describes the data: types, keys and foreign keys hold.
    import frictionless
    report = frictionless.validate(os.path.join(directory, "datapackage.json"))
    check(report.valid, f"frictionless validate {directory}: " + "; ".join(
        f"{task.name}: {error.message}" for task in report.tasks for error in task.errors[:2]))
    for source in package["replynet"]["inputs"]:
        if "hash" in source and os.path.exists(source["path"]):
            with open(source["path"], "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            check(source["hash"] == "sha256:" + digest, f"provenance hash of {source['path']}")
    return package


def check_bundle(replynet, inputs, directory, extra=()):
    run(replynet, "export", "--quiet", "--to", directory, *extra, *inputs)
    exp = expected(replynet, inputs, extra)
    package = check_package(directory)
    check_graphml(directory, exp)
    check_gexf(directory, exp)
    check_json(directory, exp)
    check_csv(directory, exp, package)
    check_sqlite(directory, exp)
    # Round trip: the comment table parses back to the same table.
    original = run(replynet, "parse", "--quiet", *inputs)
    again = run(replynet, "parse", "--quiet", os.path.join(directory, "comments.jsonl"))
    check(original == again, f"comments.jsonl of {inputs} does not read back the same")
    return exp


# Coordination ---------------------------------------------------------------------------------

def brigade_corpus(path):
    """40 threads of 60 comments by 300 people 1-5 minutes apart; in 15 of them a brigade of
    four posts one message, a word changed, within two minutes, replying to one comment."""
    import random
    rng = random.Random(7)
    words = "хората правителството цените войната санкциите Европа мир истината лъжи".split()
    lines = []
    for t in range(40):
        clock = datetime.datetime(2025, 5, 1, 8, tzinfo=datetime.timezone(datetime.timedelta(hours=3)))
        clock += datetime.timedelta(days=t)
        n = 0
        def add(author, text, reply_to=None):
            nonlocal n
            n += 1
            lines.append({"id": str(n), "thread": f"t{t}", "reply_to": reply_to, "author": author,
                          "time": clock.isoformat(), "text": text})
        for k in range(60):
            clock += datetime.timedelta(minutes=rng.randint(1, 5))
            add(f"u{int(300 * rng.random() ** 2)}", " ".join(rng.choice(words) for _ in range(8)),
                str(rng.randint(1, n)) if n and rng.random() < 0.3 else None)
            if k == 30 and t % 40 < 15:
                message = [rng.choice(words) for _ in range(16)]
                target = str(rng.randint(1, n))
                for member in ("Патриот 1", "Патриот 2", "Патриот 3", "Истината БГ"):
                    clock += datetime.timedelta(seconds=rng.randint(15, 40))
                    copy = list(message)
                    copy[rng.randrange(len(copy))] = rng.choice(words)
                    add(member, " ".join(copy), target)
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    return {"Патриот 1", "Патриот 2", "Патриот 3", "Истината БГ"}


def check_coordination(replynet, inputs, directory, members=None):
    """Every format holds the pairs `replynet coordination --format json` found."""
    import networkx as nx
    import igraph as ig
    found = json.loads(run(replynet, "coordination", "--quiet", "--format", "json", *inputs))
    if members is not None:
        check([set(g["members"]) for g in found["groups"]] == [members],
              f"coordination: groups {[g['members'] for g in found['groups']]}")
    ids = {r["label"]: r["id"] for r in csv.DictReader(
        open(os.path.join(directory, "commenters.csv"), encoding="utf-8", newline=""))} \
        if os.path.exists(os.path.join(directory, "commenters.csv")) else {}
    expected_pairs = {frozenset(ids.get(m, m) for m in e["members"])
                      for g in found["groups"] for e in g["evidence"]}
    commenters = sum(1 for _ in open(os.path.join(directory, "commenters.csv"), encoding="utf-8")) - 1
    readers = {
        "graphml": lambda: nx.read_graphml(os.path.join(directory, "coordination.graphml")),
        "gexf": lambda: nx.read_gexf(os.path.join(directory, "coordination.gexf"), version="1.3"),
        "json": lambda: nx.node_link_graph(
            json.load(open(os.path.join(directory, "coordination.json"), encoding="utf-8"))),
    }
    for fmt, read in readers.items():
        g = read()
        check(not g.is_directed(), f"coordination.{fmt} is directed")
        check(g.number_of_nodes() == commenters, f"coordination.{fmt}: {g.number_of_nodes()} nodes")
        pairs = {frozenset(e) for e in g.edges()}
        if fmt == "gexf":  # GEXF nodes carry their ID as the node key
            pairs = {frozenset(e) for e in g.edges()}
        check(pairs == expected_pairs, f"coordination.{fmt}: edges differ from replynet coordination")
        for u, v, d in g.edges(data=True):
            check(d.get("observed", 0) >= 3, f"coordination.{fmt}: edge with observed < 3")
    h = ig.Graph.Read_GraphML(os.path.join(directory, "coordination.graphml"))
    check(not h.is_directed() and h.ecount() == len(expected_pairs), "igraph: coordination edges")
    rows = list(csv.DictReader(open(os.path.join(directory, "coordination_edges.csv"),
                                    encoding="utf-8", newline="")))
    check({frozenset((r["source"], r["target"])) for r in rows} == expected_pairs,
          "coordination_edges.csv differs")
    db = sqlite3.connect(os.path.join(directory, "replynet.sqlite"))
    check({frozenset(r) for r in db.execute("SELECT source, target FROM coordination_edges")}
          == expected_pairs, "replynet.sqlite coordination_edges differs")
    grouped = {r[0] for r in db.execute("SELECT commenter FROM coordination_groups")}
    check(grouped == {ids.get(m, m) for g in found["groups"] for m in g["members"]},
          "replynet.sqlite coordination_groups differs")


# Hostile names and pseudonyms ---------------------------------------------------------------

HOSTILE = ['"Quoted" Name', "<b>bold</b> & co", "=SUM(A1:A9)", "+44 caller", "-minus-",
           "@handle", "bell\u0007and\u0001ctrl", "tab\u000bvertical", "it's, \"comma\"",
           "Ноќ <script>", "\ufeffbom-name", "'=already quoted", "\t=tab first", "\r=cr first",
           "back\u0008space\u000cfeed"]


def hostile_corpus(path):
    lines = []
    for i, name in enumerate(HOSTILE):
        reply_to = str(i) if i > 0 else None
        text = f'reply to "{HOSTILE[i - 1]}" and #{i}' if i > 0 else "first <&> =1+1"
        lines.append({"id": str(i + 1), "thread": "hostile <thread> & \"co\"", "reply_to": reply_to,
                      "author": name, "time": f"2025-03-30T0{i % 10}:30:00+02:00",
                      "likes": i, "dislikes": None if i == 3 else 1, "removed": False,
                      "text": text})
    lines.append({"id": "99", "thread": "hostile <thread> & \"co\"", "reply_to": "1",
                  "author": HOSTILE[2], "time": None, "likes": 0, "dislikes": 0, "removed": False,
                  "text": "second =cmd|' /C calc'!A0"})
    with open(path, "w", encoding="utf-8") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")


def check_pseudonyms(replynet, inputs, work):
    a, b, c = (os.path.join(work, d) for d in ("pseudo-a", "pseudo-b", "pseudo-c"))
    run(replynet, "export", "--quiet", "--to", a, "--pseudonymize", "--salt", "s3cret", *inputs)
    run(replynet, "export", "--quiet", "--to", b, "--pseudonymize", "--salt", "s3cret", *inputs)
    run(replynet, "export", "--quiet", "--to", c, "--pseudonymize", "--salt", "other", *inputs)
    names = set()
    for line in run(replynet, "parse", "--quiet", *inputs).splitlines():
        c_ = json.loads(line)
        if c_["author"]:
            names.add(c_["author"])
    for name in sorted(names):
        # Whole names (words of a name can be ordinary words of an article title).
        pieces = {name, " ".join(name.split())}
        for fname in os.listdir(a):
            with open(os.path.join(a, fname), "rb") as f:
                data = f.read()
            for p in pieces:
                for text in {p, xml_clean(p)}:
                    check(text.encode() not in data, f"pseudonymised {fname} holds {text!r}")
                    escaped = json.dumps(text)[1:-1].encode()
                    check(escaped not in data, f"pseudonymised {fname} holds {text!r} escaped")
    for fname in os.listdir(a):
        with open(os.path.join(a, fname), "rb") as f, open(os.path.join(b, fname), "rb") as g:
            check(f.read() == g.read(), f"pseudonymised {fname} differs between runs")
    ids_a = {r["id"] for r in csv.DictReader(open(os.path.join(a, "commenters.csv"),
                                                  encoding="utf-8", newline=""))}
    ids_c = {r["id"] for r in csv.DictReader(open(os.path.join(c, "commenters.csv"),
                                                  encoding="utf-8", newline=""))}
    check(all(re.fullmatch("p[0-9a-f]{16}", i) for i in ids_a), "pseudonym form")
    check(len(ids_a) == len(names) and not ids_a & ids_c, "pseudonyms: count or salt independence")
    graph_ids = {n["id"] for n in json.load(open(os.path.join(a, "reply.json")))["nodes"]}
    check(graph_ids == ids_a, "pseudonyms differ between files")
    # The pseudonymised comment table is still a corpus with the same reply network.
    stats_orig = json.loads(run(replynet, "stats", "--quiet", "--format", "json", *inputs))
    stats_pseudo = json.loads(run(replynet, "stats", "--quiet", "--format", "json",
                                  os.path.join(a, "comments.jsonl")))
    for key in ("nodes", "edges", "total_weight", "reciprocity", "diameter"):
        check(stats_orig["graph"][key] == stats_pseudo["graph"][key], f"pseudonymised {key}")


def check_committed_bundle(replynet, work):
    """Notebooks-export/bundle is what `make exports` writes today."""
    committed = os.path.join(ROOT, "Notebooks-export", "bundle")
    fresh = os.path.join(work, "fresh-bundle")
    subprocess.run([replynet, "export", "--quiet", "--to", fresh,
                    os.path.relpath(SAMPLE, ROOT)], cwd=ROOT, check=True)
    names = sorted(os.listdir(fresh))
    check(names == sorted(os.listdir(committed)), "Notebooks-export/bundle: files differ")
    for name in names:
        with open(os.path.join(fresh, name), "rb") as f, \
                open(os.path.join(committed, name), "rb") as g:
            check(f.read() == g.read(),
                  f"Notebooks-export/bundle/{name} is out of date: run make exports")


def check_notebook():
    import nbformat
    from nbclient import NotebookClient
    path = os.path.join(ROOT, "Notebooks-export", "replynet-export.ipynb")
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": os.path.dirname(path)}}).execute()
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            check(output.get("output_type") != "error", f"notebook cell failed: {output}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replynet", default=os.path.join(ROOT, ".build", "debug", "replynet"))
    parser.add_argument("--skip-notebook", action="store_true")
    args = parser.parse_args()
    ensure_packages()
    replynet = os.path.abspath(args.replynet)
    with tempfile.TemporaryDirectory(prefix="replynet-exports-") as work:
        check_bundle(replynet, [SAMPLE], os.path.join(work, "sample"))
        check_coordination(replynet, [SAMPLE], os.path.join(work, "sample"))
        brigade = os.path.join(work, "brigade.jsonl")
        members = brigade_corpus(brigade)
        check_bundle(replynet, [brigade], os.path.join(work, "brigade"))
        check_coordination(replynet, [brigade], os.path.join(work, "brigade"), members)
        hostile = os.path.join(work, "hostile.jsonl")
        hostile_corpus(hostile)
        check_bundle(replynet, [hostile], os.path.join(work, "hostile"))
        check_bundle(replynet, [hostile], os.path.join(work, "hostile-folded"), ["--fold-names"])
        check_pseudonyms(replynet, [SAMPLE], work)
        check_pseudonyms(replynet, [hostile], os.path.join(work, "sample"))
        check_committed_bundle(replynet, work)
    if not args.skip_notebook:
        check_notebook()
    if FAILURES:
        print(f"check_exports: {len(FAILURES)} failures", file=sys.stderr)
        return 1
    print("check_exports: every format read by its consumer agrees with replynet stats")
    return 0


if __name__ == "__main__":
    sys.exit(main())
