#!/usr/bin/env bash
# Runs replynet's libFuzzer targets (Fuzz/), each for FUZZ_SECONDS (default 600), FUZZ_JOBS
# (default 2) at a time, seeded with the test fixtures of its format and with
# Tests/Fixtures/fuzz/<target>/ (inputs that once failed, replayed by FuzzRegressionTests).
# Prints, per target, the executions, the coverage (edges and features) and the corpus size;
# exits 1 when a target found a crash, a leak, a hang or a broken promise (its input is saved
# as .build/fuzz/<target>/crash-* with the fuzzer's log beside it).
#
#   make fuzz                      every target, 10 minutes each
#   FUZZ_SECONDS=30 make fuzz      a quick pass
#   scripts/fuzz.sh FuzzCSV        one target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-600}
jobs=${FUZZ_JOBS:-2}
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzPageText FuzzJSON FuzzJSONLines FuzzCSV FuzzGzip FuzzZstd)

swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address \
  -Xswiftc -use-ld=lld >/dev/null
bin=Fuzz/.build/release
work=.build/fuzz

# The fixtures of each target's format: its seeds.
seed_patterns() {
  case $1 in
    FuzzPageText) echo '*.txt' ;;
    FuzzJSON) echo '*.json' ;;
    FuzzJSONLines) echo '*.jsonl *.ndjson' ;;
    FuzzCSV) echo '*.csv *.tsv' ;;
    FuzzGzip) echo '*.gz' ;;
    FuzzZstd) echo '*.zst' ;;
  esac
}

run() {
  local target=$1 dir=$work/$1
  rm -rf "$dir/seeds" && mkdir -p "$dir/seeds" "$dir/corpus" "Tests/Fixtures/fuzz/$target"
  for pattern in $(seed_patterns "$target"); do
    find Tests/Fixtures Graphs -name "$pattern" -size -1M -exec cp {} "$dir/seeds/" \;
  done
  # zstd's seeds are made here: the fixtures hold none (the tests make theirs with zstd).
  if [ "$target" = FuzzZstd ]; then
    find Tests/Fixtures/sources Tests/Fixtures/table Graphs \( -name '*.jsonl' -o -name '*.ndjson' \
      -o -name '*.txt' \) -exec sh -c 'zstd -q -f "$1" -o "$2/$(basename "$1").zst"' _ {} "$dir/seeds" \;
  fi
  cp Tests/Fixtures/fuzz/"$target"/* "$dir/seeds/" 2>/dev/null || true
  "$bin/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536 \
    -print_final_stats=1 -artifact_prefix="$dir/" "$dir/corpus" "$dir/seeds" \
    >"$dir/log" 2>&1 && echo "ok" >"$dir/status" || echo "FAILED" >"$dir/status"
}

running=0
for target in "${targets[@]}"; do
  run "$target" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then wait -n || true; running=$((running - 1)); fi
done
wait

failed=0
printf '%-14s %-7s %12s %8s %8s %7s\n' target status executions edges features corpus
for target in "${targets[@]}"; do
  dir=$work/$target
  status=$(cat "$dir/status")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log")
  done_line=$(grep -E '^#[0-9]+.*(DONE|cov:)' "$dir/log" | tail -1)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$done_line")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$done_line")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$done_line")
  printf '%-14s %-7s %12s %8s %8s %7s\n' "$target" "$status" "${runs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}"
  if [ "$status" != ok ]; then
    failed=1
    echo "  $dir/log:" && grep -E 'ERROR|Fatal|Test unit written' "$dir/log" | head -5 | sed 's/^/    /'
  fi
done
exit $failed
