//! Validating a rule before it is compiled: ids, message placeholders, which keys go
//! together, and the examples every rule carries. Each problem is a [`LoadError`] with the
//! file, line and column of the offending value.

use credcheck_core::Span;
use toml::Spanned;

use super::{Loader, is_kebab};
use crate::error::SourceFile;
use crate::pack::{RawExample, RawRule};
use crate::rule::Example;

impl Loader {
    /// The rule's id (kebab-case, unique), category and message.
    pub(super) fn check_identity(&mut self, file: SourceFile<'_>, r: &RawRule) {
        let id = r.id.get_ref();
        if !is_kebab(id) {
            self.errors.push(file.error(r.id.span(), format!("rule id `{id}` is not kebab-case"), Some("use lower-case words joined by `-` that name the problem, e.g. `anon-bare-source`".into())));
        }
        if let Some((other, _)) = self.rule_ids.get(id) {
            self.errors.push(file.error(
                r.id.span(),
                format!("rule id `{id}` is already defined in {other}"),
                Some("rule ids must be unique across all loaded packs".into()),
            ));
        }
        let category = r.category.get_ref();
        if !is_kebab(category) {
            self.errors.push(file.error(
                r.category.span(),
                format!("category `{category}` is not kebab-case"),
                Some("e.g. `anonymous-source`, `unverified-claim`, `denial`".into()),
            ));
        }
        self.check_message(file, &r.message, !r.suggest.is_empty());
    }

    /// Exactly one trigger, and the keys that only mean something together.
    pub(super) fn check_keys(&mut self, file: SourceFile<'_>, r: &RawRule) {
        let id = r.id.get_ref();
        let kinds = [
            r.pattern.is_some(),
            r.regex.is_some(),
            r.when.is_some(),
            r.attribution.is_some(),
            r.metric.is_some(),
            r.quote.is_some(),
            r.suppression.is_some(),
        ];
        if kinds.iter().filter(|&&k| k).count() != 1 {
            self.errors.push(file.error(r.id.span(), format!("rule `{id}` needs exactly one of `pattern`, `regex`, `when`, `attribution`, `quote`, `metric` or `suppression`"), Some("`pattern` matches tokens, `regex` matches sentence text, `when` follows another rule's findings, `attribution` matches who is cited, `quote` checks who quotations are credited to, `metric` tests the sourcing summary, `suppression` reports on the draft's suppression comments".into())));
        }
        if (r.above.is_some()
            || r.below.is_some()
            || r.min_attributions.is_some()
            || r.min_sentences.is_some())
            && r.metric.is_none()
        {
            let span = r
                .above
                .as_ref()
                .or(r.below.as_ref())
                .map_or(r.id.span(), Spanned::span);
            self.errors.push(file.error(
                span,
                "`above`, `below`, `min-attributions` and `min-sentences` go with `metric`",
                None,
            ));
        }
        if r.metric.is_some() && r.above.is_none() && r.below.is_none() {
            self.errors.push(file.error(
                r.metric.as_ref().map_or(0..0, Spanned::span),
                "a `metric` rule needs `above` or `below`",
                Some("e.g. `metric = \"anonymous-share\"` with `above = 0.5`".into()),
            ));
        }
        let conditions = usize::from(r.requires.is_some()) + usize::from(r.with.is_some());
        if r.when.is_some() != (conditions > 0) || conditions > 1 {
            let span = r.when.as_ref().map_or_else(
                || {
                    r.requires
                        .as_ref()
                        .or(r.with.as_ref())
                        .map_or(r.id.span(), Spanned::span)
                },
                Spanned::span,
            );
            self.errors.push(file.error(span, "`when` goes with exactly one of `requires` or `with`", Some("`when = \"category:anonymous-source\"` with `requires = \"@anonymity-reason\"` fires when the pattern is missing near the other rule's finding; with `with = \"…\"` it fires when the pattern is present".into())));
        }
        if let (Some(h), None) = (&r.highlight_with, &r.with) {
            self.errors.push(file.error(
                h.span(),
                "`highlight-with` without `with` has no effect",
                Some("`highlight-with = true` puts the finding on the words `with` matched".into()),
            ));
        }
        if r.with_window.is_some() && r.with.is_none() {
            self.errors.push(file.error(
                r.with_window.as_ref().map_or(0..0, Spanned::span),
                "`with-window` without `with` has no effect",
                None,
            ));
        }
        if r.requires_window.is_some() && r.requires.is_none() {
            self.errors.push(file.error(
                r.requires_window.as_ref().map_or(0..0, Spanned::span),
                "`requires-window` without `requires` has no effect",
                None,
            ));
        }
        if r.unless_window.is_some() && r.unless.is_empty() && r.unless_response.is_none() {
            self.errors.push(file.error(
                r.unless_window.as_ref().map_or(0..0, Spanned::span),
                "`unless-window` without `unless` or `unless-response` has no effect",
                None,
            ));
        }
    }

    fn check_message(
        &mut self,
        file: SourceFile<'_>,
        message: &Spanned<String>,
        has_suggest: bool,
    ) {
        let text = message.get_ref();
        if text.trim().is_empty() {
            self.errors.push(file.error(
                message.span(),
                "empty message",
                Some("say what an editor will ask and what to do".into()),
            ));
        }
        let mut rest = text.as_str();
        let mut offset = 0;
        while let Some(i) = rest.find(['{', '}']) {
            let tail = &rest[i..];
            let step = if tail.starts_with("{{") || tail.starts_with("}}") {
                2
            } else if tail.starts_with('{') {
                let end = tail.find('}').map_or(tail.len(), |e| e + 1);
                let name = &tail[1..end.saturating_sub(1).max(1)];
                let ok = name == "match" || (name == "suggest" && has_suggest);
                let before = text[..offset + i].chars().next_back();
                let after = tail[end..].chars().next();
                let quoted = name == "suggest"
                    && matches!(before, Some('“' | '"' | '‘' | '\''))
                    && matches!(after, Some('”' | '"' | '’' | '\''));
                if quoted {
                    let range =
                        file.inner_range(message.span(), text, offset + i..offset + i + end);
                    self.errors.push(file.error(
                        range,
                        "`{suggest}` in quotation marks",
                        Some("`{suggest}` puts each suggestion in quotation marks itself (“said” or “stated”): write `Use {suggest}`".into()),
                    ));
                }
                if !ok {
                    let range =
                        file.inner_range(message.span(), text, offset + i..offset + i + end);
                    let help = if name == "suggest" {
                        "`{suggest}` needs a `suggest = [...]` list in the rule".to_owned()
                    } else {
                        "placeholders are `{match}` (the highlighted words) and `{suggest}`; write `{{` for a literal brace".to_owned()
                    };
                    self.errors.push(file.error(
                        range,
                        format!("unknown placeholder `{}`", &tail[..end]),
                        Some(help),
                    ));
                }
                end
            } else {
                1
            };
            offset += i + step;
            rest = &rest[i + step..];
        }
    }

    pub(super) fn examples(
        &mut self,
        file: SourceFile<'_>,
        id: &str,
        rule: &Spanned<RawRule>,
        raw: &[Spanned<RawExample>],
    ) -> Vec<Example> {
        let mut out = Vec::new();
        let (mut flagged_count, mut clean_count) = (0, 0);
        for ex in raw {
            let e = ex.get_ref();
            let (text, flagged) = match (&e.flagged, &e.clean) {
                (Some(f), None) => {
                    flagged_count += 1;
                    (f, true)
                }
                (None, Some(c)) => {
                    clean_count += 1;
                    (c, false)
                }
                _ => {
                    self.errors.push(file.error(
                        ex.span(),
                        "an example has exactly one of `flagged` or `clean`",
                        Some("write `flagged = \"… [marked words] …\"` or `clean = \"…\"`".into()),
                    ));
                    continue;
                }
            };
            match parse_example(text.get_ref()) {
                Ok((plain, expected)) => {
                    if flagged && expected.is_empty() {
                        self.errors.push(file.error(
                            text.span(),
                            "a flagged example must mark the words it flags with `[ … ]`",
                            Some("e.g. `flagged = \"[Informed sources] told the paper…\"`".into()),
                        ));
                    }
                    if !flagged && !expected.is_empty() {
                        self.errors.push(
                            file.error(
                                text.span(),
                                "a clean example has no `[ … ]` marks",
                                Some(
                                    "remove the brackets, or write `\\\\[` for a literal bracket"
                                        .into(),
                                ),
                            ),
                        );
                    }
                    let line = file.line_of(text.span().start);
                    out.push(Example {
                        text: plain,
                        expected,
                        source: text.get_ref().clone(),
                        line,
                    });
                }
                Err((at, msg)) => {
                    let range = file.inner_range(text.span(), text.get_ref(), at..at + 1);
                    self.errors.push(file.error(range, msg, Some("mark flagged words as `[words]`; write `\\\\[` and `\\\\]` for literal brackets".into())));
                }
            }
        }
        if flagged_count == 0 || clean_count == 0 {
            let missing = if flagged_count == 0 {
                "a `flagged`"
            } else {
                "a `clean`"
            };
            self.errors.push(file.error(rule.get_ref().id.span(), format!("rule `{id}` needs {missing} example"), Some("every rule carries at least one `[[rule.example]]` with `flagged = \"…\"` and one with `clean = \"…\"`; they run as tests".into())));
        }
        out
    }
}

/// Splits an example into its plain text and the byte ranges marked with `[ … ]`.
fn parse_example(text: &str) -> Result<(String, Vec<Span>), (usize, String)> {
    let mut plain = String::with_capacity(text.len());
    let mut marks = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' if matches!(chars.peek(), Some((_, '[' | ']'))) => {
                if let Some((_, n)) = chars.next() {
                    plain.push(n);
                }
            }
            '[' => {
                if open.is_some() {
                    return Err((i, "`[` inside another `[ … ]` mark".into()));
                }
                open = Some((i, plain.len()));
            }
            ']' => {
                let Some((_, start)) = open.take() else {
                    return Err((i, "`]` without a `[`".into()));
                };
                marks.push(Span::new(start, plain.len()));
            }
            c => plain.push(c),
        }
    }
    if let Some((i, _)) = open {
        return Err((i, "`[` is never closed".into()));
    }
    Ok((plain, marks))
}
