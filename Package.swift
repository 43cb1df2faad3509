// swift-tools-version: 6.0
import PackageDescription

/// Wijkspel: a serious-game simulation engine for integrated work in the public space.
///
/// Dependencies point inward: `TOML` and `GameRules` know nothing of the rest;
/// `GameDefinition` reads TOML into rules; `Strategies` plays the rules; `ExecBots` seats
/// bots in any language (outside processes speaking JSON lines);
/// `TextInterface` puts all of it at a terminal; `Server` carries the same lines over TCP
/// and HTTP; `wijkspel` only wires.
let package = Package(
    name: "Wijkspel",
    products: [
        .executable(name: "wijkspel", targets: ["wijkspel"]),
        .executable(name: "toml-decoder", targets: ["toml-decoder"]),
        .library(name: "TOML", targets: ["TOML"]),
        .library(name: "GameRules", targets: ["GameRules"]),
    ],
    dependencies: [],
    targets: [
        .target(name: "TOML"),
        .target(name: "GameRules"),
        .target(name: "GameDefinition", dependencies: ["TOML", "GameRules"]),
        .target(name: "Strategies", dependencies: ["GameRules"]),
        .target(name: "ExecBots", dependencies: ["GameRules", "Strategies"]),
        .target(
            name: "TextInterface",
            dependencies: ["GameRules", "GameDefinition", "Strategies", "ExecBots"]
        ),
        .target(
            name: "Server",
            dependencies: [
                "GameRules", "GameDefinition", "Strategies", "ExecBots", "TextInterface",
            ]
        ),
        .executableTarget(
            name: "wijkspel",
            dependencies: [
                "TOML", "GameRules", "GameDefinition", "Strategies", "ExecBots", "TextInterface",
                "Server",
            ]
        ),
        .executableTarget(name: "toml-decoder", dependencies: ["TOML"]),
        .executableTarget(
            name: "Benchmarks",
            dependencies: [
                "TOML", "GameRules", "GameDefinition", "Strategies", "ExecBots", "TextInterface",
                "Server",
            ]
        ),
        // Test helpers shared by the test targets (how thorough a run is, waiting off the pool).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "TOMLTests", dependencies: ["TOML", "TestSupport"]),
        .testTarget(name: "GameRulesTests", dependencies: ["GameRules", "TestSupport"]),
        .testTarget(
            name: "GameDefinitionTests",
            dependencies: ["GameDefinition", "TOML", "GameRules", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "StrategiesTests",
            dependencies: ["Strategies", "GameRules", "GameDefinition", "TestSupport"]),
        .testTarget(
            name: "ExecBotsTests",
            dependencies: ["ExecBots", "Strategies", "GameRules", "GameDefinition", "TestSupport"]),
        .testTarget(
            name: "TextInterfaceTests",
            dependencies: [
                "TextInterface", "GameRules", "GameDefinition", "Strategies", "ExecBots",
                "TestSupport",
            ],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "TextInterface", "GameRules", "GameDefinition", "Strategies", "ExecBots",
                "TestSupport",
            ]
        ),
        .testTarget(
            name: "GamesTests",
            dependencies: ["GameDefinition", "GameRules", "Strategies", "TestSupport"]
        ),
    ]
)
