import Foundation

/// Charts drawn as inline SVG by replynet itself (no library, no script): bars over labelled
/// categories, and points on linear or logarithmic axes. Colours come from the page's style
/// sheet (classes `s0`, `s1`), so the charts follow the light or dark theme.
struct SVGChart {
  let id: String
  let title: String
  /// One sentence for assistive technology and for readers: what the chart shows.
  let summary: String
  let xLabel: String
  let yLabel: String
  let width = 640.0
  let height = 280.0
  let left = 64.0
  let right = 16.0
  let top = 16.0
  let bottom = 48.0

  var plotWidth: Double { width - left - right }
  var plotHeight: Double { height - top - bottom }

  /// An axis: its range and whether it is logarithmic (base 10; values must be > 0).
  struct Axis {
    var low: Double
    var high: Double
    var isLog = false

    func fraction(_ v: Double) -> Double {
      if isLog {
        let (a, b) = (log10(low), log10(high))
        return b > a ? (log10(max(v, low)) - a) / (b - a) : 0
      }
      return high > low ? (v - low) / (high - low) : 0
    }

    /// Tick values: powers of ten on a log axis, 1–2–5 steps on a linear one.
    var ticks: [Double] {
      if isLog {
        var out: [Double] = []
        var p = pow(10, floor(log10(low)))
        while p <= high * 1.0001 {
          if p >= low * 0.9999 { out.append(p) }
          p *= 10
        }
        return out
      }
      let span = high - low
      guard span > 0 else { return [low] }
      let raw = span / 5
      let magnitude = pow(10, floor(log10(raw)))
      let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
      var out: [Double] = []
      var v = ceil(low / step) * step
      while v <= high + step * 1e-9 {
        out.append(v)
        v += step
      }
      return out
    }

    /// A linear axis from 0 to a little above `maximum` (at least 1).
    static func counts(upTo maximum: Double) -> Axis { Axis(low: 0, high: max(1, maximum)) }
  }

  /// Bars over categories, one bar a category for each series side by side; `labelEvery`
  /// thins the category labels.
  func bars(
    categories: [String], series: [(name: String, values: [Double])], labelEvery: Int = 1
  ) -> String {
    let maximum = series.flatMap(\.values).max() ?? 0
    let y = Axis.counts(upTo: maximum)
    var out = open() + yAxis(y)
    let slot = plotWidth / Double(max(1, categories.count))
    let barWidth = slot * 0.8 / Double(max(1, series.count))
    for (s, serie) in series.enumerated() {
      for (k, value) in serie.values.enumerated() where value > 0 {
        let h = y.fraction(value) * plotHeight
        let x = left + Double(k) * slot + slot * 0.1 + Double(s) * barWidth
        out +=
          "<rect class=\"s\(s)\" x=\"\(f(x))\" y=\"\(f(top + plotHeight - h))\" width=\"\(f(max(barWidth, 0.5)))\" height=\"\(f(h))\">"
          + "<title>\(HTMLEscaping.text("\(categories[k]): \(Self.number(value)) \(serie.name)"))</title></rect>\n"
      }
    }
    for (k, category) in categories.enumerated() where k % max(1, labelEvery) == 0 {
      let x = left + (Double(k) + 0.5) * slot
      out +=
        "<text class=\"tick\" x=\"\(f(x))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\">\(HTMLEscaping.text(category))</text>\n"
    }
    return out + legend(series.map(\.name)) + close()
  }

  /// Points, each series in its own colour, on the axes given.
  func points(x: Axis, y: Axis, series: [(name: String, points: [(Double, Double)])]) -> String {
    var out = open() + yAxis(y) + xAxis(x)
    for (s, serie) in series.enumerated() {
      for (px, py) in serie.points {
        let cx = left + x.fraction(px) * plotWidth
        let cy = top + plotHeight - y.fraction(py) * plotHeight
        out +=
          "<circle class=\"s\(s)\" cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"3\"><title>\(HTMLEscaping.text("\(serie.name): \(Self.number(px)), \(Self.number(py))"))</title></circle>\n"
      }
    }
    return out + legend(series.map(\.name)) + close()
  }

  // MARK: Parts

  private func open() -> String {
    """
    <figure class="chart">
    <svg viewBox="0 0 \(f(width)) \(f(height))" role="img" aria-labelledby="\(id)-t \(id)-d">
    <title id="\(id)-t">\(HTMLEscaping.text(title))</title>
    <desc id="\(id)-d">\(HTMLEscaping.text(summary))</desc>
    <line class="axis" x1="\(f(left))" y1="\(f(top + plotHeight))" x2="\(f(left + plotWidth))" y2="\(f(top + plotHeight))"/>
    <line class="axis" x1="\(f(left))" y1="\(f(top))" x2="\(f(left))" y2="\(f(top + plotHeight))"/>
    <text class="label" x="\(f(left + plotWidth / 2))" y="\(f(height - 6))" text-anchor="middle">\(HTMLEscaping.text(xLabel))</text>
    <text class="label" x="14" y="\(f(top + plotHeight / 2))" text-anchor="middle" transform="rotate(-90 14 \(f(top + plotHeight / 2)))">\(HTMLEscaping.text(yLabel))</text>

    """
  }

  private func close() -> String {
    "</svg>\n<figcaption>\(HTMLEscaping.text(title)): \(HTMLEscaping.text(summary))</figcaption>\n</figure>\n"
  }

  private func yAxis(_ y: Axis) -> String {
    var out = ""
    for tick in y.ticks {
      let py = top + plotHeight - y.fraction(tick) * plotHeight
      out +=
        "<line class=\"grid\" x1=\"\(f(left))\" y1=\"\(f(py))\" x2=\"\(f(left + plotWidth))\" y2=\"\(f(py))\"/>"
        + "<text class=\"tick\" x=\"\(f(left - 6))\" y=\"\(f(py + 4))\" text-anchor=\"end\">\(Self.number(tick))</text>\n"
    }
    return out
  }

  private func xAxis(_ x: Axis) -> String {
    var out = ""
    for tick in x.ticks {
      let px = left + x.fraction(tick) * plotWidth
      out +=
        "<text class=\"tick\" x=\"\(f(px))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\">\(Self.number(tick))</text>\n"
    }
    return out
  }

  private func legend(_ names: [String]) -> String {
    guard names.count > 1 else { return "" }
    var out = ""
    for (s, name) in names.enumerated() {
      let x = left + 8 + Double(s) * 150
      out +=
        "<rect class=\"s\(s)\" x=\"\(f(x))\" y=\"\(f(top + 2))\" width=\"10\" height=\"10\"/>"
        + "<text class=\"tick\" x=\"\(f(x + 14))\" y=\"\(f(top + 11))\">\(HTMLEscaping.text(name))</text>\n"
    }
    return out
  }

  private func f(_ v: Double) -> String { String(format: "%.1f", v) }

  /// `12`, `3.5`, `12k`, `1.2M`: short numbers for ticks and tooltips.
  static func number(_ v: Double) -> String {
    let a = abs(v)
    if a >= 1e6 { return String(format: "%.3gM", v / 1e6) }
    if a >= 1e4 { return String(format: "%.3gk", v / 1e3) }
    if v == v.rounded() { return String(Int(v)) }
    return String(format: "%.3g", v)
  }
}
