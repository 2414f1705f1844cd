//! The built-in packs and shared lists under `rules/`, embedded at compile time.
//!
//! The list is explicit (a test fails if a file in `rules/` is missing from it), and each file is
//! parsed by the same loader as a user's pack, so built-in rules are validated identically.

/// `(origin, text)` of every built-in rule file: shared lists first, then packs.
pub const BUILTIN_FILES: &[(&str, &str)] = &[
    (
        "rules/lists/gazetteers.toml",
        include_str!("../../../rules/lists/gazetteers.toml"),
    ),
    (
        "rules/lists/responses.toml",
        include_str!("../../../rules/lists/responses.toml"),
    ),
    (
        "rules/lists/attribution.toml",
        include_str!("../../../rules/lists/attribution.toml"),
    ),
    (
        "rules/lists/anonymity.toml",
        include_str!("../../../rules/lists/anonymity.toml"),
    ),
    (
        "rules/lists/reports.toml",
        include_str!("../../../rules/lists/reports.toml"),
    ),
    (
        "rules/lists/language.toml",
        include_str!("../../../rules/lists/language.toml"),
    ),
    (
        "rules/anonymous-sources.toml",
        include_str!("../../../rules/anonymous-sources.toml"),
    ),
    (
        "rules/unverified-claims.toml",
        include_str!("../../../rules/unverified-claims.toml"),
    ),
    (
        "rules/denials-responses.toml",
        include_str!("../../../rules/denials-responses.toml"),
    ),
    (
        "rules/attribution-quality.toml",
        include_str!("../../../rules/attribution-quality.toml"),
    ),
    (
        "rules/hedging.toml",
        include_str!("../../../rules/hedging.toml"),
    ),
    (
        "rules/document.toml",
        include_str!("../../../rules/document.toml"),
    ),
    (
        "rules/suppressions.toml",
        include_str!("../../../rules/suppressions.toml"),
    ),
];

#[cfg(test)]
mod tests {
    use std::path::Path;

    #[test]
    fn every_rule_file_is_embedded() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let mut on_disk = Vec::new();
        let mut stack = vec![root.join("rules")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).expect("rules/ is readable") {
                let path = entry.expect("dir entry").path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "toml") {
                    let rel = path
                        .strip_prefix(&root)
                        .expect("under root")
                        .to_string_lossy()
                        .replace('\\', "/");
                    on_disk.push(rel);
                }
            }
        }
        on_disk.sort();
        let mut embedded: Vec<String> = super::BUILTIN_FILES
            .iter()
            .map(|(p, _)| (*p).to_owned())
            .collect();
        embedded.sort();
        assert_eq!(
            on_disk, embedded,
            "rules/ and BUILTIN_FILES must list the same files"
        );
    }
}
