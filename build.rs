//! Compiles the English UI catalogue (`content/en/ui.ftl`, the source every
//! translation follows) into the app: the `Text` struct, one field a
//! message, and its English words, the fallback for any message a language
//! lacks. Other languages are data assets the app downloads (`xtask`).

use lantern_core::catalogue::compile_ftl;
use lantern_core::lang::Lang;
use std::fmt::Write;

fn main() {
    let rel = "content/en/ui.ftl";
    println!("cargo:rerun-if-changed={rel}");
    let src = std::fs::read_to_string(rel).expect("reading content/en/ui.ftl");
    let messages = match compile_ftl(rel, &src, Lang::En) {
        Ok(m) => m,
        Err(errors) => panic!("\n{}\n", errors.join("\n")),
    };
    let n = messages.len();
    let field = |id: &str| id.replace('-', "_");
    if n == 0 {
        panic!("{rel} has no messages");
    }
    let mut out = String::new();
    // The same field type throughout, laid out in order: a list of them
    // becomes a `Text` as one copy.
    out.push_str("/// Every message of the UI, by name.\n#[derive(Clone, Copy)]\n#[repr(C)]\npub struct Text {\n");
    for m in &messages {
        writeln!(out, "    pub {}: &'static str,", field(&m.id)).unwrap();
    }
    out.push_str("}\n\n");
    writeln!(
        out,
        "/// The order of the messages (a catalogue of another order is not used).\npub const LAYOUT: &str = {:?};\n",
        lantern_core::catalogue::layout(messages.iter().map(|m| m.id.as_str()))
    )
    .unwrap();
    // English as one text, a message a line, split once at start: a table
    // of 317 compiled-in pointers would cost more bytes than the split.
    let mut lines = String::new();
    for (i, m) in messages.iter().enumerate() {
        if m.pattern.contains('\n') {
            panic!("{rel}: {}: a compiled message must be one line", m.id);
        }
        if i > 0 {
            lines.push('\n');
        }
        lines.push_str(&m.pattern);
    }
    writeln!(
        out,
        "/// English, a message a line, in their order.\nconst EN_LINES: &str = {lines:?};\n"
    )
    .unwrap();

    // One copy of English (a static), and whole-list moves, not one move a
    // field: the layout of `Text` is that of the list, so they are the same bytes.
    writeln!(
        out,
        "impl Text {{
    /// The catalogue from its messages in their order.
    pub const fn from_list(list: [&'static str; {n}]) -> Text {{
        // SAFETY: `Text` is `#[repr(C)]` with exactly {n} fields, all
        // `&'static str`, so it is laid out as `[&'static str; {n}]` (the
        // sizes are checked below).
        unsafe {{ core::mem::transmute::<[&'static str; {n}], Text>(list) }}
    }}

    /// Its messages in their order.
    pub const fn to_list(self) -> [&'static str; {n}] {{
        // SAFETY: as in `from_list`.
        unsafe {{ core::mem::transmute::<Text, [&'static str; {n}]>(self) }}
    }}
}}

const _: () = assert!(core::mem::size_of::<Text>() == core::mem::size_of::<[&str; {n}]>());

// Every message has its line.
const _: () = {{
    let bytes = EN_LINES.as_bytes();
    let (mut i, mut lines) = (0, 1);
    while i < bytes.len() {{
        if bytes[i] == b'\\n' {{
            lines += 1;
        }}
        i += 1;
    }}
    assert!(lines == {n});
}};

/// English: the words of every message a language lacks.
fn english_text() -> Text {{
    let mut list = [\"\"; {n}];
    for (slot, line) in list.iter_mut().zip(EN_LINES.split('\\n')) {{
        *slot = line;
    }}
    Text::from_list(list)
}}"
    )
    .unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("ui_en.rs");
    std::fs::write(dest, out).expect("writing ui_en.rs");
}
