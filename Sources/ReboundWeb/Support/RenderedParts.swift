import ReboundStore

/// Parts of pages as last rendered, each shown again while the view model it was rendered
/// from is equal to the one asked about, so nothing stale is ever shown: the dashboard's
/// list of interviews (most of its fields, changed only by a write or a step becoming
/// late), its late and next steps, and an interview's plan (its steps, changed by a write, the clock's "in 3 hours"
/// or another session's form token). Holds at most `capacity` parts and, when full, forgets
/// the half used least recently.
struct RenderedParts<Key: Hashable & Sendable, Input: Equatable & Sendable>: Sendable {
    private struct Rendered: Sendable {
        let input: Input
        let html: RenderedHTML
    }

    private let kept: RecentValues<Key, Rendered>

    init(capacity: Int = 500) {
        kept = RecentValues(capacity: capacity)
    }

    /// The part for `key` rendered from `input`: from memory when it was rendered from an
    /// equal input, else from `render`.
    func part(for key: Key, from input: Input, render: (Input) -> RenderedHTML) -> RenderedHTML {
        kept.value(for: key, isCurrent: { $0.input == input }) { Rendered(input: input, html: render(input)) }.html
    }
}
