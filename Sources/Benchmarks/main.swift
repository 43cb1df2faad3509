/// Release-build benchmarks.
///
///     swift run -c release Benchmarks            # everything but strength (minutes)
///     swift run -c release Benchmarks toml       # the TOML reader against Python's tomllib
///     swift run -c release Benchmarks rules [GAME]  # playouts and strategies on a game
///     swift run -c release Benchmarks interface  # startup to the first prompt, command answers
///     swift run -c release Benchmarks debrief [GAME]  # a whole game's debrief with the counterfactual
///     swift run -c release Benchmarks speed [GAMES]  # the speed issue's table, floors beside
///     swift run -c release Benchmarks hosted     # one served table's commands, no network
///     swift run -c release Benchmarks serve [TABLES]  # wijkspel serve on loopback, 5 clients a table
///     swift run -c release Benchmarks strength [GAME] [GAMES] [ITERATIONS] [ROLE]  # mcts against the best built-in per seat
let arguments = Array(CommandLine.arguments.dropFirst())
let which = arguments.first ?? "all"
if which == "toml" || which == "all" {
    TOMLBenchmark.run(arguments: Array(arguments.dropFirst()))
}
if which == "rules" || which == "all" {
    StrategyBenchmark.run(gamePath: arguments.count > 1 ? arguments[1] : "Games/voorbeeld.toml")
}
if which == "interface" || which == "all" {
    InterfaceBenchmark.run()
}
if which == "debrief" || which == "all" {
    DebriefBenchmark.run(
        gamePath: arguments.count > 1 ? arguments[1] : "Games/wijken-van-de-toekomst.toml")
}
if which == "speed" || which == "all" {
    SpeedBenchmark.run(balanceGames: arguments.count > 1 ? Int(arguments[1]) ?? 200 : 200)
}
if which == "hosted" || which == "all" {
    HostedTableBenchmark.run()
}
if which == "serve" || which == "all" {
    ServeLoadBenchmark.run(tables: arguments.count > 1 ? Int(arguments[1]) ?? 50 : 50)
}
if which == "strength" {
    StrengthBenchmark.run(
        gamePath: arguments.count > 1 ? arguments[1] : "Games/wijken-van-de-toekomst.toml",
        games: arguments.count > 2 ? Int(arguments[2]) ?? 40 : 40,
        iterations: arguments.count > 3 ? Int(arguments[3]) ?? 8 : 8,
        only: arguments.count > 4 ? arguments[4] : nil)
}
