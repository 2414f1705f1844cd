//! The TOML shape of rule packs and list files, as deserialised (before validation).

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

/// A pack file (`[pack]` + `[[rule]]`s + optional `[lists]`), or a shared list file (`[lists]`
/// only).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub pack: Option<Spanned<RawPackMeta>>,
    #[serde(default)]
    pub lists: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    pub rule: Vec<Spanned<RawRule>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPackMeta {
    pub id: Spanned<String>,
    pub title: Option<String>,
    pub description: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
/// How serious a finding is.
pub enum Severity {
    /// Worth a second look.
    Info,
    /// An editor will query this.
    Warning,
    /// Must be fixed or signed off before publication.
    Error,
}

impl Severity {
    /// The lower-case name used in output.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Which sentences around a match an `unless` or `requires` pattern is looked for in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
pub enum Window {
    /// The sentence of the match.
    #[default]
    #[serde(rename = "sentence")]
    Sentence,
    /// The sentence before it (anywhere in the document) and the sentence itself.
    #[serde(rename = "previous+sentence")]
    PreviousSentence,
    /// The sentence and the one after it.
    #[serde(rename = "sentence+next")]
    SentenceNext,
    /// The previous, the current and the next sentence.
    #[serde(rename = "previous+sentence+next")]
    Around,
    /// The previous sentence, the current one and the two after it: an agency scoop gives
    /// its sources' reason for anonymity after the paragraph's first back-reference (`…, the
    /// people said. They spoke on condition of anonymity because…`).
    #[serde(rename = "previous+sentence+next-two")]
    AroundNextTwo,
    /// The block (paragraph) of the match.
    #[serde(rename = "paragraph")]
    Paragraph,
    /// The whole document.
    #[serde(rename = "document")]
    Document,
}

/// Where a match may stand relative to quotations (judged on its highlighted words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteScope {
    /// Inside or outside quotations.
    #[default]
    Anywhere,
    /// Not inside a quotation: the writer's own words.
    Outside,
    /// The writer's own words, or a short quotation woven into the writer's sentence (a
    /// partial quotation: `the company "categorically denies" the claims`).
    OutsideOrPartial,
    /// Wholly inside a quotation: a speaker's words.
    Inside,
}

/// Which blocks a rule looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum BlockScope {
    /// Every block.
    #[default]
    Any,
    /// The first block that is not a heading.
    Lede,
    /// Headings only.
    Heading,
    /// Every block but headings.
    Body,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawRule {
    pub id: Spanned<String>,
    pub category: Spanned<String>,
    pub severity: Spanned<Severity>,
    pub message: Spanned<String>,
    pub pattern: Option<Spanned<String>>,
    pub regex: Option<Spanned<String>>,
    #[serde(default)]
    pub unless: Vec<Spanned<String>>,
    pub unless_window: Option<Spanned<Window>>,
    #[serde(default)]
    pub quotes: QuoteScope,
    #[serde(default)]
    pub scope: BlockScope,
    pub requires: Option<Spanned<String>>,
    pub requires_window: Option<Spanned<Window>>,
    pub with: Option<Spanned<String>>,
    pub with_window: Option<Spanned<Window>>,
    /// The finding stands on the `with` words (`did indeed`), not on the followed finding.
    pub highlight_with: Option<Spanned<bool>>,
    #[serde(default)]
    pub once: bool,
    pub suppression: Option<Spanned<SuppressionCheck>>,
    pub unless_setting: Option<Spanned<String>>,
    /// Source kinds (`"vague"`, `"named|organisation"`): a finding whose highlight lies in the
    /// source phrase of such an attribution is dropped.
    pub unless_source: Option<Spanned<String>>,
    /// Source kinds (`"anonymous"`): a finding stands only where its highlight lies in the
    /// source phrase of such an attribution.
    pub requires_source: Option<Spanned<String>>,
    /// Responses (`"denial|non-response"`): a finding is dropped when the attribution analysis
    /// finds such a response in its `unless-window`.
    pub unless_response: Option<Spanned<String>>,
    /// A finding inside what a named person or body reports (the content of an attribution
    /// whose source is named or an organisation, in its sentence) is dropped: the claim is
    /// theirs, on the record.
    #[serde(default, rename = "unless-named-report")]
    pub unless_named_report: bool,
    /// Rules whose findings on the same words make this rule's redundant.
    #[serde(default)]
    pub yields_to: Vec<Spanned<String>>,
    pub when: Option<Spanned<String>>,
    pub attribution: Option<Spanned<RawAttributionMatch>>,
    pub quote: Option<Spanned<RawQuoteMatch>>,
    pub metric: Option<Spanned<Metric>>,
    pub above: Option<Spanned<f64>>,
    pub below: Option<Spanned<f64>>,
    pub min_attributions: Option<usize>,
    pub min_sentences: Option<usize>,
    pub docs: Option<String>,
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub suggest: Vec<String>,
    #[serde(default)]
    pub fix: BTreeMap<String, String>,
    #[serde(default)]
    pub example: Vec<Spanned<RawExample>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExample {
    pub flagged: Option<Spanned<String>>,
    pub clean: Option<Spanned<String>>,
}

/// `attribution = { source = "anonymous|vague", response = "non-response" }`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAttributionMatch {
    pub source: Option<Spanned<String>>,
    pub response: Option<Spanned<String>>,
    pub content: Option<Spanned<ContentMatch>>,
    pub cue: Option<Spanned<CueMatch>>,
    #[serde(default, rename = "surname-only")]
    pub surname_only: bool,
    #[serde(default, rename = "without-role")]
    pub without_role: bool,
    #[serde(default, rename = "outside-named-report")]
    pub outside_named_report: bool,
}

/// Which cues an attribution rule accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum CueMatch {
    /// Any cue.
    #[default]
    Any,
    /// Speech and statements (`said`, `according to`), not states of mind.
    Speech,
    /// States of mind (`believes`, `fears`).
    Attitude,
    /// Wishes, intentions and reactions that state nothing (`wants to`, `welcomed the plan`).
    Stance,
    /// What puts a claim on record: statements, states of mind and questions whether something
    /// is so (`asking whether…` casts doubt), not wishes, intentions, reactions, requests or
    /// offers.
    Claim,
    /// Questions and requests (`asked whether`, `asked them to`).
    Question,
}

/// `quote = { attribution = "missing", min-words = 6 }`: quotations and who they are credited to.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(crate) struct RawQuoteMatch {
    pub attribution: QuoteAttribution,
    #[serde(default)]
    pub min_words: usize,
    #[serde(default)]
    pub min_sentences: usize,
}

/// What a quotation rule looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteAttribution {
    /// No speaker in the quotation's sentences, the sentence before it (ending in `:`) or the
    /// sentence after it.
    Missing,
    /// The speaker comes only after the quotation's second sentence.
    Late,
}

/// What an attribution rule asks of the attributed content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum ContentMatch {
    /// Any content, or none found.
    #[default]
    Any,
    /// A direct quotation: the content lies inside quotation marks.
    Quote,
    /// Paraphrase: content found, not inside quotation marks.
    Paraphrase,
}

/// Which responses an attribution rule matches: `"none"` (attributions of content),
/// `"denial"`, `"non-response"`, `"any"` (either response), or several joined with `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ResponseMatch {
    /// Attributions of content (no response).
    pub none: bool,
    /// Denials.
    pub denial: bool,
    /// Non-responses (declined to comment, could not be reached).
    pub non_response: bool,
}

impl ResponseMatch {
    /// Parses `"none|denial"`; `Err(word)` names the first unknown word.
    pub(crate) fn parse(text: &str) -> Result<ResponseMatch, String> {
        let mut m = ResponseMatch::default();
        for word in text.split('|').map(str::trim) {
            match word {
                "none" => m.none = true,
                "denial" => m.denial = true,
                "non-response" => m.non_response = true,
                "any" => {
                    m.denial = true;
                    m.non_response = true;
                }
                other => return Err(other.to_owned()),
            }
        }
        Ok(m)
    }

    /// Does an attribution with `response` match?
    #[must_use]
    pub fn accepts(self, response: Option<credcheck_core::Response>) -> bool {
        match response {
            None => self.none,
            Some(credcheck_core::Response::Denial) => self.denial,
            Some(credcheck_core::Response::NonResponse) => self.non_response,
        }
    }
}

/// What a `suppression` rule reports about the draft's suppression comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SuppressionCheck {
    /// A suppression under which none of the rules it names reports anything.
    Unused,
    /// A suppression with no reason, when the profile requires one.
    WithoutReason,
    /// A name in a suppression that is no rule, category or pack.
    UnknownName,
}

/// A document metric from the sourcing summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Metric {
    /// Anonymous attributions / all attributions (0–1).
    AnonymousShare,
    /// Attributions of content.
    Attributions,
    /// Distinct named people.
    NamedSources,
    /// Distinct anonymous sources.
    AnonymousSources,
    /// Denials reported.
    Denials,
    /// Non-responses reported.
    NonResponses,
    /// Distinct sources of any kind.
    Sources,
    /// Attributions to anonymous, vague or report sources / all attributions (0–1).
    UnnamedShare,
    /// Attributions to unnamed reports and media / all attributions (0–1).
    ReportShare,
}
