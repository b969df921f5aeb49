//! Linking what the rules found: project mentions grouped into projects, each capacity, amount
//! and status tied to a project, officials told apart into the one who leads and those taking
//! part, and byte spans turned into character offsets.
//!
//! A fact belongs to the project whose name holds it (`BYD's annual output of 840,000 sets …
//! project`), else to the nearest project mentioned before it in its sentence, else the nearest
//! after it. When its sentence names no project, it belongs to the one project the sentence
//! before speaks of (`The plant was put into operation last October.` follows a sentence about
//! the plant), else to the one project its paragraph names; with several to choose from it
//! belongs to none, since a guess would give a figure to a project the text does not say it
//! belongs to. An amount of money
//! belongs to a project only when its sentence speaks of one (`The project has a total
//! investment of…`).
//!
//! An enterprise is a mention of its project only when no other project has the same one:
//! "Harbor Zone" begins three project names, and a sentence naming it names none of them.

use std::collections::HashSet;
use std::ops::Range;

use regex::Regex;

use super::document::{anywhere, whole_words, Document};
use super::rules;
use super::{Fact, Language, ProjectMention, Suggestion, TextSpan};

/// A fact and the byte range of the text it comes from.
pub(crate) struct Found {
    pub span: Range<usize>,
    pub fact: Fact,
}

/// The officials' names that are a shorter form of another official's under the same title: its
/// first or last words ("Mayor Li" of "Mayor Li Ming", "Mayor Smith" of "Mayor John Smith").
/// Every shorter form of each name is listed once, so that a text naming thousands of officials
/// is not compared pair by pair.
fn named_in_full_elsewhere(found: &[Found]) -> HashSet<String> {
    let officials: Vec<_> = found
        .iter()
        .filter_map(|found| match &found.fact {
            Fact::Official(official) => Some(official),
            _ => None,
        })
        .collect();
    let mut shorter_forms: HashSet<(String, String)> = HashSet::new();
    for official in &officials {
        let words: Vec<&str> = official.name.split_whitespace().collect();
        let role = official.role.to_ascii_lowercase();
        for count in 1..words.len() {
            shorter_forms.insert((role.clone(), words[..count].join(" ")));
            shorter_forms.insert((role.clone(), words[words.len() - count..].join(" ")));
        }
    }
    officials
        .iter()
        .filter(|short| {
            let name = short.name.split_whitespace().collect::<Vec<_>>().join(" ");
            shorter_forms.contains(&(short.role.to_ascii_lowercase(), name))
        })
        .map(|official| official.name.clone())
        .collect()
}

/// Mentions of one project: the fullest name (and its span), and every mention's span.
struct Project {
    name: String,
    /// `name_tokens(name)`, kept to compare each new mention with.
    tokens: Vec<String>,
    span: Range<usize>,
    enterprise: Option<String>,
    mentions: Vec<Range<usize>>,
}

pub(crate) fn link(
    document: &Document,
    mut found: Vec<Found>,
    language: Language,
) -> Vec<Suggestion> {
    found.sort_by_key(|found| (found.span.start, found.span.end));
    let projects = group_projects(&found, language);
    let mentions = mention_index(document, &projects, language);
    let about = sentence_subjects(document, &mentions);
    let taking_part = match language {
        Language::English => whole_words(rules::english::TAKING_PART_WORDS),
        Language::Chinese => anywhere(rules::chinese::TAKING_PART_WORDS),
    };
    // "The project has a total investment of…": one project, the one the paragraph is about.
    // Without such a word ("Changzhou should complete investment of…", "the three projects
    // have…") an amount is the city's or several projects', and is given to none.
    let one_project = match language {
        Language::English => whole_words(rules::english::PROJECT_HEADS),
        Language::Chinese => anywhere(rules::chinese::PROJECT_HEADS),
    };
    let mut suggestions = Vec::new();
    // "Mayor Li" in a headline and "Mayor Li Ming" in the text are one person, suggested once.
    let mut officials_seen = named_in_full_elsewhere(&found);
    let mut lead_found = false;
    for Found { span, fact } in found {
        let project = match &fact {
            Fact::Project(_) => continue,
            Fact::Official(_) | Fact::Date(_) => None,
            Fact::Capacity(_) | Fact::Status { .. } => {
                owner(document, &projects, &mentions, &about, &span, true)
            }
            Fact::Amount(_) => {
                let follows = sentence_matches(document, &one_project, span.start);
                owner(document, &projects, &mentions, &about, &span, follows)
            }
        };
        let fact = match fact {
            Fact::Official(mut official) => {
                if !officials_seen.insert(official.name.clone()) {
                    continue;
                }
                // The first official named with a title leads; others take part when their
                // sentence says so ("took part", "accompanied by", "参加").
                let leads = !lead_found && !official.taking_part;
                lead_found |= leads;
                official.taking_part = official.taking_part
                    || !leads && sentence_matches(document, &taking_part, span.start);
                Fact::Official(official)
            }
            fact => fact,
        };
        let project = project.map(|index| projects[index].name.clone());
        suggestions.push(suggestion(document, span, fact, project));
    }
    for (index, project) in projects.iter().enumerate() {
        let sentences = (0..document.sentences.len())
            .filter(|&sentence| about[sentence].contains(&index))
            .map(|sentence| {
                let range = &document.sentences[sentence].range;
                TextSpan {
                    start: document.char_offset(range.start),
                    end: document.char_offset(range.end),
                }
            })
            .collect();
        let fact = Fact::Project(ProjectMention {
            name: project.name.clone(),
            enterprise: project.enterprise.clone(),
            sentences,
        });
        suggestions.push(suggestion(document, project.span.clone(), fact, None));
    }
    suggestions.sort_by_key(|suggestion| (suggestion.start, suggestion.end));
    suggestions
}

fn suggestion(
    document: &Document,
    span: Range<usize>,
    fact: Fact,
    project: Option<String>,
) -> Suggestion {
    Suggestion {
        fact,
        quote: document.text[span.clone()].to_string(),
        start: document.char_offset(span.start),
        end: document.char_offset(span.end),
        project,
    }
}

fn sentence_matches(document: &Document, pattern: &Regex, byte: usize) -> bool {
    document.sentence_at(byte).is_some_and(|index| pattern.is_match(document.sentence_text(index)))
}

/// The words of a name compared when grouping mentions: lower-case words for English, characters
/// for Chinese without the head, since a Chinese text calls one site now a 项目, now a 工厂
/// (`星海电池工厂` is `星海储能电池项目`).
fn name_tokens(name: &str, language: Language) -> Vec<String> {
    match language {
        Language::English => name
            .split_whitespace()
            .map(|word| word.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
            .collect(),
        Language::Chinese => {
            let mut body = name;
            while let Some(head) =
                rules::chinese::PROJECT_HEADS.iter().find(|head| body.ends_with(**head))
            {
                body = &body[..body.len() - head.len()];
            }
            body.chars().map(String::from).collect()
        }
    }
}

/// Whether `short` is `long` with words left out, starting with the same word
/// (`Huaxing plant` in `Huaxing semiconductor wafer plant`).
fn abbreviates(short: &[String], long: &[String]) -> bool {
    if short.first() != long.first() || short.len() > long.len() {
        return false;
    }
    let mut long_words = long.iter();
    short.iter().all(|word| long_words.any(|candidate| candidate == word))
}

fn group_projects(found: &[Found], language: Language) -> Vec<Project> {
    let mut projects: Vec<Project> = Vec::new();
    for Found { span, fact } in found {
        let Fact::Project(mention) = fact else { continue };
        let tokens = name_tokens(&mention.name, language);
        let existing = projects.iter_mut().find(|project| {
            abbreviates(&tokens, &project.tokens) || abbreviates(&project.tokens, &tokens)
        });
        match existing {
            Some(project) => {
                if mention.name.chars().count() > project.name.chars().count() {
                    project.name = mention.name.clone();
                    project.span = span.clone();
                    project.tokens = tokens;
                }
                if project.enterprise.is_none() {
                    project.enterprise = mention.enterprise.clone();
                }
                project.mentions.push(span.clone());
            }
            None => projects.push(Project {
                name: mention.name.clone(),
                tokens,
                span: span.clone(),
                enterprise: mention.enterprise.clone(),
                mentions: vec![span.clone()],
            }),
        }
    }
    projects
}

/// Every place a project is mentioned, by name or by its enterprise's name, in text order.
fn mention_index(
    document: &Document,
    projects: &[Project],
    language: Language,
) -> Vec<(Range<usize>, usize)> {
    let text = document.text;
    let mut mentions = Vec::new();
    let shared = |enterprise: &str| {
        projects.iter().filter(|project| project.enterprise.as_deref() == Some(enterprise)).count()
            > 1
    };
    for (index, project) in projects.iter().enumerate() {
        mentions.extend(project.mentions.iter().map(|span| (span.clone(), index)));
        let Some(enterprise) =
            project.enterprise.as_deref().filter(|name| name.chars().count() >= 2 && !shared(name))
        else {
            continue;
        };
        for (start, _) in text.match_indices(enterprise) {
            let end = start + enterprise.len();
            let whole_word = language == Language::Chinese
                || !text[..start].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(char::is_alphanumeric);
            // Where the enterprise begins a mention of its own project, it is listed along with
            // that mention: the same project at the same place, which changes no fact's owner.
            if whole_word {
                mentions.push((start..end, index));
            }
        }
    }
    // An enterprise found inside a longer one's name is that one's: "Northwind" (the Northwind
    // plant's) within "Northwind Energy Storage Co." (the gigafactory's) names the gigafactory.
    let within_longer = |(span, index): &(Range<usize>, usize)| {
        mentions.iter().any(|(other, other_index)| {
            other_index != index
                && other.start <= span.start
                && span.end <= other.end
                && other.len() > span.len()
        })
    };
    let mut mentions: Vec<(Range<usize>, usize)> =
        mentions.iter().filter(|mention| !within_longer(mention)).cloned().collect();
    mentions.sort_by_key(|(span, _)| span.start);
    mentions
}

/// For each sentence, the projects it speaks of: those it mentions, or, when it mentions none,
/// the one project the sentence before in its paragraph speaks of, or else the one project its
/// paragraph mentions (none when there are several to choose from).
fn sentence_subjects(document: &Document, mentions: &[(Range<usize>, usize)]) -> Vec<Vec<usize>> {
    let mut about: Vec<Vec<usize>> = Vec::with_capacity(document.sentences.len());
    let mut next_mention = 0;
    for sentence in &document.sentences {
        let mut mentioned = Vec::new();
        while next_mention < mentions.len() && mentions[next_mention].0.start < sentence.range.end {
            let project = mentions[next_mention].1;
            if mentions[next_mention].0.start >= sentence.range.start
                && !mentioned.contains(&project)
            {
                mentioned.push(project);
            }
            next_mention += 1;
        }
        about.push(mentioned);
    }
    // Sentences are in paragraph order, so each paragraph is one run of them.
    let mut first = 0;
    while first < about.len() {
        let paragraph = document.sentences[first].paragraph;
        let end = first
            + document.sentences[first..]
                .iter()
                .take_while(|sentence| sentence.paragraph == paragraph)
                .count();
        let mut named: Vec<usize> = about[first..end].iter().flatten().copied().collect();
        named.sort_unstable();
        named.dedup();
        for sentence in first..end {
            if !about[sentence].is_empty() {
                continue;
            }
            let before = if sentence > first { &about[sentence - 1][..] } else { &[] };
            match (before, &named[..]) {
                (&[only], _) | (_, &[only]) => about[sentence].push(only),
                _ => {}
            }
        }
        first = end;
    }
    about
}

/// The project a fact at `span` belongs to (see the module's comment).
fn owner(
    document: &Document,
    projects: &[Project],
    mentions: &[(Range<usize>, usize)],
    about: &[Vec<usize>],
    span: &Range<usize>,
    follow_paragraph: bool,
) -> Option<usize> {
    if let Some(index) = projects.iter().position(|project| {
        project.mentions.iter().any(|m| m.start <= span.start && span.end <= m.end)
    }) {
        return Some(index);
    }
    let sentence = document.sentence_at(span.start)?;
    let range = &document.sentences[sentence].range;
    let in_sentence = mentions
        .iter()
        .filter(|(mention, _)| range.start <= mention.start && mention.end <= range.end);
    let before = in_sentence.clone().rfind(|(mention, _)| mention.end <= span.start);
    let after = in_sentence.clone().find(|(mention, _)| mention.start >= span.end);
    if let Some((_, index)) = before.or(after) {
        return Some(*index);
    }
    if follow_paragraph {
        about[sentence].last().copied()
    } else {
        None
    }
}
