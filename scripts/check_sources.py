#!/usr/bin/env python3
"""Reads files that other programs made, with replynet, and checks the reply network against
one that NetworkX builds here from the same records.

Run by `make test`:  python3 scripts/check_sources.py [--replynet PATH]

The producers are the real ones wherever they install here:
  ConvoKit      its own Corpus.dump (pip install --no-deps convokit, plus what its model
                imports), in the corpus directory layout and as utterances.jsonl alone;
  Reddit dumps  NDJSON in Arctic Shift's monthly schemas (string created_utc before 2015-12,
                numbers after), compressed by the zstd program with --long=31 as the dumps
                are, comments and submissions in separate RC_/RS_ files;
  YouTube       youtube-comment-downloader's own main() and CommentWriter (its network fetch
                replaced by records shaped as its downloader makes them), in jsonl, json, csv;
  Hacker News   items in the Firebase API's schema (no package writes them offline);
  4CAT          the CSV fixtures made by 4CAT's own export code (Tests/Fixtures/sources/4cat).
For each, the expected network is built from the records by the source's own rules
(NetworkX DiGraph, weight = replies), and compared with `replynet export --formats json`.
It also checks that a misread is loud: a directory with nothing readable exits 66.
"""

import argparse
import contextlib
import csv
import io
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "Fixtures", "sources")
# ConvoKit installs without its heavy optional dependencies; these are what its model imports.
CONVOKIT_DEPS = ["pandas", "numpy", "msgpack-numpy", "dill", "tqdm", "pyyaml", "pymongo",
                 "dnspython", "scipy", "matplotlib", "requests", "scikit-learn", "unidecode"]
FAILURES = []


def ensure_packages():
    def missing(module):
        return importlib.util.find_spec(module) is None
    pip = [sys.executable, "-m", "pip", "install", "-q"]
    if missing("networkx"):
        subprocess.run(pip + ["networkx"], check=True)
    if missing("convokit"):
        subprocess.run(pip + CONVOKIT_DEPS, check=True)
        subprocess.run(pip + ["--no-deps", "convokit"], check=True)
    if missing("youtube_comment_downloader"):
        subprocess.run(pip + ["youtube-comment-downloader"], check=True)
    if shutil.which("zstd") is None:
        raise SystemExit("check_sources: the zstd program is missing (make deps installs it)")


def check(condition, message):
    if not condition:
        FAILURES.append(message)
        print("FAIL:", message, file=sys.stderr)


def replynet_network(replynet, inputs, *options, expect_exit=0):
    """The reply network replynet exports, as a NetworkX DiGraph, and the run's stderr."""
    import networkx as nx
    out = tempfile.mkdtemp(prefix="replynet-sources-")
    try:
        result = subprocess.run(
            [replynet, "export", "--quiet", "--formats", "json", "--to", out, *options, *inputs],
            capture_output=True, text=True)
        check(result.returncode == expect_exit,
              f"export {inputs} exited {result.returncode}: {result.stderr}")
        with open(os.path.join(out, "reply.json"), encoding="utf-8") as f:
            data = json.load(f)
        graph = nx.node_link_graph(data, edges="edges")
        stats = subprocess.run([replynet, "stats", "--format", "json", *options, *inputs],
                               capture_output=True, text=True)
        return graph, stats.stderr
    finally:
        shutil.rmtree(out, ignore_errors=True)


def expected_network(replies, authors):
    """NetworkX's network from (replier id, target id) pairs and an id → author map: an edge
    per pair of known, different authors, weighted by replies (replynet's definition)."""
    import networkx as nx
    graph = nx.DiGraph()
    for source, target in replies:
        a, b = authors.get(source), authors.get(target)
        if a is None or b is None or a == b:
            continue
        w = graph.get_edge_data(a, b, {"weight": 0})["weight"]
        graph.add_edge(a, b, weight=w + 1)
    return graph


def compare(name, actual, expected):
    """The same labelled edges with the same weights."""
    label = {n: d.get("label", n) for n, d in actual.nodes(data=True)}
    got = {(label[u], label[v]): d["weight"] for u, v, d in actual.edges(data=True)}
    want = {(u, v): d["weight"] for u, v, d in expected.edges(data=True)}
    check(got == want, f"{name}: reply network differs from NetworkX's: "
          f"{sorted(set(got.items()) ^ set(want.items()))[:8]}")
    check(len(want) > 0, f"{name}: the test's network has no edges")
    print(f"check_sources: {name}: {len(want)} edges, {sum(want.values())} replies agree",
          file=sys.stderr)


# MARK: - ConvoKit

def convokit_corpus(directory, rng):
    """A Reddit-like corpus of many trees, written by ConvoKit's own Corpus.dump."""
    from convokit import Corpus, Speaker, Utterance
    names = [f"потребител_{k}" for k in range(60)] + ["[deleted]"]
    speakers = {n: Speaker(id=n, meta={"karma": rng.randint(0, 99)}) for n in names}
    utterances = []
    for c in range(40):
        root = f"t3_{c:04x}"
        ids = [root]
        utterances.append(Utterance(
            id=root, speaker=speakers[rng.choice(names)], conversation_id=root, reply_to=None,
            timestamp=1_700_000_000 + c * 3600, text=f"Тема {c}", meta={"score": rng.randint(-5, 50)}))
        for k in range(rng.randint(2, 40)):
            uid = f"t1_{c:04x}{k:03d}"
            utterances.append(Utterance(
                id=uid, speaker=speakers[rng.choice(names)], conversation_id=root,
                reply_to=rng.choice(ids), timestamp=1_700_000_000 + c * 3600 + k * 60,
                text=f"Отговор „{k}“ с \"кавички\" и емоджи 😀",
                meta={"score": rng.randint(-5, 50), "gilded": 0}))
            ids.append(uid)
    corpus = Corpus(utterances=utterances)
    for conversation in corpus.iter_conversations():
        conversation.meta["title"] = f"Заглавие на {conversation.id}"
    corpus.dump(os.path.basename(directory), base_path=os.path.dirname(directory))
    replies = [(u.id, u.reply_to) for u in utterances if u.reply_to]
    authors = {u.id: u.speaker.id for u in utterances}
    return replies, authors, len(utterances)


def check_convokit(replynet, work):
    rng = random.Random(5)
    directory = os.path.join(work, "reddit-corpus")
    replies, authors, count = convokit_corpus(directory, rng)
    expected = expected_network(replies, authors)
    actual, stderr = replynet_network(replynet, [directory])
    compare("ConvoKit corpus (Corpus.dump)", actual, expected)
    check("read as: ConvoKit corpus" in stderr, f"ConvoKit: not read as a corpus: {stderr}")
    check("not a comment table" not in stderr, f"ConvoKit: side files read as tables: {stderr}")
    check(f"integrity: 40 threads, {count} comments" in stderr, f"ConvoKit counts: {stderr}")
    # The download layout: utterances.jsonl alone.
    alone = os.path.join(work, "utterances-alone")
    os.makedirs(alone)
    shutil.copy(os.path.join(directory, "utterances.jsonl"), alone)
    actual, stderr = replynet_network(replynet, [alone])
    compare("ConvoKit utterances.jsonl alone", actual, expected)
    check("read as: ConvoKit utterances" in stderr, f"ConvoKit alone: {stderr}")


# MARK: - Reddit dumps

def reddit_dump(directory, rng):
    """RC_ and RS_ NDJSON files in Arctic Shift's 2015-06 schema, compressed by zstd --long=31."""
    submissions, comments = [], []
    authors = [f"redditor_{k}" for k in range(50)]
    for s in range(30):
        sid = f"3a{s:04x}"
        author = "[deleted]" if s % 11 == 0 else rng.choice(authors)
        submissions.append({
            "id": sid, "name": f"t3_{sid}", "author": author, "title": f"Submission {s}",
            "selftext": "[removed]" if s % 13 == 0 else "Some &amp; text",
            "created_utc": str(1_433_000_000 + s * 600), "score": rng.randint(0, 500),
            "subreddit": "bulgaria", "num_comments": 0, "is_self": True, "url": "https://x"})
        ids = []
        for k in range(rng.randint(0, 25)):
            cid = f"c{s:03x}{k:03x}"
            parent = f"t1_{rng.choice(ids)}" if ids and rng.random() < 0.6 else f"t3_{sid}"
            who = rng.choice(authors + ["[deleted]"])
            comments.append({
                "id": cid, "name": f"t1_{cid}", "parent_id": parent, "link_id": f"t3_{sid}",
                "author": who, "body": "[deleted]" if who == "[deleted]" else f"comment {k} &gt; quoted",
                "created_utc": str(1_433_000_000 + s * 600 + k * 7), "score": rng.randint(-10, 99),
                "subreddit": "bulgaria", "controversiality": 0, "gilded": 0})
            ids.append(cid)
    # Comments on a submission that is in no file: they keep their own thread.
    comments.append({"id": "orphan1", "parent_id": "t3_zzzz", "link_id": "t3_zzzz",
                     "author": "redditor_1", "body": "x", "created_utc": 1_433_500_000, "score": 1})
    comments.append({"id": "orphan2", "parent_id": "t1_orphan1", "link_id": "t3_zzzz",
                     "author": "redditor_2", "body": "y", "created_utc": 1_433_500_060, "score": 1})
    rng.shuffle(comments)  # dumps are ordered by time, not by thread
    for prefix, records in (("RC", comments), ("RS", submissions)):
        plain = os.path.join(directory, f"{prefix}_2015-06")
        with open(plain, "w", encoding="utf-8") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        subprocess.run(["zstd", "-q", "--long=31", "-19", "--rm", plain, "-o", plain + ".zst"],
                       check=True)
    known = {}
    for record in submissions + comments:
        if record["author"] != "[deleted]":
            known[record["id"]] = record["author"]
    replies = [(c["id"], c["parent_id"][3:]) for c in comments]
    return replies, known


def check_reddit(replynet, work):
    rng = random.Random(7)
    directory = os.path.join(work, "pushshift")
    os.makedirs(directory)
    replies, authors = reddit_dump(directory, rng)
    actual, stderr = replynet_network(replynet, [directory])
    compare("Reddit dump (RC_/RS_ .zst, --long=31)", actual, expected_network(replies, authors))
    check("read as: Reddit dump (Pushshift / Arctic Shift) × 2" in stderr, f"Reddit: {stderr}")
    check("[deleted]" not in {d.get("label") for _, d in actual.nodes(data=True)},
          "Reddit: [deleted] became a commenter")


# MARK: - YouTube

def check_youtube(replynet, work):
    import youtube_comment_downloader as ycd
    rng = random.Random(11)
    records, authors, replies = [], {}, []
    for t in range(25):
        top = "Ugz" + "".join(rng.choice("abcdefghijkLMNOP0123456789_-") for _ in range(20)) + "AaABAg"
        who = f"@viewer{rng.randint(0, 30)}"
        records.append({"cid": top, "text": f"Коментар {t}", "time": "2 weeks ago",
                        "author": who, "channel": "UC" + top[:22], "votes": rng.choice(["0", "37", "1.2K"]),
                        "replies": "", "photo": "https://yt3.ggpht.com/x", "heart": False,
                        "reply": False, "time_parsed": 1_734_523_200.5 - t * 3600})
        authors[top] = who
        for k in range(rng.randint(0, 6)):
            cid = top + "." + "".join(rng.choice("ABCDEFGH0123456789") for _ in range(22))
            replier = f"@viewer{rng.randint(0, 30)}"
            records.append({"cid": cid, "text": f"@{who[1:]} отговор {k}", "time": "1 week ago",
                            "author": replier, "channel": "UC" + cid[-22:], "votes": str(k),
                            "replies": "", "photo": "https://yt3.ggpht.com/y", "heart": k == 0,
                            "reply": True, "time_parsed": 1_734_600_000.25 + k})
            authors[cid] = replier
            replies.append((cid, top))
    expected = expected_network(replies, authors)

    # The tool's own command line writes the files; only its network fetch is replaced.
    ycd.YoutubeCommentDownloader.get_comments = lambda self, *a, **k: iter(records)
    for fmt, name in (("jsonl", "dQw4w9WgXcQ.json"), ("json", "dQw4w9WgXcQ-format.json"),
                      ("csv", "dQw4w9WgXcQ.csv")):
        path = os.path.join(work, "youtube-" + fmt, name)
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # its progress lines
                ycd.main(["--youtubeid", "dQw4w9WgXcQ", "--output", path, "--format", fmt])
        except SystemExit as e:
            check(e.code in (None, 0), f"youtube-comment-downloader exited {e.code}")
        actual, stderr = replynet_network(replynet, [path])
        compare(f"youtube-comment-downloader --format {fmt}", actual, expected)
        check("read as: youtube-comment-downloader" in stderr, f"YouTube {fmt}: {stderr}")


# MARK: - Hacker News

def check_hacker_news(replynet, work):
    rng = random.Random(13)
    items, authors, replies = [], {}, []
    next_id = 1000
    for s in range(20):
        story = next_id
        next_id += 1
        by = f"hn_{rng.randint(0, 25)}"
        items.append({"by": by, "id": story, "score": rng.randint(1, 300), "time": 1_175_714_200 + s,
                      "title": f"Story {s}", "type": "story", "url": "https://example.org",
                      "descendants": 0, "kids": []})
        authors[story] = by
        ids = [story]
        for _ in range(rng.randint(0, 20)):
            cid = next_id
            next_id += 1
            parent = rng.choice(ids)
            item = {"id": cid, "parent": parent, "time": 1_175_714_300 + cid, "type": "comment"}
            if rng.random() < 0.08:
                item["deleted"] = True  # the API drops by and text
            else:
                item["by"] = f"hn_{rng.randint(0, 25)}"
                item["text"] = "Agree &amp; <i>disagree</i><p>second"
                authors[cid] = item["by"]
                if rng.random() < 0.05:
                    item["dead"] = True
            items.append(item)
            ids.append(cid)
            replies.append((cid, parent))
    rng.shuffle(items)  # the API hands items out one by one, in any order
    path = os.path.join(work, "hn-items.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for item in items:
            f.write(json.dumps(item) + "\n")
    actual, stderr = replynet_network(replynet, [path])
    compare("Hacker News items", actual, expected_network(replies, authors))
    check("read as: Hacker News items" in stderr, f"HN: {stderr}")


# MARK: - 4CAT

def check_4cat(replynet):
    """4CAT's exports (fixtures made by 4CAT's own code), by 4CAT's own reply rules."""
    import re
    for name in ("reddit", "4chan", "telegram"):
        path = os.path.join(FIXTURES, "4cat", f"{name}.csv")
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        authors, replies = {}, []
        for row in rows:
            if name == "telegram":
                who = row["author_username"] or row["author_name"] or row["author"]
            else:
                who = None if row["author"] in ("[deleted]", "[removed]") else row["author"]
            if who:
                authors[row["id"]] = who
            if name == "reddit" and row["parent"]:
                replies.append((row["id"], row["parent"][3:]))
            elif name == "4chan":
                quotes = [q for q in re.findall(r">>([0-9]+)", row["body"]) if q != row["id"]]
                if quotes:  # 4CAT's quote network links the first quote only
                    replies.append((row["id"], quotes[0]))
            elif name == "telegram" and row["reply_to"]:
                replies.append((row["id"], f"{row['thread_id']}-{row['reply_to']}"))
        actual, _ = replynet_network(replynet, [path])
        expected = expected_network(replies, authors)
        if name == "4chan":
            # Every poster is "Anonymous": all replies are self-replies, so no edge at all.
            check(actual.number_of_edges() == 0 and expected.number_of_edges() == 0,
                  "4CAT 4chan: anonymous posts made edges")
            continue
        compare(f"4CAT export ({name})", actual, expected)


# MARK: - Loud misreads

def check_misreads(replynet, work):
    empty = os.path.join(work, "nothing")
    os.makedirs(empty)
    for name in ("paper.pdf", "notes.md"):
        with open(os.path.join(empty, name), "w") as f:
            f.write("not comments")
    result = subprocess.run([replynet, "stats", empty], capture_output=True, text=True)
    check(result.returncode == 66, f"a directory of other files exited {result.returncode}")
    check("2 files skipped" in result.stderr, f"skipped files not named: {result.stderr}")
    check(result.stdout == "", "a table was printed for nothing")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--replynet", default=os.path.join(ROOT, ".build", "debug", "replynet"))
    args = parser.parse_args()
    ensure_packages()
    work = tempfile.mkdtemp(prefix="replynet-check-sources-")
    try:
        check_convokit(args.replynet, work)
        check_reddit(args.replynet, work)
        check_youtube(args.replynet, work)
        check_hacker_news(args.replynet, work)
        check_4cat(args.replynet)
        check_misreads(args.replynet, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        raise SystemExit(f"check_sources: {len(FAILURES)} failures")
    print("check_sources: every source's reply network agrees with NetworkX's", file=sys.stderr)


if __name__ == "__main__":
    main()
