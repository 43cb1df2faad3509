import ExecBots
import Strategies

/// The `--help` texts of every command.
enum Usage {
    /// The strategy names, comma-separated.
    static let strategies = StrategyChoice.names

    /// `wijkspel --help`.
    static let main = """
        usage: wijkspel [COMMAND] [OPTIONS]

        Wijkspel: a serious game about integrated work in the public space.

        commands:
          play [GAME]        play a game at this terminal (the default command)
          resume [SAVE]      continue a saved or interrupted game (default: the latest save)
          validate GAME...   read and check game files
          replay SAVE        show a recorded game round by round (or a simulated one: --results)
          debrief SAVE       the debrief: charts (HTML), a report (Markdown) and spreadsheets (CSV)
          serve [GAME]       host tables: each player on their own laptop or phone, a wall
          join HOST:PORT CODE  play a served table from this terminal
          simulate GAME      bot tournament: many seeded games, a summary and a results file
          randomtest GAME    random play to find crashes, stalls and unreachable goals
          balance GAME       verdicts for a designer: cooperation, temptation, assurance, dead content
          merge FILE...      merge result files of sharded simulations
          schema             the JSON Schema of the game format, for editors

        Run `wijkspel COMMAND --help` for the options of a command.
        Exit status: 0 ok, 1 a problem with the game or save, 2 a usage error.
        """

    /// `wijkspel play --help`.
    static let play = """
        usage: wijkspel play [GAME] [OPTIONS]

        Plays GAME at this terminal (hot-seat: pass the keyboard around). Without GAME:
        Games/wijken-van-de-toekomst.toml, else Games/voorbeeld.toml.

        options:
          --seed N              the seed of the game (default: from the clock)
          --lang nl|en          the language of the engine's messages (default: the game's)
          --bot ROLE=STRATEGY   let a bot play ROLE (repeatable); strategies: \(strategies)
          --script FILE         play the commands in FILE first, echoed (for demos and tests)
          --save FILE           a new save file (default: saves/GAME-DATE-TIME.jsonl, or
                                $XDG_STATE_HOME/wijkspel/saves/ (else
                                ~/.local/state/wijkspel/saves/) when saves/ cannot be
                                written); an existing file is never overwritten
          --no-save             play without a save file (the game cannot be resumed)
          --years N             a shorter game: only the first N years (also --jaren N),
                                scored as a whole game; resume and replay keep the length
          --until YEAR          a shorter game that ends after YEAR (also --tot YEAR)
          --help                show this help

        Every accepted action is written to the save file at once and synced to disk; the
        file stays locked while the game is open. Continue an interrupted game with
        `wijkspel resume`. Without a place to save, play does not start unless --no-save is
        given. Type `help` in the game for the commands.
        """

    /// `wijkspel serve --help`.
    static let serve = """
        usage: wijkspel serve [GAME] [OPTIONS]
               wijkspel serve --resume [--dir DIR]

        Hosts tables of GAME: every player joins from their own laptop or phone with a code,
        in a browser (http://HOST:PORT/) or a terminal (nc HOST PORT); the projector shows
        http://HOST:PORT/wall?table=N. Secret phases are played by everyone at once.

        options:
          --tables N            how many tables (groups) to host, 1-200 (default 1)
          --port P              the port (default \(ServeCommand.defaultPort); 0 picks a free one)
          --listen ADDR         the address to listen on (default 127.0.0.1, this computer
                                only; 0.0.0.0 for the room's network)
          --bot ROLE=STRATEGY   let a bot play ROLE at every table (repeatable)
          --seed N              the seed of every table's game (default: from the clock)
          --lang nl|en          the tables' language (each player can switch: taal en)
          --codes FILE          also write the join codes as JSON to FILE (a new file)
          --dir DIR             the folder for the codes and saves (default: a new folder
                                GAME-serve-DATE-TIME beside the saves); never one that holds
                                anything else
          --resume              continue the served game in --dir (default: the newest)
                                where every table was, with the same codes
          --no-console          read no commands from standard input
          --no-debrief          write no debrief when a table's game ends (by hand later:
                                wijkspel debrief DIR/table-N.jsonl)
          --years N, --until YEAR  a shorter game, as for play
          --help                show this help

        The console shows the codes and each table's play; it takes facilitator commands
        for the selected table (/tafel N), or for table N with `N /command`; /tafels lists
        the tables. Each table saves every accepted action at once; after a crash or kill,
        `wijkspel serve --resume` continues and players rejoin with their codes.
        """

    /// `wijkspel join --help`.
    static let join = """
        usage: wijkspel join HOST:PORT CODE

        Plays a seat of a served table from this terminal: the same commands as at the
        table, lines in and lines out. End with Ctrl-D; rejoin later with the same code.
        """

    /// `wijkspel resume --help`.
    static let resume = """
        usage: wijkspel resume [SAVE] [OPTIONS]

        Continues a saved or interrupted game exactly where it was. Without SAVE: the most
        recent save in saves/ or the XDG state directory (it is named, with its number of
        actions). A damaged save is repaired: the damaged file is first copied to a new
        SAVE.damaged (SAVE.damaged-2, ... when that exists), then the save is cut back to
        every valid action before the damage. A save open in another process is refused.

        options:
          --lang nl|en     the language of the engine's messages (default: the saved one)
          --script FILE    play the commands in FILE first, echoed
          --dump-state     print the game state as JSON and stop (read-only: a damaged
                           save is reported, not repaired)
          --help           show this help
        """

    /// `wijkspel replay --help`.
    static let replay = """
        usage: wijkspel replay SAVE [OPTIONS]
               wijkspel replay --results FILE --game N [GAME] [OPTIONS]

        Shows a recorded game round by round, everything visible (for the debrief). With
        --results, plays game N of a `wijkspel simulate --out FILE` run again on GAME (default:
        the default game) with the strategies and seed of its line, checks that it ends with
        the same scores, and shows it. A save is only
        read: a damaged one is reported with its intact part, not repaired.

        options:
          --results FILE   a results file of `wijkspel simulate` (JSON Lines or CSV)
          --game N         the number of the game in that file (its `index`)
          --lang nl|en     the language of the engine's messages (default: the saved one)
          --help           show this help
        """

    /// `wijkspel debrief --help`.
    static let debrief = """
        usage: wijkspel debrief SAVE [OPTIONS]
               wijkspel debrief --results FILE --game N [GAME] [OPTIONS]

        Writes the debrief of a recorded game: debrief.html (charts, one self-contained page
        to project or print), debrief.md (the same as a report) and CSV tables
        (years-roles.csv, years-districts.csv, events.csv, actions.csv, dilemmas.csv). It also
        plays the same game and seed again with all-cooperative bots, all-sectoral bots and
        the table's line-up with bots in the people's seats, and shows the difference. An
        unfinished game is reported as far as it went. With --results, it does this for game
        N of a `wijkspel simulate --out FILE` run, on GAME (default: the default game).

        The files go to DIR (default: debrief-NAME beside the save, or
        debrief-NAME-game-N beside the results file). The directory is created when missing;
        if any of the files exists already, nothing is written: a debrief never overwrites.

        options:
          --out DIR        the directory to write to
          --results FILE   a results file of `wijkspel simulate` (JSON Lines or CSV)
          --game N         the number of the game in that file (its `index`)
          --lang nl|en     the language of the report (default: the saved one)
          --help           show this help
        """

    /// `wijkspel validate --help`.
    static let validate = """
        usage: wijkspel validate GAME...

        Reads and checks game files; every problem as file:line:column with the source line.
        Exit status: 0 no errors, 1 errors, 2 usage error.
        """

    /// `wijkspel schema --help`.
    static let schema = """
        usage: wijkspel schema > wijkspel.schema.json

        Prints the JSON Schema of the game format on standard output (draft-04, the newest
        that Taplo reads). Editors with a TOML schema checker (Taplo, Even Better TOML)
        then complete keys, show what each does, and mark unknown keys and wrong types
        while you write. A game file points to it with a first line such as
        `#:schema ../docs/wijkspel.schema.json` (relative to the game file). The same
        schema is in the repository as docs/wijkspel.schema.json.
        """
}
