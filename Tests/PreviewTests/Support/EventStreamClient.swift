import Foundation

/// One Server-Sent Event as a test reads it.
struct ReceivedEvent: Sendable {
    var name: String
    var data: String

    /// The `generation` and `errors` the server sends as JSON.
    var payload: (generation: Int, errors: [String]) {
        let object = (try? JSONSerialization.jsonObject(with: Data(data.utf8))) as? [String: Any] ?? [:]
        return (object["generation"] as? Int ?? -1, object["errors"] as? [String] ?? [])
    }
}

/// Listens on `/_atlas/events` as a page does.
final class EventStreamClient: @unchecked Sendable {
    private let socket: RawSocket
    let status: Int
    let headers: [String: String]

    private init(socket: RawSocket, status: Int, headers: [String: String]) {
        self.socket = socket
        self.status = status
        self.headers = headers
    }

    static func connect(port: Int, timeout: Double = 20) async throws -> EventStreamClient {
        try await offPool {
            let socket = try RawSocket(port: port, timeout: timeout)
            socket.send("GET /_atlas/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
            let (status, headers) = try socket.readHead()
            return EventStreamClient(socket: socket, status: status, headers: headers)
        }
    }

    /// The next event; throws `RawHTTPError.timeout` when none arrives within the socket timeout.
    func next() async throws -> ReceivedEvent {
        try await offPool { try self.readEvent() }
    }

    private func readEvent() throws -> ReceivedEvent {
        var name = "message"
        var data: [String] = []
        while let line = try socket.line() {
            // The body is chunked: skip the chunk-size lines and the blank lines between chunks.
            if line.isEmpty {
                if !data.isEmpty { return ReceivedEvent(name: name, data: data.joined(separator: "\n")) }
                continue
            }
            if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
            if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
        }
        throw RawHTTPError.malformed("the event stream ended")
    }

    /// Reads events until one named `name`, skipping others.
    func next(named name: String) async throws -> ReceivedEvent {
        while true {
            let event = try await next()
            if event.name == name { return event }
        }
    }
}
