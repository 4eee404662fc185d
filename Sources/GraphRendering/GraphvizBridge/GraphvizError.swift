import Foundation

/// A Graphviz job that did not produce output, with Graphviz's own explanation.
///
/// Graphviz's messages are captured, never printed: `message` holds them as Graphviz wrote
/// them (for example `syntax error in line 1 near ';'`).
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The stage of the job that failed.
  public enum Kind: String, Equatable, Sendable {
    /// The DOT text cannot be handed to Graphviz (it contains a NUL character).
    case invalidInput
    /// Graphviz could not parse the DOT text.
    case syntax
    /// The layout engine reported an error.
    case layout
    /// The renderer reported an error or produced no bytes.
    case render
    /// A layout engine or output format is not available: Graphviz's plugin list is missing,
    /// or the plugin that provides it is not installed.
    case pluginUnavailable
    /// Graphviz could not create its context.
    case contextUnavailable
  }

  /// The stage of the job that failed.
  public let kind: Kind
  /// Graphviz's message, trimmed; our own words only when Graphviz said nothing.
  public let message: String

  /// Creates an error of `kind` that carries `message`.
  public init(kind: Kind, message: String) {
    self.kind = kind
    self.message = message
  }

  /// What to do about it, when there is something to do.
  public var remedy: String? {
    guard kind == .pluginUnavailable else { return nil }
    return """
      Graphviz finds its layout engines and renderers through the plugin list config6a in its \
      plugin directory (/usr/lib/<arch>/graphviz on Debian, or $GVBINDIR), written by \
      `dot -c`. Install the plugins and write the list as root: `apt-get install libgvc6` \
      (Debian, Ubuntu; its install script writes the list), then `dot -c` (package graphviz) \
      or, on Debian, `libgvc6-config-update -c`.
      """
  }

  public var description: String {
    let stage =
      switch kind {
      case .invalidInput: "invalid DOT input"
      case .syntax: "DOT syntax error"
      case .layout: "layout failed"
      case .render: "rendering failed"
      case .pluginUnavailable: "layout engine or output format not available"
      case .contextUnavailable: "Graphviz could not start"
      }
    guard let remedy else { return "Graphviz: \(stage): \(message)" }
    return "Graphviz: \(stage): \(message)\n\(remedy)"
  }
}

extension GraphvizError {
  /// Makes the error for a failed `stage`, telling a missing plugin apart from other failures.
  ///
  /// Graphviz 2.42 says `Layout type: "dot" not recognized. Use one of: …` when the layout
  /// plugin is missing, `Format: "png" not recognized. Use one of: …` or `renderer for png is
  /// unavailable` when the renderer is; each of these means the plugin list is missing or
  /// incomplete.
  static func classify(stage: Kind, graphvizMessage: String?, fallback: String) -> GraphvizError {
    let text = graphvizMessage?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    let message = text.isEmpty ? fallback : text
    let missingPlugin =
      (message.hasPrefix("Layout type:") || message.hasPrefix("Format:"))
      && message.contains("not recognized")
      || message.hasPrefix("renderer for ") && message.contains(" is unavailable")
    if stage != .syntax && missingPlugin {
      return GraphvizError(kind: .pluginUnavailable, message: message)
    }
    return GraphvizError(kind: stage, message: message)
  }
}
