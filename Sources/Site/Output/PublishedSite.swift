/// A site as the writer last published it: its files and their digests.
///
/// A long-running process (`atlas serve`) keeps it and passes it to the next write, which then
/// skips hashing every file whose bytes did not change. The disk is still checked (each file's
/// size, time and inode against the manifest), so a stale value costs speed, never correctness.
public struct PublishedSite: Sendable, Equatable {
    public let site: RenderedSite
    let digests: [String: ContentDigest]
}

/// What one write did, and the published site to hand to the next one.
public struct Publication: Sendable {
    public var report: WriteReport
    public var published: PublishedSite
    /// How many files had their digest computed (the others' came from `previous`).
    var hashedCount: Int
    /// Whether the site differs from the `previous` one (true without one): the same paths
    /// with the same bytes is no change, whatever the disk held.
    public var siteChanged: Bool
}
