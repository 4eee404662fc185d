// swift-tools-version: 6.1
// libFuzzer targets for replynet's readers (`make fuzz` in the top-level Makefile runs them).
//
// A package of its own because every Swift target it builds is instrumented for the fuzzer,
// which the main package's programs and tests must not be. Build with
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
import PackageDescription

let fuzzers = ["FuzzPageText", "FuzzJSON", "FuzzJSONLines", "FuzzCSV", "FuzzGzip", "FuzzZstd"]

let package = Package(
  name: "replynet-fuzz",
  platforms: [.macOS(.v14)],
  dependencies: [.package(name: "replynet", path: "..")],
  targets: [
    // libFuzzer's driver, declared for Swift (the library comes with -sanitize=fuzzer).
    .target(name: "CFuzzer"),
    .target(
      name: "FuzzChecks",
      dependencies: ["CFuzzer", .product(name: "Discussion", package: "replynet")]),
  ]
    + fuzzers.map { name in
      .executableTarget(
        name: name,
        dependencies: ["FuzzChecks", .product(name: "Discussion", package: "replynet")])
    }
)
