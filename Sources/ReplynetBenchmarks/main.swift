import Foundation

// Benchmarks of replynet's stages, in a release build:
//   swift build -c release --product ReplynetBenchmarks && .build/release/ReplynetBenchmarks [stage…]
// Stages: parse (default: all). Each prints its time and peak memory.

let arguments = Set(CommandLine.arguments.dropFirst())
let corpus = BenchmarkCorpus()
func wanted(_ stage: String) -> Bool { arguments.isEmpty || arguments.contains(stage) }

print("replynet benchmarks — \(ProcessInfo.processInfo.activeProcessorCount) cores")
if wanted("parse") {
  print("\n== parse: page text, generated corpus")
  try ParseBenchmark.run(corpus)
}
