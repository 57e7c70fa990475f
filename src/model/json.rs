//! JSON as Rolecase reads and writes it: one pull reader, one writer, and a `Json` conversion per
//! type. Hand-written because serde's generated code and serde_json cost about 40 KB of the
//! compressed wasm; this is one non-generic reader and writer with a little code per type.
//!
//! The formats are the ones serde wrote, byte for byte (pinned by `tests/json_compat.rs`).
//! Deliberate differences in reading: a field given twice keeps its last value, where serde
//! refused the whole file; forms serde accepted but never wrote (a struct as an array,
//! `{"views":null}` for a unit) are refused.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::rc::Rc;

use crate::model::decimal;

/// How deeply arrays and objects may nest, as in serde_json; deeper input is refused before it
/// can exhaust the stack.
const MAX_DEPTH: u32 = 128;

/// Why a JSON text could not be read, and where, in words for the user. Boxed, so that every
/// result the reader passes up is small: that keeps the reading code small too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError(Box<Failure>);

/// What went wrong, and the line and column (in characters) where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::ops::Deref for JsonError {
    type Target = Failure;

    fn deref(&self) -> &Failure {
        &self.0
    }
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} at line {}, column {}",
            self.message, self.line, self.column
        )
    }
}

/// A value that can be written as JSON and read back.
pub trait Json: Sized {
    /// Appends the value's JSON.
    fn write_json(&self, w: &mut Writer);
    /// Reads the value that starts at the reader's position.
    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError>;
}

/// `value` as compact JSON.
pub fn to_string<T: Json>(value: &T) -> String {
    let mut w = Writer::default();
    value.write_json(&mut w);
    w.out
}

/// The value `text` holds; nothing but white space may follow it.
pub fn from_str<T: Json>(text: &str) -> Result<T, JsonError> {
    let mut r = Reader::new(text);
    let value = T::read_json(&mut r)?;
    r.finish()?;
    Ok(value)
}

/// Reads JSON text one token at a time; every method skips white space first.
pub struct Reader<'a> {
    text: &'a str,
    pos: usize,
    depth: u32,
    /// Whether the innermost open object or array has not yet given an entry.
    first: bool,
}

impl<'a> Reader<'a> {
    pub fn new(text: &'a str) -> Reader<'a> {
        Reader {
            text,
            pos: 0,
            depth: 0,
            first: false,
        }
    }

    /// An error at the current position.
    pub fn error(&self, message: String) -> JsonError {
        self.error_at(self.pos, message)
    }

    fn error_at(&self, pos: usize, message: String) -> JsonError {
        let before = &self.text.as_bytes()[..pos.min(self.text.len())];
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        JsonError(Box::new(Failure {
            message,
            line: before.iter().filter(|&&b| b == b'\n').count() + 1,
            // Characters, not bytes: UTF-8 continuation bytes do not start a character.
            column: before[line_start..]
                .iter()
                .filter(|&&b| b & 0xC0 != 0x80)
                .count()
                + 1,
        }))
    }

    /// "expected `what`" here, or that the text ended where `what` should be.
    fn expected(&self, what: &str) -> JsonError {
        self.error(if self.pos >= self.text.len() {
            format!("the text ends where {what} should be")
        } else {
            format!("expected {what}")
        })
    }

    /// The error for a required field the object did not have.
    pub fn missing(&self, field: &str) -> JsonError {
        self.error(format!("the field \u{201c}{field}\u{201d} is missing"))
    }

    /// `value`, or the error that `field` is missing.
    pub fn required<T>(&self, value: Option<T>, field: &str) -> Result<T, JsonError> {
        value.ok_or_else(|| self.missing(field))
    }

    /// The next byte after white space, without taking it.
    pub fn peek(&mut self) -> Option<u8> {
        let bytes = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(self.pos) {
            self.pos += 1;
        }
        bytes.get(self.pos).copied()
    }

    /// Checks that only white space is left.
    pub fn finish(&mut self) -> Result<(), JsonError> {
        match self.peek() {
            None => Ok(()),
            Some(_) => Err(self.error("there is more text after the data".into())),
        }
    }

    fn open(&mut self, bracket: u8, what: &str) -> Result<(), JsonError> {
        if self.peek() != Some(bracket) {
            return Err(self.expected(what));
        }
        if self.depth >= MAX_DEPTH {
            return Err(self.error("the data is nested too deeply".into()));
        }
        self.pos += 1;
        self.depth += 1;
        self.first = true;
        Ok(())
    }

    /// Whether another entry follows in the open object or array (taking the comma before it),
    /// or it closes here (taking `close`).
    fn another(&mut self, close: u8) -> Result<bool, JsonError> {
        let next = self.peek();
        if next == Some(close) {
            // After a comma the caller reads a value or a name first, so `[1,]` fails there.
            self.pos += 1;
            self.depth -= 1;
            self.first = false;
            return Ok(false);
        }
        if !std::mem::take(&mut self.first) {
            if next != Some(b',') {
                return Err(
                    self.expected(&format!("a comma or \u{201c}{}\u{201d}", char::from(close)))
                );
            }
            self.pos += 1;
        }
        Ok(true)
    }

    /// Takes the `{` that opens an object; then call `key` until it gives `None`.
    pub fn object(&mut self) -> Result<(), JsonError> {
        self.open(b'{', "an object")
    }

    /// The next field name of the open object, with its colon taken; `None` once it closes.
    pub fn key(&mut self) -> Result<Option<Cow<'a, str>>, JsonError> {
        if !self.another(b'}')? {
            return Ok(None);
        }
        if self.peek() != Some(b'"') {
            return Err(self.expected("a field name in quotes"));
        }
        let key = self.text_cow()?;
        if self.peek() != Some(b':') {
            return Err(self.expected("a colon after the field name"));
        }
        self.pos += 1;
        Ok(Some(key))
    }

    /// Takes the `[` that opens an array; then read one value each time `item` gives `true`.
    pub fn array(&mut self) -> Result<(), JsonError> {
        self.open(b'[', "a list")
    }

    /// Whether another value follows in the open array.
    pub fn item(&mut self) -> Result<bool, JsonError> {
        self.another(b']')
    }

    /// Takes `null` if it comes next.
    pub fn null(&mut self) -> Result<bool, JsonError> {
        if self.peek() != Some(b'n') {
            return Ok(false);
        }
        self.word("null")?;
        Ok(true)
    }

    fn word(&mut self, word: &str) -> Result<(), JsonError> {
        if !self.text[self.pos..].starts_with(word) {
            return Err(self.expected("a value"));
        }
        self.pos += word.len();
        Ok(())
    }

    pub fn bool(&mut self) -> Result<bool, JsonError> {
        match self.peek() {
            Some(b't') => self.word("true").map(|()| true),
            Some(b'f') => self.word("false").map(|()| false),
            _ => Err(self.expected("true or false")),
        }
    }

    /// The text of the number that comes next, checked against JSON's grammar.
    fn number_text(&mut self) -> Result<(usize, &'a str), JsonError> {
        self.peek();
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let digits = |pos: &mut usize| {
            let from = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos > from
        };
        let mut pos = start;
        if bytes.get(pos) == Some(&b'-') {
            pos += 1;
        }
        let whole = pos;
        if !digits(&mut pos) {
            self.pos = pos;
            return Err(self.expected("a number"));
        }
        if bytes[whole] == b'0' && pos - whole > 1 {
            return Err(self.error_at(start, "a number cannot start with 0".into()));
        }
        if bytes.get(pos) == Some(&b'.') {
            pos += 1;
            if !digits(&mut pos) {
                self.pos = pos;
                return Err(self.expected("a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(pos) {
            pos += 1;
            if let Some(b'+' | b'-') = bytes.get(pos) {
                pos += 1;
            }
            if !digits(&mut pos) {
                self.pos = pos;
                return Err(self.expected("a digit in the exponent"));
            }
        }
        self.pos = pos;
        Ok((start, &self.text[start..pos]))
    }

    pub fn f64(&mut self) -> Result<f64, JsonError> {
        self.finite().map(|(_, value)| value)
    }

    /// The number that comes next, as written and as read, refused if it is out of range.
    fn finite(&mut self) -> Result<(&'a str, f64), JsonError> {
        let (start, text) = self.number_text()?;
        let (negative, digits) = match text.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, text),
        };
        match decimal::parse(digits) {
            Some(value) => Ok((text, if negative { -value } else { value })),
            None => Err(self.error_at(start, format!("the number {text} is too large"))),
        }
    }

    pub fn u64(&mut self) -> Result<u64, JsonError> {
        let (start, text) = self.number_text()?;
        text.parse::<u64>().map_err(|_| {
            self.error_at(
                start,
                format!("expected a whole number from 0 to {}, not {text}", u64::MAX),
            )
        })
    }

    pub fn string(&mut self) -> Result<String, JsonError> {
        self.text_cow().map(Cow::into_owned)
    }

    /// The text in quotes that comes next, unescaped; borrowed when it has no escapes.
    fn text_cow(&mut self) -> Result<Cow<'a, str>, JsonError> {
        if self.peek() != Some(b'"') {
            return Err(self.expected("text in quotes"));
        }
        self.pos += 1;
        let bytes = self.text.as_bytes();
        let mut owned: Option<String> = None;
        let mut run = self.pos;
        loop {
            let Some(&b) = bytes.get(self.pos) else {
                return Err(self.expected("the closing quote of a text"));
            };
            match b {
                b'"' => {
                    let tail = &self.text[run..self.pos];
                    self.pos += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let text = owned.get_or_insert_with(String::new);
                    text.push_str(&self.text[run..self.pos]);
                    self.pos += 1;
                    text.push(self.escape()?);
                    run = self.pos;
                }
                0..=0x1f => {
                    return Err(self.error("a control character in a text must be escaped".into()))
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The character an escape stands for; the backslash is already taken.
    fn escape(&mut self) -> Result<char, JsonError> {
        let c = match self.text.as_bytes().get(self.pos) {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                self.pos += 1;
                let high = self.hex4()?;
                let code = match high {
                    0xD800..=0xDBFF => {
                        if !self.text[self.pos..].starts_with("\\u") {
                            return Err(self.error("an unpaired surrogate in a \\u escape".into()));
                        }
                        self.pos += 2;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("an unpaired surrogate in a \\u escape".into()));
                        }
                        0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => {
                        return Err(self.error("an unpaired surrogate in a \\u escape".into()))
                    }
                    code => code,
                };
                return char::from_u32(code)
                    .ok_or_else(|| self.error("an invalid \\u escape".into()));
            }
            _ => return Err(self.error("an invalid escape after a backslash".into())),
        };
        self.pos += 1;
        Ok(c)
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let digits = self.text.as_bytes().get(self.pos..self.pos + 4);
        let value = digits.and_then(|digits| {
            digits.iter().try_fold(0, |value, &b| {
                Some(value * 16 + char::from(b).to_digit(16)?)
            })
        });
        let value = value.ok_or_else(|| self.error("expected four hex digits after \\u".into()))?;
        self.pos += 4;
        Ok(value)
    }

    /// The index in `names` of the text that comes next.
    pub fn choice(&mut self, names: &[&str]) -> Result<usize, JsonError> {
        self.peek();
        let start = self.pos;
        let text = self.text_cow()?;
        names.iter().position(|name| *name == text).ok_or_else(|| {
            self.error_at(
                start,
                format!("\u{201c}{text}\u{201d} is not a value Rolecase knows here"),
            )
        })
    }

    /// Reads past the value that comes next, checking that it is JSON.
    pub fn skip(&mut self) -> Result<(), JsonError> {
        match self.peek() {
            Some(b'{') => {
                self.object()?;
                while self.key()?.is_some() {
                    self.skip()?;
                }
            }
            Some(b'[') => {
                self.array()?;
                while self.item()? {
                    self.skip()?;
                }
            }
            Some(b'"') => {
                self.text_cow()?;
            }
            Some(b't' | b'f') => {
                self.bool()?;
            }
            Some(b'n') => self.word("null")?,
            Some(b'-' | b'0'..=b'9') => {
                self.number_text()?;
            }
            _ => return Err(self.expected("a value")),
        }
        Ok(())
    }
}

/// Notes which of an object's required fields were read, for objects with many of them.
pub struct Required {
    names: &'static [&'static str],
    seen: u64,
}

impl Required {
    /// Up to 64 required field names.
    pub fn new(names: &'static [&'static str]) -> Required {
        Required { names, seen: 0 }
    }

    /// Notes `key` if it is one of the required fields.
    pub fn saw(&mut self, key: &str) {
        if let Some(index) = self.names.iter().position(|name| *name == key) {
            self.seen |= 1 << index;
        }
    }

    /// The error for the first required field not seen, if any.
    pub fn check(&self, r: &Reader<'_>) -> Result<(), JsonError> {
        match (0..self.names.len()).find(|index| self.seen & (1 << index) == 0) {
            Some(index) => Err(r.missing(self.names[index])),
            None => Ok(()),
        }
    }
}

/// Writes compact JSON into a `String`, exactly as serde_json wrote it (or, from `latin1`, with
/// the characters beyond Latin-1 escaped).
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Whether the next value or field needs a comma before it.
    comma: bool,
    /// `Some` when characters from U+0100 on are written as `\u` escapes, holding how many
    /// UTF-16 units were escaped so far.
    escaped: Option<usize>,
}

impl Writer {
    /// A writer whose text has no character beyond Latin-1 (U+00FF): every later one is written
    /// as a `\u` escape, or two for one beyond U+FFFF, as JSON allows and every reader reads.
    pub fn latin1() -> Writer {
        Writer {
            escaped: Some(0),
            ..Writer::default()
        }
    }

    /// How many UTF-16 units a `latin1` writer has written as escapes: each is six characters
    /// in place of one.
    pub fn escaped_units(&self) -> usize {
        self.escaped.unwrap_or_default()
    }

    /// The JSON written so far.
    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if self.comma {
            self.out.push(',');
        }
        self.comma = true;
    }

    pub fn object(&mut self) {
        self.separate();
        self.out.push('{');
        self.comma = false;
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
        self.comma = true;
    }

    pub fn array(&mut self) {
        self.separate();
        self.out.push('[');
        self.comma = false;
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
        self.comma = true;
    }

    /// A field name, with its colon.
    pub fn key(&mut self, name: &str) {
        self.separate();
        self.quoted(name);
        self.out.push(':');
        self.comma = false;
    }

    /// A field with its value.
    pub fn field<T: Json>(&mut self, name: &str, value: &T) {
        self.key(name);
        value.write_json(self);
    }

    pub fn null(&mut self) {
        self.separate();
        self.out.push_str("null");
    }

    pub fn bool(&mut self, value: bool) {
        self.separate();
        self.out.push_str(if value { "true" } else { "false" });
    }

    pub fn u64(&mut self, value: u64) {
        self.separate();
        let _ = write!(self.out, "{value}");
    }

    /// A number laid out as serde_json (ryu) laid it out, so that what earlier releases wrote is
    /// written again byte for byte: `2.0`, not `2`; an exponent below 1e-5 and from 1e16
    /// (`1e+16`, `1.5e-7`). The digits are `decimal::format`'s, exact for every number a person
    /// typed. `null` for the infinities and NaN, which the model never holds.
    pub fn f64(&mut self, value: f64) {
        self.separate();
        if !value.is_finite() {
            self.out.push_str("null");
            return;
        }
        if value.is_sign_negative() {
            self.out.push('-');
        }
        let magnitude = value.abs();
        if magnitude == 0.0 || (1e-5..1e16).contains(&magnitude) {
            let plain = decimal::format(magnitude);
            self.out.push_str(&plain);
            if !plain.contains('.') {
                self.out.push_str(".0");
            }
            return;
        }
        // The significant digits with a point after the first, then the power of ten.
        let (digits, point) = decimal::shortest(magnitude);
        let (first, rest) = digits.split_at(1);
        self.out.push_str(first);
        if !rest.is_empty() {
            self.out.push('.');
            self.out.push_str(rest);
        }
        let exponent = point - 1;
        let _ = write!(
            self.out,
            "e{}{exponent}",
            if exponent > 0 { "+" } else { "" }
        );
    }

    /// Text in quotes, escaped as serde_json escaped it: quote, backslash and control characters,
    /// nothing else (and characters beyond Latin-1 for a `latin1` writer).
    pub fn string(&mut self, text: &str) {
        self.separate();
        self.quoted(text);
    }

    fn quoted(&mut self, text: &str) {
        self.out.push('"');
        let mut run = 0;
        for (i, b) in text.bytes().enumerate() {
            let short = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0x08 => "\\b",
                0x0c => "\\f",
                0..=0x1f => "",
                // The first byte of a character from U+0100 on (later bytes are 0x80-0xBF).
                0xC4.. if self.escaped.is_some() => "",
                _ => continue,
            };
            self.out.push_str(&text[run..i]);
            let c = text[i..].chars().next().unwrap_or_default();
            run = i + c.len_utf8();
            if !short.is_empty() {
                self.out.push_str(short);
                continue;
            }
            const HEX: &[u8; 16] = b"0123456789abcdef";
            for &unit in c.encode_utf16(&mut [0; 2]).iter() {
                self.out.push_str("\\u");
                for shift in [12, 8, 4, 0] {
                    self.out
                        .push(char::from(HEX[usize::from((unit >> shift) & 0xf)]));
                }
            }
            if let (0xC4.., Some(escaped)) = (b, &mut self.escaped) {
                *escaped += c.len_utf16();
            }
        }
        self.out.push_str(&text[run..]);
        self.out.push('"');
    }
}

/// Implements `Json` for an enum without data, written as one of `names`.
macro_rules! json_names {
    ($type:ty { $($variant:ident: $name:literal),+ $(,)? }) => {
        impl $crate::model::json::Json for $type {
            fn write_json(&self, w: &mut $crate::model::json::Writer) {
                w.string(match self {
                    $(Self::$variant => $name),+
                })
            }

            fn read_json(
                r: &mut $crate::model::json::Reader<'_>,
            ) -> Result<Self, $crate::model::json::JsonError> {
                const VALUES: &[$type] = &[$(<$type>::$variant),+];
                Ok(VALUES[r.choice(&[$($name),+])?])
            }
        }
    };
}
pub(crate) use json_names;

impl Json for String {
    fn write_json(&self, w: &mut Writer) {
        w.string(self);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.string()
    }
}

impl Json for bool {
    fn write_json(&self, w: &mut Writer) {
        w.bool(*self);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.bool()
    }
}

impl Json for u64 {
    fn write_json(&self, w: &mut Writer) {
        w.u64(*self);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.u64()
    }
}

impl Json for f64 {
    fn write_json(&self, w: &mut Writer) {
        w.f64(*self);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        r.f64()
    }
}

impl<T: Json> Json for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(value) => value.write_json(w),
            None => w.null(),
        }
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        if r.null()? {
            Ok(None)
        } else {
            T::read_json(r).map(Some)
        }
    }
}

impl<T: Json> Json for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        write_items(w, self.iter());
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut items = Vec::new();
        r.array()?;
        while r.item()? {
            items.push(T::read_json(r)?);
        }
        Ok(items)
    }
}

fn write_items<'t, T: Json + 't>(w: &mut Writer, items: impl Iterator<Item = &'t T>) {
    w.array();
    for item in items {
        item.write_json(w);
    }
    w.end_array();
}

impl<T: Json> Json for Rc<T> {
    fn write_json(&self, w: &mut Writer) {
        T::write_json(self, w);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        T::read_json(r).map(Rc::new)
    }
}

impl<T: Json> Json for Box<T> {
    fn write_json(&self, w: &mut Writer) {
        T::write_json(self, w);
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        T::read_json(r).map(Box::new)
    }
}

/// Any JSON value, for migrations that reshape stored data before it is read into the types.
/// Numbers keep their text, so a value read and written back is unchanged.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Value>),
    /// Fields in the order they came.
    Object(Vec<(String, Value)>),
}

impl Json for Value {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Value::Null => w.null(),
            Value::Bool(value) => w.bool(*value),
            Value::Number(text) => {
                w.separate();
                w.out.push_str(text);
            }
            Value::String(text) => w.string(text),
            Value::Array(items) => write_items(w, items.iter()),
            Value::Object(fields) => {
                w.object();
                for (name, value) in fields {
                    w.field(name, value);
                }
                w.end_object();
            }
        }
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        Ok(match r.peek() {
            Some(b'{') => {
                let mut fields = Vec::new();
                r.object()?;
                while let Some(name) = r.key()? {
                    fields.push((name.into_owned(), Value::read_json(r)?));
                }
                Value::Object(fields)
            }
            Some(b'[') => Value::Array(Vec::read_json(r)?),
            Some(b'"') => Value::String(r.string()?),
            Some(b't' | b'f') => Value::Bool(r.bool()?),
            Some(b'n') => {
                r.word("null")?;
                Value::Null
            }
            Some(b'-' | b'0'..=b'9') => Value::Number(r.finite()?.0.to_owned()),
            _ => return Err(r.expected("a value")),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read<T: Json>(text: &str) -> Result<T, String> {
        from_str(text).map_err(|error| error.to_string())
    }

    #[test]
    fn strings_unescape_every_form_and_escape_back_as_serde_json_did() {
        let text =
            read::<String>(r#""a\"b\\c\/d\b\f\n\r\t\u00e9\u4e2d\ud83c\udf89\u0001""#).unwrap();
        assert_eq!(text, "a\"b\\c/d\u{8}\u{c}\n\r\té中🎉\u{1}");
        assert_eq!(to_string(&text), r#""a\"b\\c/d\b\f\n\r\té中🎉\u0001""#);
        assert_eq!(to_string(&"\u{7f}\u{1f}".to_owned()), "\"\u{7f}\\u001f\"");
        assert_eq!(read::<String>(r#""plain""#).unwrap(), "plain");
    }

    #[test]
    fn a_latin1_writer_escapes_only_what_lies_beyond_latin1() {
        let text = "a\"\u{1}é\u{ff}\u{100}中🎉\u{7f}".to_owned();
        let mut w = Writer::latin1();
        w.string(&text);
        assert_eq!(w.escaped_units(), 4);
        let written = w.finish();
        assert_eq!(
            written,
            "\"a\\\"\\u0001é\u{ff}\\u0100\\u4e2d\\ud83c\\udf89\u{7f}\""
        );
        assert_eq!(read::<String>(&written).unwrap(), text);
    }

    #[test]
    fn bad_escapes_and_lone_surrogates_are_refused() {
        for bad in [
            r#""\x""#,
            r#""\u12""#,
            r#""\u12g4""#,
            r#""\ud83c""#,
            r#""\ud83cx""#,
            r#""\ud83c\u0041""#,
            r#""\udf89""#,
            "\"tab\there\"",
            r#""\"#,
            r#""open"#,
        ] {
            assert!(read::<String>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn numbers_follow_json_s_grammar_and_stay_finite() {
        assert_eq!(read::<f64>("-0").unwrap().to_bits(), (-0.0f64).to_bits());
        assert_eq!(read::<f64>("2.5e3").unwrap(), 2500.0);
        assert_eq!(read::<f64>("1E-2").unwrap(), 0.01);
        assert_eq!(read::<f64>("7").unwrap(), 7.0);
        assert_eq!(read::<u64>("18446744073709551615").unwrap(), u64::MAX);
        for bad in [
            "1e999", "-1e999", "01", "-01", "1.", ".5", "+1", "1e", "1e+", "-", "NaN", "Infinity",
            "0x10",
        ] {
            assert!(read::<f64>(bad).is_err(), "{bad}");
        }
        for bad in ["18446744073709551616", "-1", "1.0", "1e2"] {
            assert!(read::<u64>(bad).is_err(), "{bad}");
        }
        assert!(read::<f64>("1e999").unwrap_err().contains("too large"));
    }

    #[test]
    fn numbers_are_written_as_serde_json_wrote_them() {
        assert_eq!(to_string(&2.0), "2.0");
        assert_eq!(to_string(&0.1), "0.1");
        assert_eq!(to_string(&-0.0), "-0.0");
        assert_eq!(to_string(&1234567.25), "1234567.25");
        assert_eq!(to_string(&f64::NAN), "null");
        assert_eq!(to_string(&u64::MAX), "18446744073709551615");
        assert_eq!(to_string(&1e16), "1e+16");
        assert_eq!(to_string(&-1.5e-7), "-1.5e-7");
        assert_eq!(to_string(&1e-5), "0.00001");
        for value in [1e20, 1e-7, 123.456, 1e22, 2.5e-20, 999_999_999_999_999.0] {
            assert_eq!(read::<f64>(&to_string(&value)), Ok(value), "{value}");
        }
    }

    #[test]
    fn invalid_structure_is_refused_with_where_and_what() {
        let error = from_str::<Vec<u64>>("[1,\n 2,,3]").unwrap_err();
        assert_eq!((error.line, error.column), (2, 4));
        assert_eq!(error.to_string(), "expected a number at line 2, column 4");
        let error = from_str::<Vec<String>>("[\"日本\", 5]").unwrap_err();
        assert_eq!(error.column, 8, "columns count characters");
        for bad in [
            "",
            " ",
            "[",
            "[1,]",
            "[1 2]",
            "{\"a\":1,}",
            "{\"a\" 1}",
            "{a:1}",
            "[1]]",
            "[1] x",
            "tru",
            "nul",
        ] {
            assert!(from_str::<Value>(bad).is_err(), "{bad:?}");
        }
        assert!(from_str::<Value>("").unwrap_err().message.contains("ends"));
    }

    #[test]
    fn deep_nesting_is_refused_without_exhausting_the_stack() {
        let deep = "[".repeat(100_000);
        assert!(from_str::<Value>(&deep)
            .unwrap_err()
            .message
            .contains("nested too deeply"));
        let mut r = Reader::new(&deep);
        assert!(r.skip().is_err());
        let fine = format!("{}{}", "[".repeat(100), "]".repeat(100));
        assert!(from_str::<Value>(&fine).is_ok());
    }

    #[test]
    fn huge_strings_and_every_prefix_of_a_text_are_handled() {
        let huge = format!("\"{}\"", "é\\n".repeat(500_000));
        assert_eq!(read::<String>(&huge).unwrap().chars().count(), 1_000_000);
        let text = r#"{"a":[1,-2.5e3,true,false,null,"x\u00e9\ud83c\udf89"],"b":{"c":{}}}"#;
        let value = from_str::<Value>(text).unwrap();
        assert_eq!(
            to_string(&value),
            text.replace(r"\u00e9\ud83c\udf89", "é🎉")
        );
        for cut in 0..text.len() {
            assert!(from_str::<Value>(&text[..cut]).is_err(), "{cut}");
        }
    }

    #[test]
    fn skipping_checks_what_it_skips() {
        let mut r = Reader::new(r#"{"x":[1,{"y":"\q"}]}"#);
        assert!(r.skip().is_err());
        let mut r = Reader::new(r#"{"x":[1,{"y":"z"}]} "#);
        assert_eq!(r.skip().and_then(|()| r.finish()), Ok(()));
    }
}
