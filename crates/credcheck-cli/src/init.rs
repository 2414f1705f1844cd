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
        // `symlink_metadata`: a link (even one pointing nowhere) is something that exists.
        if path.symlink_metadata().is_ok() {
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
        // `create_new` never follows a link planted between the check and the write.
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)?;
        std::io::Write::write_all(&mut f, text.as_bytes())?;
        println!("wrote {}", path.display());
    }
    println!(
        "\nNext: `credcheck rules test {}` runs the house pack's examples; \
         `credcheck check` uses the configuration.",
        dir.join("house").display()
    );
    Ok(crate::exit::OK)
}
