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
        height = String(rows.count * Self.rowHeight + 8)
        let largest = max(1, rows.map { $0.segments.reduce(0) { $0 + $1.value } }.max() ?? 1)
        var bars: [Bar] = []
        var labels: [Label] = []
        for (index, row) in rows.enumerated() {
            let top = index * Self.rowHeight + 4
            labels.append(Label(x: String(Self.labelWidth - 8), y: String(top + 18), text: Self.clipped(row.label), anchor: "end"))
            var x = Double(Self.labelWidth)
            for segment in row.segments where segment.value > 0 {
                let width = Double(segment.value) / Double(largest) * Double(Self.barArea)
                bars.append(Bar(x: Self.number(x), y: String(top + 4), width: Self.number(width), height: String(Self.rowHeight - 10),
                                style: segment.style, tip: "\(row.label): \(Self.counted(segment.value, segment.name))"))
                x += width
            }
            let total = row.segments.reduce(0) { $0 + $1.value }
            labels.append(Label(x: Self.number(x + 6), y: String(top + 18), text: String(total), anchor: "start"))
        }
        self.bars = bars
        self.labels = labels

        narrowHeight = String(rows.count * Self.narrowRowHeight + 4)
        var narrowBars: [Bar] = []
        var narrowLabels: [Label] = []
        for (index, row) in rows.enumerated() {
            let top = index * Self.narrowRowHeight
            narrowLabels.append(Label(x: "0", y: String(top + 16), text: Self.clipped(row.label, to: 40), anchor: "start"))
            var x = 0.0
            for segment in row.segments where segment.value > 0 {
                let width = Double(segment.value) / Double(largest) * Double(Self.narrowBarArea)
                narrowBars.append(Bar(x: Self.number(x), y: String(top + 22), width: Self.number(width), height: "16",
                                      style: segment.style, tip: "\(row.label): \(Self.counted(segment.value, segment.name))"))
                x += width
            }
            let total = row.segments.reduce(0) { $0 + $1.value }
            narrowLabels.append(Label(x: Self.number(x + 6), y: String(top + 36), text: String(total), anchor: "start"))
        }
        self.narrowBars = narrowBars
        self.narrowLabels = narrowLabels
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
