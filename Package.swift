// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "replynet",
  platforms: [.macOS(.v14)],
  products: [
    .library(name: "Discussion", targets: ["Discussion"]),
    .library(name: "DiscussionGraph", targets: ["DiscussionGraph"]),
    .library(name: "GraphRendering", targets: ["GraphRendering"]),
    .library(name: "GraphExport", targets: ["GraphExport"]),
    .library(name: "Findings", targets: ["Findings"]),
    .library(name: "Report", targets: ["Report"]),
    .executable(name: "replynet", targets: ["replynet"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
    .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
  ],
  targets: [
    // System libraries: zlib and libzstd for reading .gz and .zst inputs, Graphviz for layout and rendering.
    .systemLibrary(
      name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(
      name: "CZstd", pkgConfig: "libzstd", providers: [.apt(["libzstd-dev"])]),
    .systemLibrary(
      name: "CGraphviz", pkgConfig: "libgvc", providers: [.apt(["libgraphviz-dev"])]),

    .target(name: "Discussion", dependencies: ["CZlib", "CZstd"]),
    .target(
      name: "DiscussionGraph", dependencies: ["Discussion"],
      // The hostility lexicon's source text; the library embeds it (HostilityLexicon+Default).
      exclude: ["Conflict/Text/Resources"]),
    .target(name: "GraphRendering", dependencies: ["DiscussionGraph", "CGraphviz"]),
    // What the analyses find, ranked, explained and laid out as data for every front end
    // (the command line, the report): rankings, explanations, JSON views, tables.
    .target(name: "Findings", dependencies: ["Discussion", "DiscussionGraph"]),
    .target(
      name: "GraphExport",
      dependencies: [
        "DiscussionGraph", .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    // `replynet report`: one self-contained HTML file built from the libraries above.
    .target(
      name: "Report",
      dependencies: [
        "Discussion", "DiscussionGraph", "Findings", "GraphRendering", "GraphExport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .executableTarget(
      name: "replynet",
      dependencies: [
        "Discussion", "DiscussionGraph", "GraphRendering", "GraphExport", "Findings", "Report",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    // Wall time, CPU time and peak memory of a program as its user runs it (benchmark, tests).
    .target(name: "ProcessMeasurement"),
    .executableTarget(
      name: "ReplynetBenchmarks",
      dependencies: [
        "Discussion", "DiscussionGraph", "GraphRendering", "GraphExport", "ProcessMeasurement",
      ]),

    .testTarget(
      name: "DiscussionTests",
      dependencies: [
        "Discussion", .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "DiscussionGraphTests",
      dependencies: ["DiscussionGraph"]),
    .testTarget(
      name: "GraphRenderingTests",
      dependencies: ["GraphRendering", "Discussion", "DiscussionGraph"]),
    .testTarget(
      name: "GraphExportTests",
      dependencies: [
        "GraphExport", "Discussion", "DiscussionGraph",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "GRDBSQLite", package: "GRDB.swift"),
      ]),
    .testTarget(
      name: "ReportTests",
      dependencies: [
        "Report", "Findings", "Discussion", "DiscussionGraph", "GraphExport",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .testTarget(
      name: "FindingsTests",
      dependencies: ["Findings", "Discussion", "DiscussionGraph"]),
    .testTarget(
      name: "ReplynetCLITests",
      dependencies: ["replynet", "Discussion", "DiscussionGraph", "ProcessMeasurement"]),
  ]
)
