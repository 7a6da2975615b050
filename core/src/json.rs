//! Lantern's JSON: one parser into a borrowed tree, one writer, and two small
//! traits that every stored record and shipped data type implements, by hand
//! or through `json_struct!`, `json_newtype!` and `json_slugs!`.
//!
//! Why not serde_json: its derives build a decoder per type and format every
//! error message, which cost the app about a third of its wasm. The bytes
//! written here are exactly what serde_json wrote (the record fixtures in
//! `tests/` hold that), so records already on readers' phones read back as
//! they were.
//!
//! Invariant: parsing never panics and never recurses deeper than
//! [`MAX_DEPTH`], whatever the input.

use std::borrow::Cow;

/// Arrays and objects nested deeper than this are refused, so hostile input
/// cannot exhaust the stack (serde_json's limit too).
pub const MAX_DEPTH: usize = 128;

/// What was wrong, without a position: the app only needs to know that a
/// record is damaged, and formatting positions costs code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Error(pub &'static str);

pub type Result<T> = std::result::Result<T, Error>;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    /// The number as written (already checked against JSON's grammar).
    Number(&'a str),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    /// Keys in the order written; a repeated key reads as its first.
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// Parses one JSON document (surrounding whitespace allowed).
pub fn parse(src: &str) -> Result<Value<'_>> {
    let mut p = Parser {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        depth: 0,
    };
    p.skip_ws();
    let v = p.value()?;
    p.skip_ws();
    if p.pos != p.bytes.len() {
        return Err(Error("trailing characters"));
    }
    Ok(v)
}

pub fn from_str<T: FromJson>(src: &str) -> Result<T> {
    T::from_json(&parse(src)?)
}

pub fn to_string<T: ToJson + ?Sized>(value: &T) -> String {
    let mut w = Writer::default();
    value.to_json(&mut w);
    w.finish()
}

struct Parser<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
}

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.pos += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn value(&mut self) -> Result<Value<'a>> {
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => Ok(Value::String(self.string()?)),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(Error("expected a value")),
            None => Err(Error("unexpected end")),
        }
    }

    fn nested(&mut self, inner: fn(&mut Self) -> Result<Value<'a>>) -> Result<Value<'a>> {
        if self.depth == MAX_DEPTH {
            return Err(Error("nested too deeply"));
        }
        self.depth += 1;
        self.pos += 1; // the opening bracket
        let v = inner(self);
        self.depth -= 1;
        v
    }

    fn word(&mut self, word: &'static str, v: Value<'a>) -> Result<Value<'a>> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(v)
        } else {
            Err(Error("expected a value"))
        }
    }

    fn array(&mut self) -> Result<Value<'a>> {
        let mut items = Vec::new();
        self.skip_ws();
        if self.eat(b']') {
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value()?);
            self.skip_ws();
            if self.eat(b']') {
                return Ok(Value::Array(items));
            }
            if !self.eat(b',') {
                return Err(Error("expected `,` or `]`"));
            }
        }
    }

    fn object(&mut self) -> Result<Value<'a>> {
        let mut fields = Vec::new();
        self.skip_ws();
        if self.eat(b'}') {
            return Ok(Value::Object(fields));
        }
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return Err(Error("expected a key"));
            }
            let key = self.string()?;
            self.skip_ws();
            if !self.eat(b':') {
                return Err(Error("expected `:`"));
            }
            self.skip_ws();
            fields.push((key, self.value()?));
            self.skip_ws();
            if self.eat(b'}') {
                return Ok(Value::Object(fields));
            }
            if !self.eat(b',') {
                return Err(Error("expected `,` or `}`"));
            }
        }
    }

    /// Moves to the next quote, backslash or control character (or the end).
    fn skip_plain(&mut self) {
        let rest = &self.bytes[self.pos..];
        self.pos += (rest.iter())
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
            .unwrap_or(rest.len());
    }

    /// At the opening quote. Borrows the text when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.pos += 1;
        let start = self.pos;
        self.skip_plain();
        match self.peek() {
            None => return Err(Error("unterminated string")),
            Some(b'"') => {
                let s = &self.src[start..self.pos];
                self.pos += 1;
                return Ok(Cow::Borrowed(s));
            }
            Some(b'\\') => {}
            Some(_) => return Err(Error("control character in a string")),
        }
        let mut out = String::from(&self.src[start..self.pos]);
        loop {
            // Copy the run up to the next quote, escape or control character.
            let run = self.pos;
            self.skip_plain();
            out.push_str(&self.src[run..self.pos]);
            match self.peek() {
                None => return Err(Error("unterminated string")),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(Cow::Owned(out));
                }
                Some(b'\\') => {
                    self.pos += 1;
                    self.escape(&mut out)?;
                }
                Some(_) => return Err(Error("control character in a string")),
            }
        }
    }

    /// After a backslash.
    fn escape(&mut self, out: &mut String) -> Result<()> {
        let Some(b) = self.peek() else {
            return Err(Error("unterminated string"));
        };
        self.pos += 1;
        let c = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = self.hex4()?;
                let code = match hi {
                    0xD800..=0xDBFF => {
                        if !(self.eat(b'\\') && self.eat(b'u')) {
                            return Err(Error("lone surrogate"));
                        }
                        let lo = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            return Err(Error("lone surrogate"));
                        }
                        0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(Error("lone surrogate")),
                    _ => hi,
                };
                char::from_u32(code).ok_or(Error("bad escape"))?
            }
            _ => return Err(Error("bad escape")),
        };
        out.push(c);
        Ok(())
    }

    fn hex4(&mut self) -> Result<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b @ b'0'..=b'9') => b - b'0',
                Some(b @ b'a'..=b'f') => b - b'a' + 10,
                Some(b @ b'A'..=b'F') => b - b'A' + 10,
                _ => return Err(Error("bad escape")),
            };
            self.pos += 1;
            n = n * 16 + u32::from(d);
        }
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
        self.pos - start
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    fn number(&mut self) -> Result<Value<'a>> {
        let start = self.pos;
        self.eat(b'-');
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(Error("bad number")),
        }
        if self.eat(b'.') && self.digits() == 0 {
            return Err(Error("bad number"));
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits() == 0 {
                return Err(Error("bad number"));
            }
        }
        Ok(Value::Number(&self.src[start..self.pos]))
    }
}

impl<'a> Value<'a> {
    /// The fields of an object.
    pub fn fields(&self) -> Result<Fields<'_, 'a>> {
        match self {
            Value::Object(f) => Ok(Fields(f)),
            _ => Err(Error("expected an object")),
        }
    }

    pub fn items(&self) -> Result<&[Value<'a>]> {
        match self {
            Value::Array(items) => Ok(items),
            _ => Err(Error("expected an array")),
        }
    }

    pub fn str(&self) -> Result<&str> {
        match self {
            Value::String(s) => Ok(s),
            _ => Err(Error("expected a string")),
        }
    }

    /// A whole number from 0 up (a fraction or exponent is not one).
    pub fn u64(&self) -> Result<u64> {
        let Value::Number(text) = self else {
            return Err(Error("expected a number"));
        };
        let mut n: u64 = 0;
        for b in text.bytes() {
            if !b.is_ascii_digit() {
                return Err(Error("expected a whole number from 0 up"));
            }
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(u64::from(b - b'0')))
                .ok_or(Error("number too large"))?;
        }
        Ok(n)
    }

    /// An externally tagged enum variant: `"name"` alone, or `{"name": content}`.
    pub fn variant(&self) -> Result<(&str, Option<&Value<'a>>)> {
        match self {
            Value::String(name) => Ok((name, None)),
            Value::Object(f) if f.len() == 1 => Ok((&f[0].0, Some(&f[0].1))),
            _ => Err(Error("expected a variant")),
        }
    }
}

/// The content of a variant that must have one.
pub fn content<'v, 'a>(content: Option<&'v Value<'a>>) -> Result<&'v Value<'a>> {
    content.ok_or(Error("variant without content"))
}

/// An object's fields, looked up by name.
#[derive(Clone, Copy)]
pub struct Fields<'v, 'a>(&'v [(Cow<'a, str>, Value<'a>)]);

impl<'v, 'a> Fields<'v, 'a> {
    pub fn get(&self, key: &str) -> Option<&'v Value<'a>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// A field that must be there.
    pub fn req<T: FromJson>(&self, key: &str) -> Result<T> {
        T::from_json(self.get(key).ok_or(Error("missing field"))?)
    }

    /// A field that may be missing or null.
    pub fn opt<T: FromJson>(&self, key: &str) -> Result<Option<T>> {
        match self.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => T::from_json(v).map(Some),
        }
    }

    /// A field that takes `default` when missing (but must be valid when there).
    pub fn or<T: FromJson>(&self, key: &str, default: T) -> Result<T> {
        match self.get(key) {
            None => Ok(default),
            Some(v) => T::from_json(v),
        }
    }

    pub fn or_default<T: FromJson + Default>(&self, key: &str) -> Result<T> {
        self.or(key, T::default())
    }
}

/// Writes compact JSON, byte for byte as serde_json does.
#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn finish(self) -> String {
        self.out
    }

    /// A comma, unless this is the first thing in its container or a value after its key.
    fn sep(&mut self) {
        if !matches!(self.out.as_bytes().last(), None | Some(b'[' | b'{' | b':')) {
            self.out.push(',');
        }
    }

    pub fn null(&mut self) {
        self.sep();
        self.out.push_str("null");
    }

    pub fn bool(&mut self, b: bool) {
        self.sep();
        self.out.push_str(if b { "true" } else { "false" });
    }

    pub fn u64(&mut self, mut n: u64) {
        self.sep();
        // Integer digits by hand: `core::fmt` is more code than this.
        let mut buf = [0u8; 20];
        let mut i = buf.len();
        loop {
            i -= 1;
            buf[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &b in &buf[i..] {
            self.out.push(char::from(b));
        }
    }

    pub fn str(&mut self, s: &str) {
        self.sep();
        self.out.push('"');
        let mut run = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc: &str = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&s[run..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.out.push_str("\\u00");
                self.out.push(char::from(HEX[usize::from(b >> 4)]));
                self.out.push(char::from(HEX[usize::from(b & 0xf)]));
            } else {
                self.out.push_str(esc);
            }
            run = i + 1;
        }
        self.out.push_str(&s[run..]);
        self.out.push('"');
    }

    pub fn begin_object(&mut self) {
        self.sep();
        self.out.push('{');
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
    }

    pub fn begin_array(&mut self) {
        self.sep();
        self.out.push('[');
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
    }

    pub fn key(&mut self, key: &str) {
        self.str(key);
        self.out.push(':');
    }

    pub fn field<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.key(key);
        value.to_json(self);
    }

    /// A field left out when it is `None`.
    pub fn field_some<T: ToJson>(&mut self, key: &str, value: &Option<T>) {
        if let Some(v) = value {
            self.field(key, v);
        }
    }

    /// A field left out when the list is empty.
    pub fn field_nonempty<T: ToJson>(&mut self, key: &str, value: &[T]) {
        if !value.is_empty() {
            self.field(key, value);
        }
    }

    /// `{"name": content}`: an externally tagged variant with content.
    pub fn variant<T: ToJson + ?Sized>(&mut self, name: &str, content: &T) {
        self.begin_object();
        self.field(name, content);
        self.end_object();
    }
}

pub trait ToJson {
    fn to_json(&self, w: &mut Writer);
}

pub trait FromJson: Sized {
    fn from_json(v: &Value<'_>) -> Result<Self>;
}

impl ToJson for bool {
    fn to_json(&self, w: &mut Writer) {
        w.bool(*self);
    }
}

impl FromJson for bool {
    fn from_json(v: &Value<'_>) -> Result<Self> {
        match v {
            Value::Bool(b) => Ok(*b),
            _ => Err(Error("expected true or false")),
        }
    }
}

macro_rules! unsigned {
    ($($t:ty),*) => {$(
        impl ToJson for $t {
            fn to_json(&self, w: &mut Writer) {
                w.u64(*self as u64);
            }
        }

        impl FromJson for $t {
            fn from_json(v: &Value<'_>) -> Result<Self> {
                <$t>::try_from(v.u64()?).map_err(|_| Error("number too large"))
            }
        }
    )*};
}

unsigned!(u8, u16, u32, u64, usize);

impl ToJson for str {
    fn to_json(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl ToJson for String {
    fn to_json(&self, w: &mut Writer) {
        w.str(self);
    }
}

impl FromJson for String {
    fn from_json(v: &Value<'_>) -> Result<Self> {
        v.str().map(str::to_string)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self, w: &mut Writer) {
        match self {
            Some(v) => v.to_json(w),
            None => w.null(),
        }
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(v: &Value<'_>) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_json(v).map(Some),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn to_json(&self, w: &mut Writer) {
        w.begin_array();
        for item in self {
            item.to_json(w);
        }
        w.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self, w: &mut Writer) {
        self.as_slice().to_json(w);
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(v: &Value<'_>) -> Result<Self> {
        v.items()?.iter().map(T::from_json).collect()
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn to_json(&self, w: &mut Writer) {
        (**self).to_json(w);
    }
}

/// `ToJson` and `FromJson` for a struct stored as an object of all its
/// fields, in the order given (keep it the declaration order: the stored
/// bytes depend on it). Each field is required; after `default`, a missing
/// field takes its value from the type's `Default` instead.
#[macro_export]
macro_rules! json_struct {
    ($t:ident { $($field:ident),+ $(,)? }) => {
        $crate::json_struct!(@write $t { $($field),+ });

        impl $crate::json::FromJson for $t {
            fn from_json(v: &$crate::json::Value<'_>) -> $crate::json::Result<Self> {
                let f = v.fields()?;
                Ok($t {
                    $($field: f.req(stringify!($field))?),+
                })
            }
        }
    };
    ($t:ident default { $($field:ident),+ $(,)? }) => {
        $crate::json_struct!(@write $t { $($field),+ });

        impl $crate::json::FromJson for $t {
            fn from_json(v: &$crate::json::Value<'_>) -> $crate::json::Result<Self> {
                let f = v.fields()?;
                let d = <$t as Default>::default();
                Ok($t {
                    $($field: f.or(stringify!($field), d.$field)?),+
                })
            }
        }
    };
    (@write $t:ident { $($field:ident),+ }) => {
        impl $crate::json::ToJson for $t {
            fn to_json(&self, w: &mut $crate::json::Writer) {
                w.begin_object();
                $(w.field(stringify!($field), &self.$field);)+
                w.end_object();
            }
        }
    };
}

/// Newtype records (`struct CurrentQuiz(Option<Quiz>)`) are stored as what they wrap.
#[macro_export]
macro_rules! json_newtype {
    ($($t:ident),* $(,)?) => {$(
        impl $crate::json::ToJson for $t {
            fn to_json(&self, w: &mut $crate::json::Writer) {
                self.0.to_json(w);
            }
        }

        impl $crate::json::FromJson for $t {
            fn from_json(v: &$crate::json::Value<'_>) -> $crate::json::Result<Self> {
                $crate::json::FromJson::from_json(v).map($t)
            }
        }
    )*};
}

/// Unit-only enums named by a fixed slug per variant: `slug()`,
/// `from_slug()` and the JSON form (the slug as a string), from one list.
#[macro_export]
macro_rules! json_slugs {
    ($t:ident { $($variant:ident = $slug:literal),+ $(,)? }) => {
        impl $t {
            /// The stable name: the JSON form, and what the shell maps to words and classes.
            pub fn slug(self) -> &'static str {
                match self {
                    $($t::$variant => $slug),+
                }
            }

            pub fn from_slug(s: &str) -> Option<$t> {
                match s {
                    $($slug => Some($t::$variant),)+
                    _ => None,
                }
            }
        }

        impl $crate::json::ToJson for $t {
            fn to_json(&self, w: &mut $crate::json::Writer) {
                w.str(self.slug());
            }
        }

        impl $crate::json::FromJson for $t {
            fn from_json(v: &$crate::json::Value<'_>) -> $crate::json::Result<Self> {
                <$t>::from_slug(v.str()?).ok_or($crate::json::Error("unknown name"))
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_without_escapes_are_borrowed() {
        assert!(matches!(
            parse(r#""plain""#),
            Ok(Value::String(Cow::Borrowed("plain")))
        ));
    }

    #[test]
    fn escapes_are_decoded_including_surrogate_pairs() {
        let v = parse(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\udc2f""#).unwrap();
        assert_eq!(v.str().unwrap(), "a\"b\\c/d\u{8}\u{c}\n\r\té🐯");
    }

    #[test]
    fn lone_surrogates_and_bad_escapes_are_errors() {
        for bad in [
            r#""\ud800""#,
            r#""\udc00""#,
            r#""\ud800\u0041""#,
            r#""\x""#,
            r#""\u12""#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_follow_the_json_grammar() {
        for good in ["0", "-0", "12", "1.5", "-2e10", "3E+2", "4.0e-1"] {
            assert_eq!(parse(good), Ok(Value::Number(good)), "{good}");
        }
        for bad in ["01", "-", "1.", ".5", "1e", "+1", "0x1", "1.e3"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_whole_numbers_from_zero_up_read_as_integers() {
        assert_eq!(from_str::<u64>("18446744073709551615"), Ok(u64::MAX));
        assert!(from_str::<u64>("18446744073709551616").is_err());
        assert!(from_str::<u8>("256").is_err());
        assert!(from_str::<u32>("-1").is_err());
        assert!(from_str::<u32>("1.0").is_err());
        assert!(from_str::<u32>("1e3").is_err());
    }

    #[test]
    fn trailing_text_and_truncation_are_errors() {
        for bad in [
            "",
            " ",
            "{} x",
            "[1,]",
            "{\"a\":1,}",
            "[1 2]",
            "{\"a\" 1}",
            "tru",
            "nul",
            "[",
            "{\"a\":",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        assert!(parse(" \n{ \"a\" : [ 1 , true , null ] }\t").is_ok());
    }

    #[test]
    fn nesting_deeper_than_the_limit_is_refused_without_overflowing_the_stack() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(parse(&deep), Err(Error("nested too deeply")));
        assert!(parse(&"{\"a\":".repeat(100_000)).is_err());
    }

    #[test]
    fn raw_control_characters_in_strings_are_errors() {
        assert!(parse("\"a\nb\"").is_err());
        assert!(parse("\"a\\\\\u{1}\"").is_err());
    }

    #[test]
    fn the_writer_separates_values_and_escapes_like_serde_json() {
        let mut w = Writer::default();
        w.begin_object();
        w.field("a", &vec![1u8, 2]);
        w.field("b", &Some("x\u{1}\u{7f}\"\\é".to_string()));
        w.field("c", &None::<u8>);
        w.key("d");
        w.begin_array();
        w.begin_object();
        w.end_object();
        w.begin_array();
        w.end_array();
        w.bool(false);
        w.end_array();
        w.key("e");
        w.variant("f", &0u64);
        w.end_object();
        assert_eq!(
            w.finish(),
            "{\"a\":[1,2],\"b\":\"x\\u0001\u{7f}\\\"\\\\é\",\"c\":null,\"d\":[{},[],false],\"e\":{\"f\":0}}"
        );
    }

    #[test]
    fn fields_distinguish_missing_null_and_present() {
        let v = parse(r#"{"a":1,"b":null}"#).unwrap();
        let f = v.fields().unwrap();
        assert_eq!(f.req::<u8>("a"), Ok(1));
        assert_eq!(f.req::<u8>("z"), Err(Error("missing field")));
        assert_eq!(f.opt::<u8>("b"), Ok(None));
        assert_eq!(f.opt::<u8>("z"), Ok(None));
        assert_eq!(f.or("z", 7u8), Ok(7));
        assert!(f.or("b", 7u8).is_err(), "null is not a number");
    }

    #[test]
    fn variants_are_a_name_or_a_one_key_object() {
        let unit = parse(r#""skip""#).unwrap();
        assert_eq!(unit.variant().unwrap(), ("skip", None));
        let with = parse(r#"{"choice":2}"#).unwrap();
        let (name, c) = with.variant().unwrap();
        assert_eq!(
            (name, u8::from_json(content(c).unwrap())),
            ("choice", Ok(2))
        );
        assert!(parse(r#"{"a":1,"b":2}"#).unwrap().variant().is_err());
        assert!(parse("3").unwrap().variant().is_err());
    }
}
