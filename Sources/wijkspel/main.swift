import Foundation

// The `wijkspel` executable: argument handling and wiring only.
exit(Wijkspel.run(Array(CommandLine.arguments.dropFirst())))
