//! Status phrases, in either language: a phrase from [`rules::STAGES`] counts only when the
//! sentence states it as done, not as a plan, a wish or a question ("put into operation as soon
//! as possible", "预计年底投产", "When will the plant reach full production?").

use std::ops::Range;

use regex::Regex;

use super::document::{any_of, ending_word, head, Document};
use super::link::Found;
use super::rules::{self, Stage};
use super::Fact;

/// The status rules of one language.
pub(crate) struct StatusRules {
    /// Every stage phrase, longest first, with capture group `i + 1` for `stages[i]`.
    phrases: Regex,
    stages: Vec<&'static Stage>,
    /// Words in the clause before the phrase that make it not yet true.
    not_yet_before: Regex,
    /// Nouns that, right after one of those words, make it describe a figure rather than the
    /// phrase: "has a planned capacity of 1.2 GW and was put into operation" is in operation.
    figure_nouns: &'static [&'static str],
    /// Words right after the phrase that make it not yet true, or no longer (its completion later
    /// in the clause), anchored at the phrase's end,
    /// and the first words of the phrases they are not looked for after: phrases of a state,
    /// which then describe a subject ("the plant under construction is expected to …").
    not_yet_after: Option<(Regex, &'static [&'static str])>,
    /// Request verbs earlier in the sentence.
    request_verbs: Regex,
    conditional: Conditional,
    /// Words right before the phrase that say the project is not at its stage: past it
    /// ("completed trial production", 已完成设备安装调试) or short of it (接近满产).
    not_there_before: &'static [&'static str],
    /// What may stand between two stage phrases that say the project went from one to the next
    /// ("was completed and put into operation", 已竣工，正在试生产): the whole text between.
    joined: Regex,
}

/// A phrase made a condition of what the sentence says will follow: "after reaching full
/// production the plant will assemble 500 turbines a year", "Once put into production, the
/// project will process…", "项目达产后年组装…可…". Only with a future word later in the sentence:
/// "After it was put into operation last year, output doubled" states the stage as done.
pub(crate) struct Conditional {
    /// Words in the clause before the phrase (`after`, `once`, `upon`).
    pub before: Option<Regex>,
    /// Words right after the phrase (`后`, `之后`), anchored at its end.
    pub after: Option<Regex>,
    /// Words after the phrase in its sentence that put what follows in the future (`will`, `可`).
    pub future: Regex,
}

impl Conditional {
    /// Whether the phrase at `phrase` in `document` is such a condition.
    fn holds(&self, document: &Document, phrase: &std::ops::Range<usize>) -> bool {
        let text = document.text;
        let marked = self.before.as_ref().is_some_and(|before| {
            before.is_match(&text[document.clause_start(phrase.start)..phrase.start])
        }) || self
            .after
            .as_ref()
            .is_some_and(|after| after.is_match(head(&text[phrase.end..], 12)));
        marked && self.future.is_match(document.sentence_after(phrase.end))
    }
}

/// Where a stage stands in [`rules::STAGES`], the order a project goes through them.
fn stage_order(stage: &Stage) -> usize {
    rules::STAGES.iter().position(|known| known.id == stage.id).unwrap_or(0)
}

impl StatusRules {
    pub fn new(
        chinese: bool,
        not_yet_before: Regex,
        figure_nouns: &'static [&'static str],
        not_yet_after: Option<(Regex, &'static [&'static str])>,
        request_verbs: Regex,
        conditional: Conditional,
        not_there_before: &'static [&'static str],
    ) -> StatusRules {
        let mut phrases: Vec<(&'static Stage, &'static str)> = rules::STAGES
            .iter()
            .flat_map(|stage| {
                let list = if chinese { stage.chinese } else { stage.english };
                list.iter().map(move |phrase| (stage, *phrase))
            })
            .collect();
        phrases.sort_by_key(|(_, phrase)| std::cmp::Reverse(phrase.len()));
        let groups: Vec<String> = phrases.iter().map(|(_, phrase)| format!("({phrase})")).collect();
        let pattern = if chinese {
            format!("(?:{})", groups.join("|"))
        } else {
            format!(r"(?i)\b(?:{})\b", groups.join("|"))
        };
        let joined = if chinese {
            format!(
                r"^[\s，、]*(?:之?后)?[\s，]*(?:{})?(?:{})?$",
                any_of(rules::chinese::STAGE_JOINERS),
                any_of(rules::chinese::STAGE_JOINER_LINKS)
            )
        } else {
            format!(
                r"(?i)^\s*,?\s*(?:(?:{})\s+)?(?:(?:{})\s+)?(?:in\s+)?$",
                any_of(rules::english::STAGE_JOINERS),
                any_of(rules::english::STAGE_JOINER_VERBS)
            )
        };
        StatusRules {
            phrases: Regex::new(&pattern).expect("stage phrases make a valid pattern"),
            stages: phrases.iter().map(|(stage, _)| *stage).collect(),
            not_yet_before,
            figure_nouns,
            not_yet_after,
            request_verbs,
            conditional,
            not_there_before,
            joined: Regex::new(&joined).expect("stage joiners make a valid pattern"),
        }
    }

    /// Every status the text states as done.
    pub fn find(&self, document: &Document) -> Vec<Found> {
        let text = document.text;
        let mut found = Vec::new();
        for captures in self.phrases.captures_iter(text) {
            let Some(whole) = captures.get(0) else { continue };
            let Some(group) = (1..captures.len()).find(|&group| captures.get(group).is_some())
            else {
                continue;
            };
            if document.in_question(whole.start())
                || self.not_yet(&text[document.clause_start(whole.start())..whole.start()])
                || self.request_verbs.is_match(document.sentence_before(whole.start()))
                || self.not_yet_after.as_ref().is_some_and(|(pattern, states)| {
                    let opening = whole.as_str().split_whitespace().next().unwrap_or_default();
                    !states.iter().any(|state| opening.eq_ignore_ascii_case(state))
                        && pattern.is_match(head(&text[whole.end()..], 80))
                })
                || self.conditional.holds(document, &whole.range())
                || self.not_there(&text[..whole.start()])
            {
                continue;
            }
            found.push((whole.range(), self.stages[group - 1]));
        }
        // A stage passed and a later one joined to it: the project is at the later one.
        let later_joined = |(span, stage): &(Range<usize>, &Stage),
                            next: &(Range<usize>, &Stage)| {
            stage.passed
                && document.sentence_at(span.start) == document.sentence_at(next.0.start)
                && stage_order(next.1) > stage_order(stage)
                && self.joined.is_match(&text[span.end..next.0.start])
        };
        let kept = (0..found.len()).filter(|&index| {
            found.get(index + 1).is_none_or(|next| !later_joined(&found[index], next))
        });
        kept.map(|index| Found {
            span: found[index].0.clone(),
            fact: Fact::Status { status: found[index].1.id.to_string() },
        })
        .collect()
    }

    /// Whether the words right before a phrase (`before` ends there) say the project is not at
    /// its stage.
    fn not_there(&self, before: &str) -> bool {
        let before = before.trim_end();
        self.not_there_before.iter().any(|word| {
            ending_word(before, word, |character| character.is_ascii_alphanumeric()).is_some()
        })
    }

    /// Whether `before`, the clause before a phrase, makes it a plan, a wish or a question: it
    /// holds a not-yet word that does not describe a figure ("planned capacity").
    fn not_yet(&self, before: &str) -> bool {
        self.not_yet_before.find_iter(before).any(|word| {
            let next = before[word.end()..].split_whitespace().next().unwrap_or_default();
            let next = next.trim_end_matches(|character: char| !character.is_alphanumeric());
            !self.figure_nouns.iter().any(|noun| next.eq_ignore_ascii_case(noun))
        })
    }
}
