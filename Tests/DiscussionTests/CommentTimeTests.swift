import Foundation
import Testing

@testable import Discussion

@Suite struct CommentTimeTests {
  @Test func sofiaSummerAndWinter() {
    #expect(
      CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 17, minute: 18)?.iso8601
        == "2025-10-17T17:18:00+03:00")
    #expect(
      CommentTime.sofia(year: 2025, month: 1, day: 5, hour: 9, minute: 0)?.iso8601
        == "2025-01-05T09:00:00+02:00")
    // 2025-10-17T17:18:00+03:00 is 14:18 UTC: 1760710680 s (date -d '2025-10-17 14:18 UTC' +%s).
    #expect(
      CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 17, minute: 18)?.epochSeconds
        == 1_760_710_680)
  }

  @Test func daylightSavingBoundaries() {
    // 2025: summer time from 30 March 01:00 UTC to 26 October 01:00 UTC.
    #expect(
      CommentTime.sofia(year: 2025, month: 3, day: 30, hour: 2, minute: 59)?.utcOffsetSeconds
        == 7200)
    #expect(
      CommentTime.sofia(year: 2025, month: 3, day: 30, hour: 4, minute: 0)?.utcOffsetSeconds
        == 10800)
    // The hour that occurs twice in October is read as summer time.
    #expect(
      CommentTime.sofia(year: 2025, month: 10, day: 26, hour: 3, minute: 30)?.utcOffsetSeconds
        == 10800)
    #expect(
      CommentTime.sofia(year: 2025, month: 10, day: 26, hour: 4, minute: 0)?.utcOffsetSeconds
        == 7200)
    // 00:59:59 UTC, then 01:00 UTC on 26 October 2025.
    #expect(CommentTime.sofia(epochSeconds: 1_761_440_400 - 1).utcOffsetSeconds == 10800)
    #expect(CommentTime.sofia(epochSeconds: 1_761_440_400).utcOffsetSeconds == 7200)  // 01:00 UTC
  }

  @Test func invalidDatesAreRejected() {
    #expect(CommentTime.sofia(year: 2025, month: 2, day: 29, hour: 0, minute: 0) == nil)
    #expect(CommentTime.sofia(year: 2024, month: 2, day: 29, hour: 0, minute: 0) != nil)
    #expect(CommentTime.sofia(year: 2025, month: 13, day: 1, hour: 0, minute: 0) == nil)
    #expect(CommentTime.sofia(year: 2025, month: 1, day: 1, hour: 24, minute: 0) == nil)
  }

  @Test func iso8601Parsing() {
    #expect(
      CommentTime.parseISO8601("2025-10-17T17:18:00+03:00")?.iso8601 == "2025-10-17T17:18:00+03:00")
    #expect(CommentTime.parseISO8601("2025-10-17T14:18:00Z")?.epochSeconds == 1_760_710_680)
    #expect(CommentTime.parseISO8601("2025-10-17 17:18:00.123+0300")?.epochSeconds == 1_760_710_680)
    #expect(CommentTime.parseISO8601("2025-10-17T17:18")?.iso8601 == "2025-10-17T17:18:00+03:00")
    #expect(CommentTime.parseISO8601("1969-12-31T23:00:00-01:00")?.epochSeconds == 0)
    #expect(CommentTime.parseISO8601("yesterday") == nil)
    #expect(CommentTime.parseISO8601("2025-10-17T17:18:00+3") == nil)
    #expect(CommentTime.parseISO8601("2025-02-30T00:00:00Z") == nil)
  }

  @Test("ISO 8601 text: hand-checked, and equal to Foundation's formatter over 1875–2096")
  func iso8601() {
    // 2025-10-17 17:18 in Sofia is UTC+3 (summer time); 1969 and offsets < 0.
    let sofia = CommentTime.sofia(year: 2025, month: 10, day: 17, hour: 17, minute: 18)!
    #expect(sofia.iso8601 == "2025-10-17T17:18:00+03:00")
    let west = CommentTime(epochSeconds: -1, utcOffsetSeconds: -(5 * 3600 + 30 * 60))
    #expect(west.iso8601 == "1969-12-31T18:29:59-05:30")
    var bytes: [UInt8] = []
    west.appendISO8601(to: &bytes)
    #expect(String(decoding: bytes, as: UTF8.self) == west.iso8601)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    for epoch in stride(from: Int64(-3_000_000_000), to: 4_000_000_000, by: 97_654_321) {
      let t = CommentTime.sofia(epochSeconds: epoch)
      formatter.timeZone = TimeZone(secondsFromGMT: Int(t.utcOffsetSeconds))
      #expect(t.iso8601 == formatter.string(from: Date(timeIntervalSince1970: TimeInterval(epoch))))
    }
  }
}
