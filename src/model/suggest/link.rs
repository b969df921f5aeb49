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
//! belongs to. A sentence counting several projects (`共签约项目12个，总投资150亿元`) is about
//! none of them, and neither are those after it in its paragraph that name none. An amount of money
//! belongs to a project only when its sentence speaks of one (`The project has a total
//! investment of…`).
//!
//! An enterprise is a mention of its project only when no other project has the same one:
//! "Harbor Zone" begins three project names, and a sentence naming it names none of them.

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::document::{any_of, anywhere, whole_words, Document};
use super::rules;
use super::{chinese_names, english_names};
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
    /// [`ProjectMention::enterprise_guessed`].
    enterprise_guessed: bool,
    mentions: Vec<Range<usize>>,
}

// Compiled once: the editor links the suggestions of each project's name when it accepts them
// all, and compiling these at every call took longer than the linking.
static ENGLISH_TAKING_PART: LazyLock<Regex> =
    LazyLock::new(|| whole_words(rules::english::TAKING_PART_WORDS));
static CHINESE_TAKING_PART: LazyLock<Regex> =
    LazyLock::new(|| anywhere(rules::chinese::TAKING_PART_WORDS));
// "The project has a total investment of…", "It has a total investment of…": one project, the
// one the paragraph is about. Without such a word ("Changzhou should complete investment of…",
// "the three projects have…") an amount is the city's or several projects', and is given to none.
static ENGLISH_ONE_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    let heads = rules::english::one_project_heads();
    Regex::new(&format!(
        r"(?i:\b(?:{}))\b|^\s*(?:{})\b",
        any_of(&heads),
        any_of(rules::english::ONE_THING_SUBJECTS)
    ))
    .expect("word lists make valid patterns")
});
static CHINESE_ONE_PROJECT: LazyLock<Regex> =
    LazyLock::new(|| anywhere(rules::chinese::PROJECT_HEADS));
// What makes a figure or a status several projects' together (`shared_by_several`).
static ENGLISH_JOINT: LazyLock<Regex> = LazyLock::new(|| whole_words(rules::english::JOINT_WORDS));
static CHINESE_JOINT: LazyLock<Regex> = LazyLock::new(|| anywhere(rules::chinese::JOINT_WORDS));
static ENGLISH_SEVERAL: LazyLock<Regex> =
    LazyLock::new(|| whole_words(rules::english::SEVERAL_PROJECTS));
static CHINESE_SEVERAL: LazyLock<Regex> =
    LazyLock::new(|| anywhere(rules::chinese::SEVERAL_PROJECTS));

pub(crate) fn link(
    document: &Document,
    mut found: Vec<Found>,
    language: Language,
) -> Vec<Suggestion> {
    found.sort_by_key(|found| (found.span.start, found.span.end));
    let mut projects = group_projects(&found, language);
    let (subjects, described) = match language {
        Language::English => (
            english_names::sentence_subjects(document),
            english_names::place_descriptions(document),
        ),
        Language::Chinese => (
            chinese_names::sentence_subjects(document),
            chinese_names::place_descriptions(document),
        ),
    };
    // A project named to describe a place (`The Jiangbei Industrial Park, where the Xinhe Battery
    // Project is located, has…`) is not what its sentence speaks of: that is the place.
    let describing = |span: &Range<usize>| {
        described.iter().any(|place| place.start <= span.start && span.end <= place.end)
    };
    let mentions = Mentions::new(
        mention_index(document, &projects, language)
            .spans
            .into_iter()
            .filter(|(span, _)| !describing(span))
            .collect(),
    );
    let names = Mentions::new(
        projects
            .iter()
            .enumerate()
            .flat_map(|(index, project)| {
                project.mentions.iter().map(move |span| (span.clone(), index))
            })
            .filter(|(span, _)| !describing(span))
            .collect(),
    );
    let about = sentence_subjects(document, &mentions.spans, &subjects);
    // A company whose head reports in a sentence about one project is that project's enterprise
    // when its name gives none (`园区一期项目` and `天元新材料股份有限公司负责人` in one paragraph). Found
    // after the mentions, it names no further sentences: the sentence it is in speaks of the
    // project already. Only where the paragraph hears one company: of two (a contractor and the
    // owner) nothing tells which is the project's.
    if language == Language::Chinese {
        let reporting: Vec<(usize, String)> = chinese_names::companies_reporting(document)
            .into_iter()
            .filter_map(|(byte, company)| Some((document.sentence_at(byte)?, company)))
            .collect();
        // In the text's order, so a paragraph's companies are next to each other.
        for paragraph in reporting.chunk_by(|(one, _), (other, _)| {
            document.sentences[*one].paragraph == document.sentences[*other].paragraph
        }) {
            let company = &paragraph[0].1;
            if paragraph.iter().any(|(_, other)| other != company) {
                continue;
            }
            for (sentence, _) in paragraph {
                if let [only] = about[*sentence][..] {
                    if projects[only].enterprise.is_none() {
                        projects[only].enterprise = Some(company.clone());
                        projects[only].enterprise_guessed = false;
                    }
                }
            }
        }
    }
    // What each project makes: what the first of its capacities that says what it counts counts.
    let mut makes: Vec<Option<String>> = vec![None; projects.len()];
    let (taking_part, one_project) = match language {
        Language::English => (&*ENGLISH_TAKING_PART, &*ENGLISH_ONE_PROJECT),
        Language::Chinese => (&*CHINESE_TAKING_PART, &*CHINESE_ONE_PROJECT),
    };
    let (joint, several) = match language {
        Language::English => (&*ENGLISH_JOINT, &*ENGLISH_SEVERAL),
        Language::Chinese => (&*CHINESE_JOINT, &*CHINESE_SEVERAL),
    };
    let mut suggestions = Vec::new();
    // "Mayor Li" in a headline and "Mayor Li Ming" in the text are one person, suggested once.
    let mut officials_seen = named_in_full_elsewhere(&found);
    let mut lead_found = false;
    for Found { span, fact } in found {
        let project = match &fact {
            Fact::Project(_) => continue,
            Fact::Official(_) | Fact::Date(_) => None,
            // Several projects' figure or status together is none of theirs (helper-74).
            Fact::Capacity(_) | Fact::Status { .. }
                if shared_by_several(document, &mentions, &span, joint, several) =>
            {
                continue;
            }
            Fact::Capacity(_) | Fact::Status { .. } => {
                owner(document, &names, &mentions, &about, &span, true)
            }
            Fact::Amount(_) => {
                let follows = sentence_matches(document, one_project, span.start);
                owner(document, &names, &mentions, &about, &span, follows)
            }
        };
        if let (Fact::Capacity(measure), Some(index)) = (&fact, project) {
            if makes[index].is_none() {
                makes[index].clone_from(&measure.of);
            }
        }
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
                    || !leads && sentence_matches(document, taking_part, span.start);
                Fact::Official(official)
            }
            fact => fact,
        };
        let project = project.map(|index| projects[index].name.clone());
        suggestions.push(suggestion(document, span, fact, project));
    }
    // Each project's sentences, in order, from one pass over the sentences.
    let mut sentences_of: Vec<Vec<TextSpan>> = vec![Vec::new(); projects.len()];
    for (sentence, subjects) in about.iter().enumerate() {
        let range = &document.sentences[sentence].range;
        for &index in subjects {
            sentences_of[index].push(TextSpan {
                start: document.char_offset(range.start),
                end: document.char_offset(range.end),
            });
        }
    }
    for ((project, sentences), makes) in projects.iter().zip(sentences_of).zip(makes) {
        let fact = Fact::Project(ProjectMention {
            name: project.name.clone(),
            enterprise: project.enterprise.clone(),
            enterprise_guessed: project.enterprise_guessed,
            makes,
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

/// The words of a name compared when grouping mentions, without the head, since a text calls one
/// site now a project, now a plant (`星海电池工厂` is `星海储能电池项目`; a headline's "Sunrise
/// module plant" is the text's "Sunrise module project"): lower-case words for English,
/// characters for Chinese.
fn name_tokens(name: &str, language: Language) -> Vec<String> {
    match language {
        Language::English => {
            let mut words: Vec<String> = name
                .split_whitespace()
                .map(|word| word.trim_end_matches("'s").trim_end_matches("’s").to_lowercase())
                .collect();
            let borrowed: Vec<&str> = words.iter().map(String::as_str).collect();
            let head = rules::english::project_head_at_end(&borrowed).unwrap_or(0);
            if words.len() > head {
                words.truncate(words.len() - head);
            }
            words
        }
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

/// How many projects of a name's first word a mention is compared with: the latest found. A
/// briefing names a few dozen projects; a text naming thousands that begin alike (Chinese names
/// share their first character, 华…) compared each with all the others, for minutes.
const MOST_COMPARED: usize = 256;

fn group_projects(found: &[Found], language: Language) -> Vec<Project> {
    let mut projects: Vec<Project> = Vec::new();
    // The projects by their name's first word, in order: a name abbreviates only one that
    // starts with the same word, so a mention is compared with those alone.
    let mut by_first_word: HashMap<Option<String>, Vec<usize>> = HashMap::new();
    for Found { span, fact } in found {
        let Fact::Project(mention) = fact else { continue };
        let tokens = name_tokens(&mention.name, language);
        let candidates = by_first_word.entry(tokens.first().cloned()).or_default();
        let compared = &candidates[candidates.len().saturating_sub(MOST_COMPARED)..];
        let existing = compared.iter().copied().find(|&index| {
            let project = &projects[index];
            abbreviates(&tokens, &project.tokens) || abbreviates(&project.tokens, &tokens)
        });
        match existing.map(|index| &mut projects[index]) {
            Some(project) => {
                if mention.name.chars().count() > project.name.chars().count() {
                    project.name = mention.name.clone();
                    project.span = span.clone();
                    project.tokens = tokens;
                }
                // An enterprise a mention states replaces one guessed from another's first word.
                if project.enterprise.is_none()
                    || project.enterprise_guessed && mention.stated_enterprise().is_some()
                {
                    project.enterprise = mention.enterprise.clone();
                    project.enterprise_guessed = mention.enterprise_guessed;
                }
                project.mentions.push(span.clone());
            }
            None => {
                candidates.push(projects.len());
                projects.push(Project {
                    name: mention.name.clone(),
                    tokens,
                    span: span.clone(),
                    enterprise: mention.enterprise.clone(),
                    enterprise_guessed: mention.enterprise_guessed,
                    mentions: vec![span.clone()],
                });
            }
        }
    }
    projects
}

/// Every place a project is mentioned, by name or by its enterprise's name, in text order.
fn mention_index(document: &Document, projects: &[Project], language: Language) -> Mentions {
    let text = document.text;
    let mut enterprise_counts: HashMap<&str, usize> = HashMap::new();
    for enterprise in projects.iter().filter_map(|project| project.enterprise.as_deref()) {
        *enterprise_counts.entry(enterprise).or_default() += 1;
    }
    let shared =
        |enterprise: &str| enterprise_counts.get(enterprise).is_some_and(|&count| count > 1);
    // Each project's names, then its enterprise's, in the order the projects were found (the
    // order mentions at one place keep).
    let mut listed: Vec<(Range<usize>, usize, bool)> = Vec::new();
    let mut searched: Vec<(usize, &str)> = Vec::new();
    for (index, project) in projects.iter().enumerate() {
        listed.extend(project.mentions.iter().map(|span| (span.clone(), index, false)));
        if let Some(enterprise) =
            project.enterprise.as_deref().filter(|name| name.chars().count() >= 2 && !shared(name))
        {
            searched.push((index, enterprise));
        }
    }
    // Every enterprise in one pass over the text (one search per project read a text naming
    // thousands of projects thousands of times). Each enterprise's places are found as
    // `str::match_indices` finds them: left to right, none overlapping the one before.
    // The finder is refused only past its size limits (far beyond a text's enterprises), and
    // then the enterprises' mentions go unlisted, as a text without them.
    let patterns = searched.iter().map(|(_, enterprise)| enterprise);
    if let Ok(finder) = AhoCorasick::new(patterns) {
        let mut searched_to = vec![0; searched.len()];
        for found in finder.find_overlapping_iter(text) {
            let pattern = found.pattern().as_usize();
            let (start, end) = (found.start(), found.end());
            if start < searched_to[pattern] {
                continue;
            }
            searched_to[pattern] = end;
            let whole_word = language == Language::Chinese
                || !text[..start].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(char::is_alphanumeric);
            // Where the enterprise begins a mention of its own project, it is listed along with
            // that mention: the same project at the same place, which changes no fact's owner.
            if whole_word {
                listed.push((start..end, searched[pattern].0, true));
            }
        }
    }
    listed.sort_by_key(|(span, index, enterprise)| (span.start, *index, *enterprise));
    let mentions = listed.into_iter().map(|(span, index, _)| (span, index)).collect();
    // An enterprise found inside a longer one's name is that one's: "Northwind" (the Northwind
    // plant's) within "Northwind Energy Storage Co." (the gigafactory's) names the gigafactory.
    let found = Mentions::new(mentions);
    let within_longer = |(span, index): &(Range<usize>, usize)| {
        found
            .containing(span)
            .any(|(other, other_index)| other_index != index && other.len() > span.len())
    };
    Mentions::new(found.spans.iter().filter(|mention| !within_longer(mention)).cloned().collect())
}

/// Mentions of projects: each a byte span and the project's index, in order of their start.
/// What holds a span, or lies in a sentence, is found by a search among them, not by a walk
/// over them all, since a text naming one project thousands of times compared each mention
/// with every other.
struct Mentions {
    spans: Vec<(Range<usize>, usize)>,
    /// The longest span's length: a mention holding a byte starts at most this far before it.
    longest: usize,
}

impl Mentions {
    fn new(mut spans: Vec<(Range<usize>, usize)>) -> Mentions {
        spans.sort_by_key(|(span, _)| span.start);
        let longest = spans.iter().map(|(span, _)| span.len()).max().unwrap_or(0);
        Mentions { spans, longest }
    }

    /// The mentions that hold all of `span`.
    fn containing<'m>(
        &'m self,
        span: &Range<usize>,
    ) -> impl Iterator<Item = &'m (Range<usize>, usize)> {
        let first =
            self.spans.partition_point(|(mention, _)| mention.start + self.longest < span.start);
        let span = span.clone();
        self.spans[first..]
            .iter()
            .take_while(move |(mention, _)| mention.start <= span.start)
            .filter(move |(mention, _)| span.end <= mention.end)
    }

    /// The mentions wholly within `range`, in order.
    fn within<'m>(
        &'m self,
        range: &Range<usize>,
    ) -> impl Iterator<Item = &'m (Range<usize>, usize)> + Clone {
        let first = self.spans.partition_point(|(mention, _)| mention.start < range.start);
        let end = range.end;
        self.spans[first..]
            .iter()
            .take_while(move |(mention, _)| mention.start < end)
            .filter(move |(mention, _)| mention.end <= end)
    }
}

/// What a sentence's own words say of its subject, apart from the projects it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Subject {
    /// Nothing: it may speak of the project the sentences before do.
    Unsaid,
    /// A noun phrase of its own, or several projects counted: not a project the rules know.
    Own,
    /// A place where projects are (`The Jiangbei Industrial Park has…`, `园区规划产能…`).
    Place,
    /// One project, pointed to and not named (`The project is…`, `该项目…`, `项目已开工`).
    Pointed,
}

/// For each sentence, the projects it speaks of: those it mentions, or, when it mentions none,
/// the one project the sentence before in its paragraph speaks of, or else the one project its
/// paragraph mentions (none when there are several to choose from). A sentence whose subject is
/// its own ([`Subject::Own`], [`Subject::Place`]) and mentions no project speaks of something the
/// rules do not know, and so do the sentences after it that mention none. After a place, one
/// pointing to a project ([`Subject::Pointed`]) speaks of the project the last sentence speaking
/// of one did (`The park has a capacity of 40 GWh. The project is under construction.`); after
/// another subject it may be that one (`The Donggang solar farm has… The facility is…`,
/// `共签约项目12个。项目总投资达300亿元`), and speaks of none.
fn sentence_subjects(
    document: &Document,
    mentions: &[(Range<usize>, usize)],
    subjects: &[Subject],
) -> Vec<Vec<usize>> {
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
        // The subject of its own the sentences since the last naming a project speak of.
        let mut unknown_subject: Option<Subject> = None;
        // The last sentence before this one that speaks of a project.
        let mut last_speaking: Option<usize> = None;
        for sentence in first..end {
            if !about[sentence].is_empty() {
                unknown_subject = None;
                last_speaking = Some(sentence);
                continue;
            }
            match subjects[sentence] {
                subject @ (Subject::Own | Subject::Place) => unknown_subject = Some(subject),
                Subject::Pointed if unknown_subject == Some(Subject::Place) => {
                    unknown_subject = None
                }
                Subject::Pointed | Subject::Unsaid => {}
            }
            if unknown_subject.is_some() {
                continue;
            }
            let before = match subjects[sentence] {
                Subject::Pointed => last_speaking,
                _ => sentence.checked_sub(1).filter(|&before| before >= first),
            };
            let before = before.map_or(&[][..], |before| &about[before][..]);
            match (before, &named[..]) {
                (&[only], _) | (_, &[only]) => about[sentence].push(only),
                _ => {}
            }
            if !about[sentence].is_empty() {
                last_speaking = Some(sentence);
            }
        }
        first = end;
    }
    about
}

/// Whether the figure or status at `span` is said of several projects together: after two
/// projects named in its sentence and a `joint` word after the first ("A和B合计年产…", "A and B
/// together produce…"), or after a subject naming `several` ("两个项目均已投产", "Both projects
/// are in operation"). It is then none of theirs alone, and no project's fact.
fn shared_by_several(
    document: &Document,
    mentions: &Mentions,
    span: &Range<usize>,
    joint: &Regex,
    several: &Regex,
) -> bool {
    let Some(sentence) = document.sentence_at(span.start) else { return false };
    let start = document.sentences[sentence].range.start;
    if several.is_match(&document.text[start..span.start]) {
        return true;
    }
    let mut before =
        mentions.within(&(start..span.start)).filter(|(mention, _)| mention.end <= span.start);
    let Some((first, first_project)) = before.next() else { return false };
    before.any(|(_, project)| project != first_project)
        && joint.is_match(&document.text[first.end..span.start])
}

/// The project a fact at `span` belongs to (see the module's comment): `names` are the projects'
/// names as mentioned, `mentions` those and their enterprises'.
fn owner(
    document: &Document,
    names: &Mentions,
    mentions: &Mentions,
    about: &[Vec<usize>],
    span: &Range<usize>,
    follow_paragraph: bool,
) -> Option<usize> {
    // Of the names holding it (one, unless names overlap), the first project's.
    if let Some(index) = names.containing(span).map(|(_, index)| *index).min() {
        return Some(index);
    }
    let sentence = document.sentence_at(span.start)?;
    let in_sentence = mentions.within(&document.sentences[sentence].range);
    let before = in_sentence.clone().filter(|(mention, _)| mention.end <= span.start).last();
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
