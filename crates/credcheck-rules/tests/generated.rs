//! The whole library pipeline — parse, attribution analysis, every built-in rule — over drafts
//! from the project's news grammar, in a debug build (so arithmetic overflow panics too). The
//! full soak run (`cargo run --profile soak -p xtask -- soak --generate 100000 DIRS…`) covers
//! far more; this keeps a sample of it in every test run.

use credcheck_core::{Document, Format};
use credcheck_rules::EngineBuilder;

#[test]
fn builtin_packs_on_generated_drafts_never_panic_and_stay_in_bounds() {
    let engine = EngineBuilder::new()
        .add_builtin()
        .build()
        .expect("built-in packs load");
    let mut findings = 0;
    for seed in 0..400 {
        let src = credcheck_gen::document(seed);
        for format in [Format::Text, Format::Markdown] {
            let doc = Document::parse(&src, format);
            for f in engine.check(&doc) {
                assert!(
                    f.span.start <= f.span.end && f.span.end <= src.len(),
                    "seed {seed}: finding {:?} out of bounds",
                    f.span
                );
                assert!(src.is_char_boundary(f.span.start) && src.is_char_boundary(f.span.end));
                findings += 1;
            }
        }
    }
    // The grammar is made of sourcing constructions: a pipeline that silently found nothing
    // would pass the bounds checks above.
    assert!(
        findings > 1000,
        "only {findings} findings on 800 generated drafts"
    );
}

/// The drafts that panicked the attribution analysis on real wire copy, and their minimal
/// forms as the soak tool reduced them.
#[test]
fn wire_copy_shapes_that_panicked() {
    let engine = EngineBuilder::new()
        .add_builtin()
        .build()
        .expect("built-in packs load");
    for src in [
        "Ameritech Publishing, a unit of Ameritech, the midwest-based telephone services company, said it has named Barry Allen president effective April.",
        "Ae P,A,c said",
        "Al H,l who testifying",
        "O.Jn,S,g wrote",
        "Dana Reyes, a.k.a. Dee, sometimes refers to himself as the \"mayor of Main Street\".",
    ] {
        for format in [Format::Text, Format::Markdown] {
            let doc = Document::parse(src, format);
            let _ = engine.check(&doc);
        }
    }
}
