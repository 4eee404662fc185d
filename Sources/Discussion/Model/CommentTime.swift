/// An instant with the UTC offset its source used, printed as ISO 8601
/// (`2025-10-17T17:18:00+03:00`).
///
/// Kept as integers rather than `Date` so that output is exact and reading a time costs no
/// time-zone database look-up.
public struct CommentTime: Sendable, Hashable, Comparable {
  /// Seconds since 1970-01-01T00:00:00Z.
  public var epochSeconds: Int64
  /// The offset from UTC of the local time the source showed, in seconds.
  public var utcOffsetSeconds: Int32

  /// The instants of years 1–9999 (UTC): every one prints as ISO 8601 with four digits, and
  /// no calendar arithmetic on them overflows. Readers give no time outside it.
  public static let supportedEpochSeconds: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
  /// The years of ``supportedEpochSeconds``.
  public static let supportedYears = 1...9999

  public init(epochSeconds: Int64, utcOffsetSeconds: Int32) {
    self.epochSeconds = epochSeconds
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  public static func < (lhs: CommentTime, rhs: CommentTime) -> Bool {
    lhs.epochSeconds < rhs.epochSeconds
  }

  /// ISO 8601 with seconds and the numeric offset, e.g. `2025-10-17T17:18:00+03:00`: the one
  /// formatter of times that every output uses.
  public var iso8601: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(25)
    appendISO8601(to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends ``iso8601``'s bytes to `out`, without making a String (writers of large tables
  /// call this once per comment).
  public func appendISO8601(to out: inout [UInt8]) {
    let f = localFields
    let offset = Int(utcOffsetSeconds)
    let a = abs(offset)
    func digits(_ value: Int, _ width: Int) {
      if value < 0 {
        out.append(UInt8(ascii: "-"))
        digits(-value, width)
        return
      }
      var divisor = 1
      for _ in 1..<width { divisor *= 10 }
      var v = value
      if v >= divisor * 10 {
        out.append(contentsOf: String(v).utf8)
        return
      }
      while divisor > 0 {
        out.append(UInt8(48 + v / divisor))
        v %= divisor
        divisor /= 10
      }
    }
    digits(f.year, 4)
    out.append(UInt8(ascii: "-"))
    digits(f.month, 2)
    out.append(UInt8(ascii: "-"))
    digits(f.day, 2)
    out.append(UInt8(ascii: "T"))
    digits(f.hour, 2)
    out.append(UInt8(ascii: ":"))
    digits(f.minute, 2)
    out.append(UInt8(ascii: ":"))
    digits(f.second, 2)
    out.append(offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    digits(a / 3600, 2)
    out.append(UInt8(ascii: ":"))
    digits(a / 60 % 60, 2)
  }

  /// The local calendar fields (year, month, day, hour, minute, second) at ``utcOffsetSeconds``.
  public var localFields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let local = epochSeconds + Int64(utcOffsetSeconds)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let s = Int(local - days * 86_400)
    let (y, m, d) = CivilDate.civil(fromDaysSinceEpoch: days)
    return (y, m, d, s / 3600, s / 60 % 60, s % 60)
  }

  /// Parses ISO 8601 / RFC 3339 date-times: `YYYY-MM-DDTHH:MM[:SS[.fff]]` followed by `Z`,
  /// `±HH:MM` or `±HHMM`; a space may stand for `T`. Without an offset the time is read as
  /// Sofia local time, or as UTC when `naiveIsUTC` (sources that write UTC without saying
  /// so, such as 4CAT). Fractional seconds are dropped.
  public static func parseISO8601(_ text: some StringProtocol, naiveIsUTC: Bool = false)
    -> CommentTime?
  {
    var s = String(text)
    return s.withUTF8 { parseISO8601(utf8: $0, naiveIsUTC: naiveIsUTC) }
  }

  /// ``parseISO8601(_:naiveIsUTC:)`` on UTF-8 bytes (surrounding ASCII spaces allowed).
  public static func parseISO8601(utf8 bytes: UnsafeBufferPointer<UInt8>, naiveIsUTC: Bool = false)
    -> CommentTime?
  {
    var lo = 0
    var hi = bytes.count
    while lo < hi && (bytes[lo] == 32 || (bytes[lo] >= 9 && bytes[lo] <= 13)) { lo += 1 }
    while hi > lo && (bytes[hi - 1] == 32 || (bytes[hi - 1] >= 9 && bytes[hi - 1] <= 13)) {
      hi -= 1
    }
    let b = UnsafeBufferPointer(rebasing: bytes[lo..<hi])
    func digits(_ start: Int, _ count: Int) -> Int? {
      guard start + count <= b.count else { return nil }
      var value = 0
      for i in start..<(start + count) {
        let c = b[i]
        guard c >= 48 && c <= 57 else { return nil }
        value = value * 10 + Int(c - 48)
      }
      return value
    }
    guard b.count >= 16, let y = digits(0, 4), b[4] == 45, let mo = digits(5, 2), b[7] == 45,
      let d = digits(8, 2), b[10] == 84 || b[10] == 32 || b[10] == 116, let h = digits(11, 2),
      b[13] == 58, let mi = digits(14, 2)
    else { return nil }
    var i = 16
    var s = 0
    if i < b.count, b[i] == 58 {
      guard let sec = digits(i + 1, 2) else { return nil }
      s = sec
      i += 3
      if i < b.count, b[i] == 46 || b[i] == 44 {
        i += 1
        while i < b.count, b[i] >= 48 && b[i] <= 57 { i += 1 }
      }
    }
    guard (1...12).contains(mo), (1...CivilDate.daysIn(month: mo, year: y)).contains(d),
      (0...23).contains(h), (0...59).contains(mi), (0...60).contains(s)
    else { return nil }
    var offset = 0
    if i == b.count {
      if !naiveIsUTC {
        return sofia(year: y, month: mo, day: d, hour: h, minute: mi, second: min(s, 59))
      }
    } else if b[i] == 90 || b[i] == 122 {  // Z
      guard i + 1 == b.count else { return nil }
    } else if b[i] == 43 || b[i] == 45 {
      let sign = b[i] == 45 ? -1 : 1
      guard let oh = digits(i + 1, 2) else { return nil }
      var om = 0
      if let m = digits(i + 3, 2), i + 5 == b.count {
        om = m
      } else if i + 4 < b.count, b[i + 3] == 58, let m = digits(i + 4, 2), i + 6 == b.count {
        om = m
      } else if i + 3 != b.count {
        return nil
      }
      guard oh <= 18, om <= 59 else { return nil }
      offset = sign * (oh * 3600 + om * 60)
    } else {
      return nil
    }
    let local =
      CivilDate.daysFromEpoch(year: y, month: mo, day: d) * 86_400
      + Int64(h * 3600 + mi * 60 + min(s, 59))
    return CommentTime(epochSeconds: local - Int64(offset), utcOffsetSeconds: Int32(offset))
  }
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's `days_from_civil` algorithms).
enum CivilDate {
  static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civil(fromDaysSinceEpoch days: Int64) -> (Int, Int, Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
    return (Int(y), Int(m), Int(d))
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since the epoch of the last Sunday of a month.
  static func lastSunday(month: Int, year: Int) -> Int64 {
    let last = daysFromEpoch(year: year, month: month, day: daysIn(month: month, year: year))
    // 1970-01-01 was a Thursday: weekday 0 = Sunday when (days + 4) % 7 == 0.
    let weekday = ((last + 4) % 7 + 7) % 7
    return last - weekday
  }
}
