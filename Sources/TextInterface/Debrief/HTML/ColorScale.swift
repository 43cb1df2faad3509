/// A sequential colour scale for values such as trust (0-100), light for low, dark for high.
struct ColorScale: Sendable {
    /// The colours at evenly spaced stops from the lowest to the highest value.
    var stops: [RGBColor]
    /// The lowest value.
    var lowest: Double
    /// The highest value.
    var highest: Double

    /// Trust from 0 to 100: pale red through pale yellow to deep blue-green.
    static let trust = ColorScale(
        stops: [
            RGBColor(red: 0xb2, green: 0x18, blue: 0x2b),
            RGBColor(red: 0xf4, green: 0xa5, blue: 0x82),
            RGBColor(red: 0xf7, green: 0xf7, blue: 0xd0),
            RGBColor(red: 0x92, green: 0xc5, blue: 0xde),
            RGBColor(red: 0x21, green: 0x66, blue: 0xac),
        ], lowest: 0, highest: 100)

    /// The colour for `value`, clamped to the scale.
    func color(for value: Double) -> RGBColor {
        guard stops.count > 1, highest > lowest, value.isFinite else {
            return stops.first ?? .white
        }
        let position = min(max((value - lowest) / (highest - lowest), 0), 1)
        let scaled = position * Double(stops.count - 1)
        let index = min(Int(scaled), stops.count - 2)
        return stops[index].mixed(with: stops[index + 1], scaled - Double(index))
    }

    /// The text colour (black or white) for a cell coloured for `value`.
    func textColor(for value: Double) -> RGBColor {
        color(for: value).readableText
    }
}
