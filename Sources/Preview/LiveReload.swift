import Site

/// The script and error overlay the server adds to HTML responses (never to the files on disk).
enum LiveReload {
    /// Where pages listen for rebuilds.
    static let eventsPath = "_atlas/events"

    /// `page` with the overlay (when there are errors) and the script inserted before its last `</body>`.
    static func inject(into page: [UInt8], snapshot: PreviewSnapshot) -> [UInt8] {
        let addition = Array((overlay(snapshot.errors) + script(generation: snapshot.generation)).utf8)
        guard let end = lastBodyClose(in: page) else { return page + addition }
        return Array(page[..<end]) + addition + Array(page[end...])
    }

    /// A page for when no build has succeeded yet: the errors, and the script to reload once fixed.
    static func errorPage(_ snapshot: PreviewSnapshot) -> [UInt8] {
        let page =
            "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>atlas: build failed</title>"
            + "</head><body></body></html>\n"
        return inject(into: Array(page.utf8), snapshot: snapshot)
    }

    static let overlayID = "atlas-errors"

    private static let overlayStyle =
        "position:fixed;top:0;left:0;right:0;z-index:2147483647;max-height:70vh;overflow:auto;margin:0;"
        + "padding:12px 16px;background:#fff1f0;color:#5c0011;border-bottom:3px solid #cf1322;"
        + "font:13px/1.5 ui-monospace,monospace;white-space:pre-wrap"

    /// The errors, HTML-escaped, in a fixed box over the page; empty when there are none.
    static func overlay(_ errors: [String]) -> String {
        guard !errors.isEmpty else { return "" }
        let lines = errors.map { "<div>" + HTMLEscaping.escape($0) + "</div>" }.joined()
        return "<div id=\"\(overlayID)\" role=\"alert\" style=\"\(overlayStyle)\"><strong>"
            + overlayHeading + "</strong>" + lines + "</div>"
    }

    private static let overlayHeading =
        "atlas: the last rebuild failed; this is the last good site. Fix these and save:"

    /// Listens on the events endpoint: reloads when the site generation moves, else shows the errors.
    static func script(generation: Int) -> String {
        """
        <script id="atlas-live-reload">(function(){var page=\(generation);\
        var source=new EventSource("/\(eventsPath)");\
        function show(errors){var old=document.getElementById("\(overlayID)");if(old)old.remove();\
        if(!errors.length)return;var box=document.createElement("div");box.id="\(overlayID)";\
        box.setAttribute("role","alert");box.style.cssText="\(overlayStyle)";\
        var head=document.createElement("strong");head.textContent="\(overlayHeading)";box.appendChild(head);\
        errors.forEach(function(e){var line=document.createElement("div");line.textContent=e;box.appendChild(line);});\
        document.body.appendChild(box);}\
        function update(event){var state=JSON.parse(event.data);\
        if(state.generation!==page){source.close();location.reload();return;}show(state.errors);}\
        [\(ReloadEvent.Kind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ","))]\
        .forEach(function(name){source.addEventListener(name,update);});})();</script>
        """
    }

    /// The offset of the last `</body` (any case), or nil.
    private static func lastBodyClose(in page: [UInt8]) -> Int? {
        let needle = Array("</body".utf8)
        guard page.count >= needle.count else { return nil }
        for start in stride(from: page.count - needle.count, through: 0, by: -1) {
            var matches = true
            for offset in 0..<needle.count where lowercased(page[start + offset]) != needle[offset] {
                matches = false
                break
            }
            if matches { return start }
        }
        return nil
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }
}
