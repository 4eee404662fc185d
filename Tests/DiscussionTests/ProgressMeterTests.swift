import Discussion
import Testing

@Suite struct ProgressMeterTests {
  @Test func lineShowsCountsRateAndTimeLeft() {
    let snapshot = ProgressMeter.Snapshot(
      stage: "reading", unit: "files", done: 4_211, total: 10_000, bytes: 98_000_000 * 5,
      elapsed: .seconds(5))
    // 490 MB in 5 s; 5,789 files left at 842.2 a second: 6.87 s, shown rounded up.
    #expect(snapshot.line == "reading 4,211/10,000 files, 98 MB/s, 7 s left")
    let long = ProgressMeter.Snapshot(
      stage: "path metrics", unit: "sources", done: 10, total: 1_000, bytes: 0,
      elapsed: .seconds(10))
    #expect(long.line == "path metrics 10/1,000 sources, 17 min left")
    let finished = ProgressMeter.Snapshot(
      stage: "null model", unit: "rewirings", done: 1_000, total: 1_000, bytes: 0,
      elapsed: .seconds(3))
    #expect(finished.line == "null model 1,000/1,000 rewirings")
  }

  @Test func countsFromManyThreadsAndStagesReplaceEachOther() async {
    let meter = ProgressMeter()
    #expect(meter.snapshot() == nil)
    meter.begin("reading", total: 1_000, unit: "files")
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<10 {
        group.addTask { for _ in 0..<100 { meter.advance(bytes: 3) } }
      }
    }
    let reading = meter.snapshot()
    #expect(reading?.done == 1_000 && reading?.bytes == 3_000 && reading?.generation == 1)
    meter.begin("path metrics", total: 5, unit: "sources")
    #expect(meter.snapshot()?.done == 0 && meter.snapshot()?.generation == 2)
    meter.end()
    #expect(meter.snapshot() == nil)
  }
}
