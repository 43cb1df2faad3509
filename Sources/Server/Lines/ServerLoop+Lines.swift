/// The line protocol: a code first, then commands, each line answered through the host.
extension ServerLoop {
    /// Handles the lines (or the overflow) a line client sent.
    func takeLines(_ events: [LineReader.Event], on connection: Connection, now: Double) {
        for event in events {
            guard connections[connection.fd] === connection, !connection.closeAfterFlush else {
                return
            }
            switch event {
            case .tooLong:
                controller.update { $0.closedForLongLine += 1 }
                send(LineMessages.lineTooLong + "\n", to: connection)
                connection.closeAfterFlush = true
            case .line(let bytes):
                connection.lastLineAt = now
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    send(LineMessages.badText + "\n", to: connection)
                    continue
                }
                if let seat = connection.seat {
                    command(text, from: seat, on: connection, now: now)
                } else {
                    join(text, on: connection, now: now)
                }
            }
        }
    }

    private func join(_ text: String, on connection: Connection, now: Double) {
        guard let code = SeatCode.normalized(text) else { return }
        guard attempts.mayTry(from: connection.address, now: now) else {
            controller.update { $0.limitedCodeChecks += 1 }
            refuseCode(LineMessages.limited, on: connection)
            return
        }
        guard let seat = host.seat(forCode: code) else {
            attempts.recordFailure(from: connection.address, now: now)
            refuseCode(LineMessages.unknownCode, on: connection)
            return
        }
        connection.seat = seat
        connection.after = host.attach(seat)
        connection.promptDue = true
        sendSeatOutput(to: connection)
    }

    private func refuseCode(_ message: String, on connection: Connection) {
        connection.codeFailures += 1
        send(message + "\n", to: connection)
        if connection.codeFailures >= limits.maxCodeAttemptsPerConnection {
            send(LineMessages.tooManyCodes + "\n", to: connection)
            connection.closeAfterFlush = true
        }
    }

    private func command(_ text: String, from seat: SeatKey, on connection: Connection, now: Double)
    {
        guard connection.commands.take(now: now) else {
            if now - connection.lastTooFastNotice >= 1 {
                connection.lastTooFastNotice = now
                send(LineMessages.tooFast + "\n", to: connection)
            }
            return
        }
        host.receive(text, from: seat)
        connection.promptDue = true
        deliveryDue = true
    }
}
