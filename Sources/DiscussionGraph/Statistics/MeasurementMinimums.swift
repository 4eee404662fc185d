/// The smallest network on which a measure means anything: below it, a number would look like
/// a finding and be noise (on the sample thread's 2 reply edges, camps of 1 and 1 commenters
/// have modularity −0.5, E-I 1 and RWC 1 with p = 1). Every front end says "not measured" with
/// the reason instead of the number (JSON: `null` and a `…_reason` field); the README states
/// the minimums.
public enum MeasurementMinimums {
  /// Commenters in the largest connected component for camps and their polarisation
  /// (modularity, E-I index, RWC): a bisection of fewer is no split into camps.
  public static let polarisationCommenters = 10
  /// Signed triangles for structural balance: a share of fewer is a handful of cases.
  public static let balanceTriangles = 10
  /// Edges for degree assortativity: a correlation over fewer pairs is noise.
  public static let assortativityEdges = 10
  /// Commenters in the largest connected component for the modularity of the communities.
  public static let modularityCommenters = 10

  /// Why camps and polarisation are not measured on a network whose largest component has
  /// `commenters`, or nil when they are.
  public static func polarisation(largestComponent commenters: Int) -> String? {
    commenters < polarisationCommenters
      ? "not measured: the largest component has \(plural(commenters, "commenter")) (needs ≥ \(polarisationCommenters))"
      : nil
  }

  /// Why structural balance is not measured over `triangles` signed triangles, or nil.
  public static func balance(triangles: Int) -> String? {
    triangles < balanceTriangles
      ? "not measured: \(plural(triangles, "signed triangle")) (needs ≥ \(balanceTriangles))" : nil
  }

  /// Why degree assortativity is not measured on a network of `edges` edges, or nil.
  public static func assortativity(edges: Int) -> String? {
    edges < assortativityEdges
      ? "not measured: the network has \(plural(edges, "edge")) (needs ≥ \(assortativityEdges))"
      : nil
  }

  /// Why modularity is not measured when the largest component has `commenters`, or nil.
  public static func modularity(largestComponent commenters: Int) -> String? {
    commenters < modularityCommenters
      ? "not measured: the largest component has \(plural(commenters, "commenter")) (needs ≥ \(modularityCommenters))"
      : nil
  }

  private static func plural(_ n: Int, _ noun: String) -> String {
    n == 1 ? "1 \(noun)" : "\(n) \(noun)s"
  }
}
