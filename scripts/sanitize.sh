#!/usr/bin/env bash
# The test suite under AddressSanitizer (with LeakSanitizer) and, separately,
# ThreadSanitizer, then a leak check of the commands users run most. Zero reports, or exit 1.
#
#   make sanitize                     all three
#   scripts/sanitize.sh address       one of: address, thread, leaks
#
# The sanitized builds live in .build-asan/ and .build-tsan/. The CLI tests run the
# sanitized replynet beside them, so every command they run is checked too: a report makes
# the binary exit non-zero and its test fail. Graphviz's own leaks are suppressed by name in
# scripts/sanitizers/ (listed in the README); nothing of ours is.
set -euo pipefail
cd "$(dirname "$0")/.."
supp=$PWD/scripts/sanitizers
# exitcode=86: a code replynet never uses, so that a test expecting replynet's 65 or 66 (or
# any failure) cannot pass on a sanitizer's report (ThreadSanitizer's default is 66).
export LSAN_OPTIONS="suppressions=$supp/lsan-suite.supp:print_suppressions=0:exitcode=86"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:abort_on_error=0:exitcode=86"
export TSAN_OPTIONS="halt_on_error=1:exitcode=86:suppressions=$supp/tsan.supp"
# Left out: the worst-case shapes (200,000-comment runs take too long sanitized; the debug
# suite runs them) and the flat-memory test (AddressSanitizer's quarantine holds freed memory
# on purpose, so peaks grow).
skip=(--skip WorstCaseShapesTests --skip RenderMemoryTests)
modes=("$@")
[ ${#modes[@]} -gt 0 ] || modes=(address thread leaks)

for mode in "${modes[@]}"; do
  case $mode in
    address | thread)
      scratch=.build-${mode:0:1}san
      echo "== swift test --sanitize=$mode"
      swift build --build-tests --sanitize="$mode" --scratch-path "$scratch" 2>&1 | tail -1
      swift test --skip-build --sanitize="$mode" --scratch-path "$scratch" "${skip[@]}" 2>&1 \
        | tee "$scratch/sanitize.log" | grep -E '^(✔ Test run|✘)|Sanitizer|SUMMARY' || true
      if grep -qE 'Sanitizer|SUMMARY: ' "$scratch/sanitize.log" \
        || ! grep -q '^✔ Test run' "$scratch/sanitize.log"; then
        echo "sanitize: $mode: reports or failures, see $scratch/sanitize.log"
        exit 1
      fi
      ;;
    leaks)
      # The commands as users run them, on the sample and on a generated corpus (2,287
      # comments in 40 threads), each a process of its own: LeakSanitizer reports at exit.
      # Stacks are unwound fully (slower) so that suppressions name Graphviz's functions.
      export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0:exitcode=86"
      export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
      scratch=.build-asan
      swift build --sanitize=address --scratch-path "$scratch" --product replynet 2>&1 | tail -1
      bin=$scratch/debug/replynet
      out=$(mktemp -d)
      trap 'rm -rf "$out"' EXIT
      corpus=Tests/Fixtures/stats/synthetic-small.jsonl.gz
      sample=Graphs/fakti-belarus-eu-2025-10-17.txt
      status=0
      for input in "$sample" "$corpus"; do
        for command in "stats" "stats --network combined -f json" "conflict" "commenters" \
          "render --view thread --each-thread $out/threads" "render --view replies -o $out/r.png" \
          "render --view combined -o $out/c.pdf" "render --each-thread $out/each" \
          "export --to $out/bundle"; do
          code=0
          $bin $command -q "$input" >/dev/null 2>"$out/err" || code=$?
          [ "$code" = 0 ] && continue
          echo "leaks: replynet $command $input: exit $code"
          { grep -A12 -E '^(Direct|Indirect) leak' "$out/err" || tail -40 "$out/err"; } | head -60
          status=1
        done
      done
      [ $status = 0 ] && echo "leaks: no report from stats, conflict, commenters, render or export"
      [ $status = 0 ] || exit 1
      ;;
    *) echo "sanitize: unknown mode $mode (address, thread, leaks)"; exit 64 ;;
  esac
done
