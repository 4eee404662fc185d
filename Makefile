# replynet — set-up, demo and tests in one command each, on a fresh Debian machine.
#
#   make demo    install what is missing, build, run the main job on the sample thread
#   make test    install what is missing, lint, run the whole test suite
#
# Other targets: build, lint, format, bench, fuzz, sanitize, oracle (regenerate golden
# values), clean.

SWIFT       ?= swift
SAMPLE      := Graphs/fakti-belarus-eu-2025-10-17.txt
# libgraphviz-dev: the C library we link (libgvc6 and its plugins come with it);
# graphviz: `dot -c` writes the plugin list (config6a) that in-process layout needs;
# fonts-dejavu-core: a font with Cyrillic glyphs for rendered labels;
# zlib1g-dev, libzstd-dev: reading .gz and .zst inputs; zstd: the program that makes Reddit's
# dumps, which the tests use to make theirs; libsqlite3-dev: SQLite exports (GRDB);
# pkg-config: how SwiftPM finds the C libraries; time: GNU time, the peak memory of a run
# (benchmark, tests); chromium, chromium-driver: the browser the report's test opens it in.
APT_PACKAGES := libgraphviz-dev graphviz fonts-dejavu-core zlib1g-dev libzstd-dev zstd \
  libsqlite3-dev pkg-config time chromium chromium-driver
SUDO        := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN         := .build/release/replynet

.PHONY: deps build demo graphs exports lexicon test lint format bench bench-scale fuzz sanitize oracle clean

GRAPH_VIEWS := thread replies mentions combined coordination
GRAPH_STEM  := Graphs/fakti-belarus-eu-2025-10-17

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
	@gv=$$(pkg-config --variable=libdir libgvc)/graphviz; \
	[ -s "$$gv/config6a" ] || [ -s "$$gv/config6" ] || $(SUDO) dot -c

build: deps
	$(SWIFT) build -c release --product replynet

demo: build
	@echo "== replynet parse $(SAMPLE) | head -n 3"
	@$(BIN) parse --quiet $(SAMPLE) | head -n 3
	@echo
	@echo "== replynet stats $(SAMPLE)"
	@$(BIN) stats $(SAMPLE)
	@echo
	@echo "== replynet conflict --top 5 $(SAMPLE)"
	@$(BIN) conflict --quiet --top 5 $(SAMPLE)
	@echo
	@echo "== replynet render $(SAMPLE) --view VIEW -o $(GRAPH_STEM).VIEW.{dot,svg}"
	@$(MAKE) --no-print-directory graphs
	@ls -1 $(GRAPH_STEM).*.svg
	@echo
	@echo "== replynet report $(SAMPLE) -o $(GRAPH_STEM).report.html"
	@$(BIN) report --quiet $(SAMPLE) -o $(GRAPH_STEM).report.html
	@echo "wrote $(GRAPH_STEM).report.html: open it in a browser"

# The sample thread's diagrams, every view as DOT and SVG (committed; GalleryTests renders
# them again and compares the DOT byte for byte and the SVG structurally).
graphs: build
	@for v in $(GRAPH_VIEWS); do for f in dot svg; do \
	  $(BIN) render --quiet $(SAMPLE) --view $$v -o $(GRAPH_STEM).$$v.$$f || exit 1; \
	done; done
	@echo "wrote $(GRAPH_STEM).{$$(echo $(GRAPH_VIEWS) | tr ' ' ,)}.{dot,svg}"

# Regenerate the embedded default hostility lexicon after editing the .txt (a test checks
# that the two agree).
lexicon:
	python3 -c 'import sys; src = open("Sources/DiscussionGraph/Conflict/Text/Resources/hostility-bg.txt").read(); \
	open("Sources/DiscussionGraph/Conflict/Text/HostilityLexicon+Default.swift", "w").write( \
	"// Generated from Resources/hostility-bg.txt: do not edit; edit the .txt and regenerate with\n" \
	"//   make lexicon   (see the Makefile; a test checks that the two agree)\n\n" \
	"extension HostilityLexicon {\n" \
	"  /// The text of `Conflict/Text/Resources/hostility-bg.txt`, embedded so that the library\n" \
	"  /// needs no bundle resources.\n" \
	"  public static let defaultText = #\"\"\"\n" + src + "\n\"\"\"#\n}\n")'
	swift format -i Sources/DiscussionGraph/Conflict/Text/HostilityLexicon+Default.swift

LINTED := Sources Tests Package.swift Fuzz/Package.swift Fuzz/Sources

lint:
	$(SWIFT) format lint --strict -r $(LINTED)

format:
	$(SWIFT) format -i -r $(LINTED)

# The sample thread's export bundle that Notebooks-export/ loads (committed; the check in
# `make test` fails when it is out of date).
exports: build
	rm -rf Notebooks-export/bundle
	$(BIN) export --quiet --to Notebooks-export/bundle $(SAMPLE)

# The Swift tests, then every export opened by the tool that consumes it (NetworkX, igraph,
# sqlite3, csv, frictionless) and the notebook executed headless, then files made by the
# programs that make them (ConvoKit, zstd, youtube-comment-downloader) read and their reply
# networks checked against NetworkX, then reports opened in headless Chromium (sorting,
# filtering, no script from the data, axe-core); the Python checks install what they lack
# from PyPI.
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	python3 scripts/check_exports.py --replynet .build/debug/replynet
	python3 scripts/check_sources.py --replynet .build/debug/replynet
	python3 scripts/check_report.py --replynet .build/debug/replynet

# The commands stages run the release binary beside the benchmark: both are built.
bench: deps
	$(SWIFT) build -c release --product replynet
	$(SWIFT) build -c release --product ReplynetBenchmarks
	.build/release/ReplynetBenchmarks

# The larger corpora (1.8 and 6 million comments; the second takes 2.4 GB of disk and about
# 15 minutes): stats, conflict and export as users run them.
bench-scale: deps
	$(SWIFT) build -c release --product replynet
	$(SWIFT) build -c release --product ReplynetBenchmarks
	.build/release/ReplynetBenchmarks scale

# libFuzzer on the readers (Fuzz/): each target FUZZ_SECONDS (600) long, FUZZ_JOBS (2) at a
# time, seeded with the fixtures; a failure is kept as .build/fuzz/<target>/crash-*.
fuzz: deps
	scripts/fuzz.sh

# The test suite under AddressSanitizer (with leak checks) and ThreadSanitizer, then a leak
# check of stats, conflict, render and export on the sample and a generated corpus.
sanitize: deps
	scripts/sanitize.sh

oracle:
	python3 -m pip install -q python-igraph networkx numpy
	python3 scripts/oracle/centrality_oracle.py
	python3 scripts/oracle/structure_oracle.py
	python3 scripts/oracle/stats_oracle.py

clean:
	rm -rf .build
