/// The waits that end: idle line clients, slow requests, long polls, stuck output.
extension ServerLoop {
    /// Greets, answers or closes the connections whose wait is over.
    func checkTimeouts(now: Double) {
        for connection in Array(connections.values) {
            guard connections[connection.fd] === connection else { continue }
            if let until = connection.lingerUntil {
                if now >= until { closeNow(connection) }
                continue
            }
            if !connection.outbox.isEmpty
                && now - connection.lastWriteProgress > limits.writeStallSeconds
            {
                controller.update { $0.closedForSlowReading += 1 }
                closeNow(connection)
                continue
            }
            switch connection.phase {
            case .sniffing:
                if let delay = limits.greetingDelaySeconds, connection.raw.isEmpty,
                    now - connection.openedAt >= delay
                {
                    connection.phase = .line
                    send(LineMessages.greeting + "\n", to: connection)
                } else if now - connection.openedAt >= limits.unjoinedIdleSeconds {
                    timeOut(connection, message: LineMessages.idle)
                }
            case .line:
                let idle =
                    connection.seat == nil ? limits.unjoinedIdleSeconds : limits.joinedIdleSeconds
                if !connection.closeAfterFlush && now - connection.lastLineAt >= idle {
                    timeOut(connection, message: LineMessages.idle)
                }
            case .http:
                if now - connection.openedAt >= limits.headerTimeoutSeconds {
                    controller.update { $0.timedOut += 1 }
                    answer(connection, .text(.requestTimeout, "request too slow"), now: now)
                }
            case .parked(let poll):
                if now >= poll.deadline { answerPoll(connection, poll, now: now, force: true) }
            case .answered:
                if now - connection.openedAt >= limits.headerTimeoutSeconds + limits.longPollSeconds
                {
                    closeNow(connection)
                }
            }
        }
    }

    /// Tells a line client why and closes it once that is sent.
    func timeOut(_ connection: Connection, message: String) {
        controller.update { $0.timedOut += 1 }
        send(message + "\n", to: connection)
        connection.closeAfterFlush = true
    }
}
