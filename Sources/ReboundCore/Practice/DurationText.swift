/// A time taken or aimed for, as people say it: "45 s", "2 min", "1 min 40 s".
public enum DurationText {
    public static func of(_ seconds: Int) -> String {
        let minutes = seconds / 60, rest = seconds % 60
        if minutes == 0 { return "\(rest) s" }
        return rest == 0 ? "\(minutes) min" : "\(minutes) min \(rest) s"
    }
}
