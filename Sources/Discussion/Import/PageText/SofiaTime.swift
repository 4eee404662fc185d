/// Sofia's time zone, the rule of fakti.bg's pages (and of any time a table gives without an
/// offset): EET (UTC+2), EEST (UTC+3) in summer.
extension CommentTime {
  /// The local wall-clock time in Sofia (EET, UTC+2; EEST, UTC+3 in summer) for a date and
  /// time as fakti.bg prints them.
  ///
  /// Bulgaria follows the EU rule since 1997: summer time from the last Sunday of March,
  /// 01:00 UTC, to the last Sunday of October, 01:00 UTC. A wall-clock time that occurs
  /// twice (the October hour) is read as summer time, the first occurrence; one that does not
  /// occur (the March hour) is read with the winter offset. `nil` for a date that does not
  /// exist or a year outside ``supportedYears``.
  public static func sofia(
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0
  ) -> CommentTime? {
    guard supportedYears.contains(year), (1...12).contains(month),
      (1...CivilDate.daysIn(month: month, year: year)).contains(day),
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

  /// An instant expressed with the Sofia offset in force at that instant (winter time outside
  /// ``supportedEpochSeconds``, where summer time is not computed).
  public static func sofia(epochSeconds: Int64) -> CommentTime {
    guard supportedEpochSeconds.contains(epochSeconds) else {
      return CommentTime(epochSeconds: epochSeconds, utcOffsetSeconds: 2 * 3600)
    }
    let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
    let (year, _, _) = CivilDate.civil(fromDaysSinceEpoch: days)
    let summerStart = CivilDate.lastSunday(month: 3, year: year) * 86_400 + 3600
    let summerEnd = CivilDate.lastSunday(month: 10, year: year) * 86_400 + 3600
    let summer = epochSeconds >= summerStart && epochSeconds < summerEnd
    return CommentTime(epochSeconds: epochSeconds, utcOffsetSeconds: summer ? 3 * 3600 : 2 * 3600)
  }
}
