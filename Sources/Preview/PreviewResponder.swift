import Dispatch
import Hummingbird
import ServiceLifecycle
import Site

/// Answers every request: the live-reload event stream, or a file of the current site.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    let hub: EventHub

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "only GET and HEAD are served", head: false, extra: [.allow: "GET, HEAD"])
        }
        let head = request.method == .head
        // A page on another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) sends its own Host.
        // A second Host header (HTTP/1.1 requires a 400) stays among the fields; the first is the authority.
        guard !request.headers.contains(where: { $0.name.canonicalName == "host" }) else {
            return plain(.badRequest, "a request names one host", head: head)
        }
        guard Self.isLoopback(host: request.head.authority) else {
            return plain(.forbidden, "only http://127.0.0.1 and http://localhost are served", head: head)
        }
        guard case .site(let path) = RequestPath.resolve(request.head.path ?? "/") else {
            return plain(.badRequest, "this path is not inside the site", head: head)
        }
        if path == LiveReload.eventsPath { return head ? Response(status: .ok, headers: eventHeaders) : events() }
        return await file(at: path, snapshot: state.current, head: head)
    }

    /// True for `127.0.0.1`, `localhost` and `[::1]`, with or without a port.
    static func isLoopback(host: String?) -> Bool {
        guard let host = host?.lowercased() else { return false }
        let nameEnd =
            host.hasPrefix("[")
            ? host.firstIndex(of: "]").map { host.index(after: $0) } : host.firstIndex(of: ":")
        let name = host[..<(nameEnd ?? host.endIndex)]
        let port = host[(nameEnd ?? host.endIndex)...]
        let portIsValid =
            port.isEmpty || (port.hasPrefix(":") && port.dropFirst().allSatisfy { $0.isASCII && $0.isNumber })
        return portIsValid && ["127.0.0.1", "localhost", "[::1]"].contains(name)
    }

    // MARK: - Site files

    private func file(at path: String, snapshot: PreviewSnapshot, head: Bool) async -> Response {
        guard let files = snapshot.files else {
            return bytes(
                LiveReload.errorPage(snapshot), type: "text/html; charset=utf-8", status: .serviceUnavailable,
                head: head)
        }
        for (index, candidate) in RequestPath.candidates(for: path).enumerated() {
            let content: [UInt8]
            if let made = files[candidate] {
                content = made
            } else if let lazy = snapshot.lazyFiles[candidate] {
                content = await Self.bytes(of: lazy)
            } else {
                continue
            }
            // `/sections` served as a folder: redirect so the page's relative links resolve.
            if index > 0, !path.hasSuffix("/") {
                return Response(status: .movedPermanently, headers: [.location: "/" + path + "/", .contentLength: "0"])
            }
            return page(candidate, content, snapshot: snapshot, status: .ok, head: head)
        }
        if let notFound = files["404.html"] {
            return page("404.html", notFound, snapshot: snapshot, status: .notFound, head: head)
        }
        return plain(.notFound, "404 not found: /\(path)", head: head)
    }

    /// A lazy file's bytes, made (or waited for, while the writer makes them) off the server's
    /// threads.
    private static func bytes(of file: LazyFile) async -> [UInt8] {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: file.bytes) }
        }
    }

    private func page(
        _ path: String, _ content: [UInt8], snapshot: PreviewSnapshot, status: HTTPResponse.Status, head: Bool
    ) -> Response {
        let type = ContentTypes.forPath(path)
        let body = ContentTypes.isHTML(path) ? LiveReload.inject(into: content, snapshot: snapshot) : content
        return bytes(body, type: type, status: status, head: head)
    }

    private func bytes(_ body: [UInt8], type: String, status: HTTPResponse.Status, head: Bool) -> Response {
        let headers: HTTPFields = [
            .contentType: type, .contentLength: String(body.count), .cacheControl: "no-store",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        return Response(
            status: status, headers: headers,
            body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func plain(
        _ status: HTTPResponse.Status, _ message: String, head: Bool, extra: HTTPFields = [:]
    ) -> Response {
        var response = bytes(
            Array((message + "\n").utf8), type: "text/plain; charset=utf-8", status: status, head: head)
        response.headers.append(contentsOf: extra)
        return response
    }

    // MARK: - Live reload

    private var eventHeaders: HTTPFields { [.contentType: "text/event-stream", .cacheControl: "no-store"] }

    /// Server-Sent Events: the current state at once, then one event per rebuild, until the
    /// client goes away or the server shuts down.
    private func events() -> Response {
        let (hub, state) = (self.hub, self.state)
        return Response(
            status: .ok, headers: eventHeaders,
            body: ResponseBody { writer in
                let (id, events) = hub.subscribe { ReloadEvent(kind: .state, snapshot: state.current) }
                defer { hub.finish(id) }
                try await withGracefulShutdownHandler {
                    // A quick retry brings pages back when the server restarts.
                    try await writer.write(ByteBuffer(string: "retry: 500\n\n"))
                    for await event in events { try await writer.write(ByteBuffer(string: event.frame)) }
                } onGracefulShutdown: {
                    hub.finish(id)
                }
                try await writer.finish(nil)
            })
    }
}
