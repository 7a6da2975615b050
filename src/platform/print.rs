//! Printing: the browser's print dialog, which also saves as PDF.

/// Opens the print dialog for the current page; the print stylesheet decides
/// what is on paper.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}
