import Testing

@testable import GraphRendering

@Suite("Graphviz is safe to call from many tasks")
struct GraphvizConcurrencyTests {
  @Test("concurrent renders of one graph give identical SVG bytes")
  func identicalBytes() async throws {
    let reference = try Graphviz().render(dot: SampleGraphs.cyrillic, format: .svg)
    let results = try await withThrowingTaskGroup(of: [UInt8].self) { group in
      for _ in 0..<64 {
        group.addTask { try Graphviz().render(dot: SampleGraphs.cyrillic, format: .svg) }
      }
      var all: [[UInt8]] = []
      for try await result in group { all.append(result) }
      return all
    }
    #expect(results.count == 64)
    #expect(results.allSatisfy { $0 == reference })
  }

  @Test("concurrent mixed jobs, failures among them, match serial results")
  func mixedJobs() async throws {
    let jobs: [(String, LayoutEngine, OutputFormat)] =
      LayoutEngine.allCases.map { (SampleGraphs.small, $0, .svg) }
      + [
        (SampleGraphs.cyrillic, .dot, .png), (SampleGraphs.cyrillic, .neato, .pdf),
        (SampleGraphs.cyrillic, .fdp, .dot), ("digraph { a -> ; }", .dot, .svg),
      ]
    let serial = jobs.map { job in
      Result { try Graphviz().render(dot: job.0, engine: job.1, format: job.2) }
    }
    let parallel = await withTaskGroup(of: (Int, Result<[UInt8], GraphvizError>).self) { group in
      for round in 0..<4 {
        for (index, job) in jobs.enumerated() {
          group.addTask {
            _ = round
            let result = Result { () throws(GraphvizError) -> [UInt8] in
              try Graphviz().render(dot: job.0, engine: job.1, format: job.2)
            }
            return (index, result)
          }
        }
      }
      var all: [(Int, Result<[UInt8], GraphvizError>)] = []
      for await item in group { all.append(item) }
      return all
    }
    #expect(parallel.count == jobs.count * 4)
    for (index, result) in parallel {
      switch (result, serial[index]) {
      case (.success(let got), .success(let want)):
        #expect(got == want, "job \(index): \(got.count) bytes, serially \(want.count)")
      case (.failure(let got), .failure(let want)):
        #expect(got == (want as? GraphvizError))
      case (.failure(let got), .success):
        Issue.record("job \(index) failed only when concurrent: \(got)")
      case (.success, .failure(let want)):
        Issue.record("job \(index) failed only when serial: \(want)")
      }
    }
  }
}
