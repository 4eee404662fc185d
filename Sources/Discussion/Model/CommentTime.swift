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

  public init(epochSeconds: Int64, utcOffsetSeconds: Int32) {
    self.epochSeconds = epochSeconds
    self.utcOffsetSeconds = utcOffsetSeconds
  }

  public static func < (lhs: CommentTime, rhs: CommentTime) -> Bool {
    lhs.epochSeconds < rhs.epochSeconds
  }

  /// The local wall-clock time in Sofia (EET, UTC+2; EEST, UTC+3 in summer) for a date and
  /// time as fakti.bg prints them.
  ///
  /// Bulgaria follows the EU rule since 1997: summer time from the last Sunday of March,
  /// 01:00 UTC, to the last Sunday of October, 01:00 UTC. A wall-clock time that occurs
  /// twice (the October hour) is read as summer time, the first occurrence; one that does not
  /// occur (the March hour) is read with the winter offset.
  public static func sofia(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0
  ) -> CommentTime? {
    guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day),
      (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
    else { return nil }
    let localSeconds =
      CivilDate.daysFromEpoch(year: year, month: month, day: day) * 86_400
      + Int64(hour * 3600 + minute * 60 + second)
    let summerStart = CivilDate.lastSunday(month: 3, year: year) * 86_400 + 3600  // 01:00 UTC
    let summerEnd = CivilDate.lastSunday(month: 10, year: year) * 86_400 + 3600
    // Try summer time first (see the doc comment for the ambiguous hour).
    let asSummer = localSeconds - 3 * 3600
    if asSummer >= summerStart && asSummer < summerEnd {
      return CommentTime(epochSeconds: asSummer, utcOffsetSeconds: 3 * 3600)
    }
    return CommentTime(epochSeconds: localSeconds - 2 * 3600, utcOffsetSeconds: 2 * 3600)
  }

  /// An instant expressed with the Sofia offset in force at that instant.
  public static func sofia(epochSeconds: Int64) -> CommentTime {
    let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
    let (year, _, _) = CivilDate.civil(fromDaysSinceEpoch: days)
    let summerStart = CivilDate.lastSunday(month: 3, year: year) * 86_400 + 3600
    let summerEnd = CivilDate.lastSunday(month: 10, year: year) * 86_400 + 3600
    let summer = epochSeconds >= summerStart && epochSeconds < summerEnd
    return CommentTime(epochSeconds: epochSeconds, utcOffsetSeconds: summer ? 3 * 3600 : 2 * 3600)
  }

  /// ISO 8601 with seconds and the numeric offset, e.g. `2025-10-17T17:18:00+03:00`.
  public var iso8601: String {
    let local = epochSeconds + Int64(utcOffsetSeconds)
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    let secondsOfDay = Int(local - days * 86_400)
    let (y, m, d) = CivilDate.civil(fromDaysSinceEpoch: days)
    let offset = Int(utcOffsetSeconds)
    let sign = offset < 0 ? "-" : "+"
    let absOffset = abs(offset)
    return
      "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondsOfDay / 3600, 2)):"
      + "\(pad(secondsOfDay / 60 % 60, 2)):\(pad(secondsOfDay % 60, 2))"
      + "\(sign)\(pad(absOffset / 3600, 2)):\(pad(absOffset / 60 % 60, 2))"
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
  /// Sofia local time. Fractional seconds are dropped.
  public static func parseISO8601(_ text: some StringProtocol) -> CommentTime? {
    let b = Array(text.utf8)
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
    if i == b.count {
      return sofia(year: y, month: mo, day: d, hour: h, minute: mi, second: min(s, 59))
    }
    var offset = 0
    if b[i] == 90 || b[i] == 122 {  // Z
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

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width
    ? digits : String(repeating: "0", count: width - digits.count) + digits
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
