import Dispatch

/// Renders a parsed file's top-level blocks on every core and hands their HTML over in
/// document order, for `atlas render`.
///
/// Blocks go in batches, a window of batches at a time: the cores render the window's batches,
/// then the window is handed over and its buffers reused, so that at most one window's HTML is
/// held at once however large the file. Top-level blocks are disjoint subtrees, and rendering
/// one reads only its own nodes (and the tables' cells, finished before): the threads share
/// nothing they write.
struct BlockBatches {
    /// Top-level blocks per batch: enough that a batch outweighs handing it to a thread.
    var batchSize = 256
    /// Batches per window: enough to even out the cores' shares of one window.
    var windowSize = 8

    func render(_ session: ParseSession, _ output: (UnsafeRawBufferPointer) -> Void) {
        let blocks = session.root.children
        guard blocks.count > batchSize else {
            var scratch: [UInt8] = []
            for node in blocks { session.render(node, scratch: &scratch, output) }
            return
        }
        let window = Window(session: session, blocks: blocks, size: windowSize)
        var first = 0
        while first < blocks.count {
            let batches = Array(
                stride(from: first, to: min(first + batchSize * windowSize, blocks.count), by: batchSize).map {
                    $0..<min($0 + batchSize, blocks.count)
                })
            window.render(batches)
            for index in batches.indices { window.html[index].withUnsafeBytes(output) }
            first = batches.last!.upperBound
        }
    }

    /// One window's batches and their HTML. Each thread writes only the slots of the batches it
    /// took; the caller reads them after all threads are done.
    private final class Window: @unchecked Sendable {
        let session: ParseSession
        let blocks: [CmarkNode]
        /// The HTML of each batch of the window being rendered.
        var html: [[UInt8]]

        init(session: ParseSession, blocks: [CmarkNode], size: Int) {
            self.session = session
            self.blocks = blocks
            self.html = Array(repeating: [], count: size)
        }

        func render(_ batches: [Range<Int>]) {
            html.withUnsafeMutableBufferPointer { slots in
                let slots = Slots(buffer: slots)
                DispatchQueue.concurrentPerform(iterations: batches.count) { index in
                    slots.buffer[index].removeAll(keepingCapacity: true)
                    var scratch: [UInt8] = []
                    for node in blocks[batches[index]] {
                        session.render(node, scratch: &scratch) { slots.buffer[index].append(contentsOf: $0) }
                    }
                }
            }
        }
    }

    /// The window's slots, shared with the threads that each write their own.
    private struct Slots: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<[UInt8]>
    }
}
