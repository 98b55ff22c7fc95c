/// A horizontal bar chart drawn as SVG by the `chart` template: one row per item, each bar
/// made of segments laid end to end (one segment for a plain count). Sizes are worked out
/// here so the template only places shapes; the numbers go in a text table beside it too.
struct BarChart {
    struct Segment {
        let value: Int
        /// The CSS class that colours it (`strong`, `ok`, `weak`, `count`).
        let style: String
        let name: String
    }

    struct Row {
        let label: String
        let segments: [Segment]
    }

    /// One drawn rectangle, with a tooltip.
    struct Bar {
        let x: String
        let y: String
        let width: String
        let height: String
        let style: String
        let tip: String
    }

    /// A label or value text.
    struct Label {
        let x: String
        let y: String
        let text: String
        let anchor: String
    }

    let id: String
    let title: String
    let width = "640"
    let height: String
    let bars: [Bar]
    let labels: [Label]
    /// The same chart laid out for a phone: each label above its bar, drawn about as wide as
    /// the screen, so its text stays at reading size (the wide one would shrink it to 7 px).
    let narrowWidth = "340"
    let narrowHeight: String
    let narrowBars: [Bar]
    let narrowLabels: [Label]

    static let labelWidth = 200
    static let barArea = 380
    static let rowHeight = 30
    static let narrowBarArea = 290
    static let narrowRowHeight = 44

    init(id: String, title: String, rows: [Row]) {
        self.id = id
        self.title = title
        let largest = max(1, rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        height = String(rows.count * Self.rowHeight + 8)
        (bars, labels) = Self.layout(rows, largest: largest, labelAbove: false)
        narrowHeight = String(rows.count * Self.narrowRowHeight + 4)
        (narrowBars, narrowLabels) = Self.layout(rows, largest: largest, labelAbove: true)
    }

    /// The shapes of one layout: each label left of its bar (wide), or above it (narrow),
    /// the bar's segments end to end, and the row's total after it.
    private static func layout(_ rows: [Row], largest: Int, labelAbove: Bool) -> (bars: [Bar], labels: [Label]) {
        var bars: [Bar] = []
        var labels: [Label] = []
        let area = Double(labelAbove ? narrowBarArea : barArea)
        for (index, row) in rows.enumerated() {
            let top = index * (labelAbove ? narrowRowHeight : rowHeight) + (labelAbove ? 0 : 4)
            let barTop = top + (labelAbove ? 22 : 4)
            labels.append(labelAbove
                ? Label(x: "0", y: String(top + 16), text: clipped(row.label, to: 40), anchor: "start")
                : Label(x: String(labelWidth - 8), y: String(top + 18), text: clipped(row.label), anchor: "end"))
            var x = labelAbove ? 0.0 : Double(labelWidth)
            for segment in row.segments where segment.value > 0 {
                let width = Double(segment.value) / Double(largest) * area
                bars.append(Bar(x: number(x), y: String(barTop), width: number(width), height: labelAbove ? "16" : String(rowHeight - 10),
                                style: segment.style, tip: "\(row.label): \(counted(segment.value, segment.name))"))
                x += width
            }
            let total = row.segments.reduce(0) { $0 + $1.value }
            labels.append(Label(x: number(x + 6), y: String(labelAbove ? barTop + 14 : top + 18), text: String(total), anchor: "start"))
        }
        return (bars, labels)
    }

    /// "1 interview", "2 interviews", "3 strong": a plural name loses its s for one.
    static func counted(_ value: Int, _ name: String) -> String {
        value == 1 && name.hasSuffix("s") ? "1 \(name.dropLast())" : "\(value) \(name)"
    }

    /// One decimal place at most, as SVG wants it.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func clipped(_ label: String, to length: Int = 26) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}
