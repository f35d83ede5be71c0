//! A bounded memo shared by all workers: words and pages that depend only on
//! the language and a plan or question, built once and handed out.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{LazyLock, Mutex};

/// Values by key, cloned out (keep them cheap to clone: `Arc`, `Bytes`).
/// Past `max` entries it starts over rather than grow without bound.
pub struct Memo<K, V> {
    entries: LazyLock<Mutex<HashMap<K, V>>>,
    max: usize,
}

impl<K: Eq + Hash, V: Clone> Memo<K, V> {
    pub const fn new(max: usize) -> Self {
        Memo {
            entries: LazyLock::new(Mutex::default),
            max,
        }
    }

    /// The value for `key`, built by `build` the first time. The lock is not
    /// held while building, so two workers may build the same value once each.
    pub fn get_or_try_insert<E>(
        &self,
        key: K,
        build: impl FnOnce(&K) -> Result<V, E>,
    ) -> Result<V, E> {
        let entries = || self.entries.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(value) = entries().get(&key) {
            return Ok(value.clone());
        }
        let value = build(&key)?;
        let mut map = entries();
        if map.len() >= self.max {
            map.clear();
        }
        map.insert(key, value.clone());
        Ok(value)
    }

    /// As `get_or_try_insert`, for values that cannot fail to build.
    pub fn get_or_insert(&self, key: K, build: impl FnOnce(&K) -> V) -> V {
        match self.get_or_try_insert(key, |k| Ok::<V, std::convert::Infallible>(build(k))) {
            Ok(value) => value,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_once_and_starts_over_when_full() {
        let memo: Memo<u32, u32> = Memo::new(2);
        let mut builds = 0;
        for key in [1, 1, 2, 1] {
            memo.get_or_insert(key, |&k| {
                builds += 1;
                k * 10
            });
        }
        assert_eq!(builds, 2, "each key built once while there is room");
        memo.get_or_insert(3, |&k| {
            builds += 1;
            k * 10
        });
        assert_eq!(memo.get_or_insert(1, |_| 0), 0, "full: it started over");
        assert_eq!(builds, 3);
        let failed: Result<u32, &str> = memo.get_or_try_insert(9, |_| Err("no"));
        assert_eq!(failed, Err("no"));
        assert_eq!(
            memo.get_or_insert(9, |_| 90),
            90,
            "a failed build is not kept"
        );
    }
}
