//! `credcheck init`: a commented `credcheck.toml` and an example house pack with a tested rule.

use std::path::Path;

const CONFIG: &str = include_str!("init/credcheck.toml");
const HOUSE: &str = include_str!("init/house.toml");

/// Writes `credcheck.toml` and `house/house.toml` in `dir` (default: the current folder), never
/// overwriting a file that exists.
pub fn run_init(dir: Option<&Path>) -> anyhow::Result<u8> {
    let dir = dir.unwrap_or_else(|| Path::new("."));
    let files = [
        (dir.join("credcheck.toml"), CONFIG),
        (dir.join("house").join("house.toml"), HOUSE),
    ];
    for (path, _) in &files {
        if path.exists() {
            eprintln!(
                "credcheck: error: {} already exists; init never overwrites a file",
                path.display()
            );
            return Ok(crate::exit::ERROR);
        }
    }
    for (path, text) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
        println!("wrote {}", path.display());
    }
    println!(
        "\nNext: `credcheck rules test {}` runs the house pack's examples; \
         `credcheck check` uses the configuration.",
        dir.join("house").display()
    );
    Ok(crate::exit::OK)
}
