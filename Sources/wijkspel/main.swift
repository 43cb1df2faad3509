import Foundation
import TextInterface

// The `wijkspel` executable: argument handling and wiring only.
Console.prepare()
exit(Wijkspel.run(Array(CommandLine.arguments.dropFirst())))
