/// The seats the web page plays: how often each was attached, when it was last polled, its
/// polls in flight and its command rate.
///
/// A web client has no connection that stays open, so a seat is attached on each join and
/// detached (as often as it was attached) once nobody has polled it for a while and no poll
/// is in flight.
struct WebSeats {
    private struct Entry {
        var attachments = 0
        var lastSeen: Double
        var pollers = 0
        var commands: TokenBucket
    }

    private let limits: ServerLimits
    private var entries: [SeatKey: Entry] = [:]

    /// No seats.
    init(limits: ServerLimits) {
        self.limits = limits
    }

    /// Whether the web has `seat` attached.
    func isAttached(_ seat: SeatKey) -> Bool {
        (entries[seat]?.attachments ?? 0) > 0
    }

    /// The web attached `seat` once more.
    mutating func attached(_ seat: SeatKey, now: Double) {
        update(seat, now: now) {
            $0.attachments += 1
            $0.lastSeen = now
        }
    }

    /// A poll for `seat` started waiting.
    mutating func pollStarted(_ seat: SeatKey, now: Double) {
        update(seat, now: now) {
            $0.pollers += 1
            $0.lastSeen = now
        }
    }

    /// A poll for `seat` answered or went away.
    mutating func pollEnded(_ seat: SeatKey, now: Double) {
        update(seat, now: now) {
            $0.pollers = max(0, $0.pollers - 1)
            $0.lastSeen = now
        }
    }

    /// Takes one command from `seat`'s rate; false when it sends too fast.
    mutating func takeCommand(_ seat: SeatKey, now: Double) -> Bool {
        var allowed = false
        update(seat, now: now) { allowed = $0.commands.take(now: now) }
        return allowed
    }

    /// Removes the seats idle past the limit with no poll in flight: each with the number of
    /// times it must be detached.
    mutating func removeIdle(now: Double) -> [(SeatKey, Int)] {
        let idle = entries.filter { _, entry in
            entry.pollers == 0 && now - entry.lastSeen >= limits.webSeatIdleSeconds
        }
        for seat in idle.keys { entries[seat] = nil }
        return idle.map { ($0.key, $0.value.attachments) }.filter { $0.1 > 0 }
    }

    /// Removes every seat: each with the number of times it must be detached.
    mutating func removeAll() -> [(SeatKey, Int)] {
        defer { entries = [:] }
        return entries.map { ($0.key, $0.value.attachments) }.filter { $0.1 > 0 }
    }

    private mutating func update(_ seat: SeatKey, now: Double, _ change: (inout Entry) -> Void) {
        var entry =
            entries[seat]
            ?? Entry(
                lastSeen: now,
                commands: TokenBucket(
                    rate: limits.commandsPerSecond, capacity: limits.commandBurst, now: now))
        change(&entry)
        entries[seat] = entry
    }
}
