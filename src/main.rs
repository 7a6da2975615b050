//! Mount only: everything else lives in the library.

fn main() {
    lantern::start();
}
