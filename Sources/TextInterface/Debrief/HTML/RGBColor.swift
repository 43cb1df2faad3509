import Foundation

/// An sRGB colour with WCAG 2 relative luminance and contrast ratio.
struct RGBColor: Hashable, Sendable {
    /// Red, 0-255.
    var red: Int
    /// Green, 0-255.
    var green: Int
    /// Blue, 0-255.
    var blue: Int

    /// Black text.
    static let black = RGBColor(red: 0, green: 0, blue: 0)
    /// White text.
    static let white = RGBColor(red: 255, green: 255, blue: 255)

    /// The colour as `#rrggbb`.
    var hex: String {
        "#"
            + [red, green, blue].map { component in
                let digits = String(min(max(component, 0), 255), radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }.joined()
    }

    /// The WCAG 2 relative luminance, 0 (black) to 1 (white).
    var luminance: Double {
        func linear(_ component: Int) -> Double {
            let value = Double(component) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2 contrast ratio between this colour and `other`, 1 to 21.
    func contrast(with other: RGBColor) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever contrasts more with this colour as a background.
    var readableText: RGBColor {
        contrast(with: .black) >= contrast(with: .white) ? .black : .white
    }

    /// The colour `fraction` (0-1) of the way from this colour to `other`.
    func mixed(with other: RGBColor, _ fraction: Double) -> RGBColor {
        let t = min(max(fraction, 0), 1)
        func mix(_ a: Int, _ b: Int) -> Int { Int((Double(a) + (Double(b - a)) * t).rounded()) }
        return RGBColor(
            red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }
}
