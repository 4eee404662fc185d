import Foundation

// Benchmarks of replynet's stages, in a release build:
//   swift build -c release --product ReplynetBenchmarks && .build/release/ReplynetBenchmarks [stage…]
// Stages: parse, read, stats, paths, render, conflict, export, commands (default: all), and
// scale (only when named: larger corpora of 1.8 and 6 million comments). Each prints its time, CPU
// time and peak memory. `stats` also runs python-igraph and NetworkX on the same graph
// (scripts/bench/reference_bench.py) unless `--no-reference` is given.

let arguments = Set(CommandLine.arguments.dropFirst().filter { !$0.hasPrefix("--") })
let flags = Set(CommandLine.arguments.dropFirst().filter { $0.hasPrefix("--") })
let corpus = BenchmarkCorpus()
func wanted(_ stage: String) -> Bool { arguments.isEmpty || arguments.contains(stage) }

print("replynet benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores")
if wanted("parse") {
  print("\n== parse: page text, generated corpus")
  try ParseBenchmark.run(corpus)
}
if wanted("read") {
  print("\n== read: a 600,000-comment JSON Lines table and its .zst, replynet parse end to end")
  try TableReadBenchmark.run(corpus)
}
if wanted("stats") {
  print("\n== stats: reply network of the generated corpus, every metric")
  try StatsBenchmark.run(corpus, reference: !flags.contains("--no-reference"))
}
if wanted("paths") {
  print("\n== paths: the path engine alone on the reply network")
  try PathsBenchmark.run(corpus)
}
if wanted("render") {
  print("\n== render: diagrams through Graphviz in-process")
  try RenderBenchmark.run()
}
if wanted("conflict") {
  print("\n== conflict: controversy, hostility, feuds, polarisation with 1,000 rewirings")
  try ConflictBenchmark.run(corpus)
}
if wanted("export") {
  print("\n== export: every format of the generated corpus")
  try ExportBenchmark.run(corpus)
}
if wanted("commands") {
  print("\n== commands: the binary end to end on the corpus directory, as users run it")
  try CommandsBenchmark.run(corpus)
}
if arguments.contains("scale") {
  print("\n== scale: 1.8 and 6 million comments, the binary end to end")
  try ScaleBenchmark.run()
}
