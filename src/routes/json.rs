//! JSON read strictly: an object that names the same key twice is refused.
//! `serde_json` would keep the last one silently, so `{"answers": {...},
//! "answers": {...}}` could say one thing to a reviewer and another to Huella.

use std::cell::RefCell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

pub enum JsonError {
    /// Not JSON at all.
    Syntax,
    /// The first key an object named twice.
    DuplicateKey(String),
}

/// The body as a JSON value, every object's keys each named once.
pub fn parse(raw: &[u8]) -> Result<Value, JsonError> {
    let duplicate = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_slice(raw);
    let value = Strict(&duplicate)
        .deserialize(&mut deserializer)
        .and_then(|value| deserializer.end().map(|()| value));
    match (value, duplicate.into_inner()) {
        (_, Some(key)) => Err(JsonError::DuplicateKey(key)),
        (Ok(value), None) => Ok(value),
        (Err(_), None) => Err(JsonError::Syntax),
    }
}

/// Reads one value; keeps the first key named twice in `.0` and stops there.
#[derive(Clone, Copy)]
struct Strict<'a>(&'a RefCell<Option<String>>);

impl<'de> DeserializeSeed<'de> for Strict<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Strict<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            if object.contains_key(&key) {
                *self.0.borrow_mut() = Some(key);
                return Err(de::Error::custom("a key named twice"));
            }
            let value = map.next_value_seed(self)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_named_twice_at_any_depth_is_refused_and_named() {
        for (raw, key) in [
            (r#"{"answers": {}, "answers": {"moved": "no"}}"#, "answers"),
            (r#"{"answers": {"moved": "no", "moved": "yes"}}"#, "moved"),
            (r#"[{"a": 1, "a": 2}]"#, "a"),
        ] {
            match parse(raw.as_bytes()) {
                Err(JsonError::DuplicateKey(named)) => assert_eq!(named, key, "{raw}"),
                _ => panic!("{raw} was not refused for its key"),
            }
        }
    }

    #[test]
    fn other_json_reads_as_serde_json_reads_it() {
        let raw = r#"{"answers": {"moved": "no"}, "n": [1, -2, 3.5, true, null, "é"]}"#;
        let strict = parse(raw.as_bytes()).ok().unwrap();
        let loose: Value = serde_json::from_str(raw).unwrap();
        assert_eq!(strict, loose);
        assert!(matches!(parse(b"{\"a\": 1} x"), Err(JsonError::Syntax)));
        assert!(matches!(parse(b"{\"a\": "), Err(JsonError::Syntax)));
    }
}
