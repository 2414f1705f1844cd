//! Containing internal errors to the draft that caused them.
//!
//! A bug in the analysis must never take a whole run with it: checking 22,000 drafts and losing
//! every report because one sentence hit a panic is worse than reporting 21,999 and naming the
//! one that failed. Every per-draft step of every front end (`check`, `inspect`, `sources`) runs
//! inside [`per_draft`], which turns a panic into an error for that draft (exit code 2). The panic
//! hook stays quiet inside a guarded step — the message is carried in the error instead — and
//! prints the usual report anywhere else.

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    /// Is this thread inside a guarded step?
    static GUARDED: Cell<bool> = const { Cell::new(false) };
    /// The message and place of the last panic in a guarded step on this thread.
    static LAST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Installs the panic hook; call once, first thing in `main`.
pub fn install() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !GUARDED.with(Cell::get) {
            default(info);
            return;
        }
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "panic".to_owned());
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        LAST.with(|last| *last.borrow_mut() = Some(format!("{msg}{place}")));
    }));
}

/// Runs one draft's step; a panic becomes `Err("internal error while checking NAME: … — please
/// report it")`.
pub fn per_draft<T>(name: &str, step: impl FnOnce() -> T) -> Result<T, String> {
    GUARDED.with(|g| g.set(true));
    let outcome = catch_unwind(AssertUnwindSafe(step));
    GUARDED.with(|g| g.set(false));
    outcome.map_err(|_| {
        let what = LAST
            .with(|last| last.borrow_mut().take())
            .unwrap_or_else(|| "panic".to_owned());
        format!(
            "{name}: internal error while checking this draft: {what} — the other drafts were \
             checked; please report it with the draft (or `credcheck inspect` of it)"
        )
    })
}

/// Debug builds only: a draft containing the text of `CREDCHECK_DEBUG_PANIC` panics while it is
/// checked, so that tests can show one failing draft does not stop the others.
pub fn debug_hook(text: &str) {
    #[cfg(debug_assertions)]
    if let Some(marker) = std::env::var_os("CREDCHECK_DEBUG_PANIC") {
        let marker = marker.to_string_lossy();
        assert!(
            marker.is_empty() || !text.contains(marker.as_ref()),
            "forced by CREDCHECK_DEBUG_PANIC"
        );
    }
    #[cfg(not(debug_assertions))]
    let _ = text;
}
