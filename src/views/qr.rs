//! A QR code as SVG, drawn on the server: no script.

use qrcode::{Color, EcLevel, QrCode};

/// Modules of white border the QR standard asks for around the code.
const QUIET: usize = 4;

/// `text` as an SVG QR code, or `None` when it is too long to encode.
/// The dark modules are one path of horizontal runs, so the markup stays
/// small. The page that shows it says in words what it is.
pub fn svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let mut path = String::with_capacity(width * width * 3);
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|&&c| c == Color::Dark).count();
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(format!(
        concat!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" "#,
            r#"shape-rendering="crispEdges">"#,
            r##"<rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
        ),
        size = size,
        path = path
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_resume_address_makes_a_small_square_svg_of_runs() {
        let svg = svg("https://huella.example.org/resume?code=7KQM-4TXP-AHJ3-WCRY").unwrap();
        assert!(svg.starts_with("<svg xmlns="), "{svg}");
        // Version 4 at level M: 33 modules and the quiet zone on each side.
        assert!(svg.contains(r#"viewBox="0 0 41 41""#), "{svg}");
        assert!(svg.len() < 6000, "{} bytes", svg.len());
        // The three finder patterns start with a run of 7 dark modules.
        assert!(svg.contains("M4 4h7v1h-7z"), "{svg}");
    }

    #[test]
    fn text_too_long_for_any_qr_code_gives_none() {
        assert_eq!(svg(&"x".repeat(5000)), None);
    }
}
