//! English names: project mentions (`the X plant`, `X project`), officials (`mayor Chen
//! Zhichang`, `City leaders Liu Wei, Wu Wei, Huang Hui`) and industries (`new energy industry`).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Match, Regex};
use unicode_segmentation::UnicodeSegmentation;

use super::document::{any_of, in_any, last_words, Document};
use super::link::{Found, Subject};
use super::rules::english as words;
use super::{Fact, OfficialMention, ProjectMention};
use crate::model::text::overlaps;

/// A head word in any case: a formal name capitalises it (`Greenfield Battery Gigafactory`).
static HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b(?P<head>(?i:{}))(?:'s)?\b", any_of(words::PROJECT_HEADS))).unwrap()
});
static NEXT_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:\s+([a-z]+)|-)").unwrap());

/// How many words a project name may have before its head.
const MAX_NAME_WORDS: usize = 25;

/// Capitalised words after `in` or `in the` (`in the Harbor Zone`, `in Eastport`): a place,
/// which a name may begin with (`Harbor Zone battery project`) without being its enterprise.
static PLACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\bin (?:the )?(?P<place>\p{Lu}[\p{L}\p{N}]*(?: \p{Lu}[\p{L}\p{N}]*)*)\b(?:[^'’]|$)",
    )
    .unwrap()
});

/// A capitalised word the text writes as a place in other ways: before the words of a city's
/// government or its divisions (`Greenport Mayor`, `Greenport's municipal`, `Greenport City`,
/// which is a place as a whole too), or before the key projects of a visit (`inspects Greenport
/// industrial projects`).
static PLACE_BY_ITS_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        \b(?P<before>\p{Lu}[\p{L}\p{N}]*)(?:'s|’s)?\s+
            (?:(?P<division>(?i:mayor|governor|municipal|city|district|county|province|provincial|government))\b
              |(?:(?i:key|major|industrial|infrastructure)\s+)+(?i:projects)\b)",
    )
    .unwrap()
});
/// `mayor of Greenport`: apart from [`PLACE_BY_ITS_WORDS`], whose `The mayor` would take the
/// words it needs.
static PLACE_OF_AN_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?i:mayor|governor|government|municipality|people's\s+government)\s+of\s+(?:the\s+)?(?P<place>\p{Lu}[\p{L}\p{N}]*)\b",
    )
    .unwrap()
});

/// The capitalised words the text writes as a place ([`PLACE`], [`PLACE_OF_AN_OFFICE`],
/// [`PLACE_BY_ITS_WORDS`]).
fn places(text: &str) -> HashSet<&str> {
    let mut places: HashSet<&str> = [&*PLACE, &*PLACE_OF_AN_OFFICE]
        .into_iter()
        .flat_map(|pattern| pattern.captures_iter(text))
        .filter_map(|captures| Some(captures.name("place")?.as_str()))
        .collect();
    for captures in PLACE_BY_ITS_WORDS.captures_iter(text) {
        let Some(place) = captures.name("before") else { continue };
        places.insert(place.as_str());
        // `Harbor City`, written as one name, is the place too.
        if let Some(division) = captures.name("division") {
            let whole = &text[place.start()..division.end()];
            if division.as_str().starts_with(char::is_uppercase) && !whole.contains(['\'', '’']) {
                places.insert(whole);
            }
        }
    }
    places
}

pub(crate) fn find_projects(document: &Document) -> Vec<Found> {
    let text = document.text;
    let places = places(text);
    let mut found = Vec::new();
    for captures in HEAD.captures_iter(text) {
        let (Some(whole), Some(head)) = (captures.get(0), captures.name("head")) else { continue };
        // A head followed by another (`rolling mill project`, `plant production line`) is part
        // of the name the second ends, whose words after it may state the enterprise (`… project
        // of Huatai Metals`); followed by several (`Suzhou industrial park projects`), it names
        // where they are.
        let after = &text[whole.end()..];
        let modifier = NEXT_WORD.captures(after).map(|next| {
            next.get(1).is_none_or(|word| {
                let following: Vec<&str> = after
                    .split_whitespace()
                    .take(words::MOST_HEAD_WORDS)
                    .map(|word| {
                        let word =
                            word.trim_end_matches(|character: char| !character.is_alphanumeric());
                        word.strip_suffix('s').unwrap_or(word)
                    })
                    .collect();
                words::HEAD_MODIFIED_BY.contains(&word.as_str())
                    || words::project_head_at_start(&following).is_some()
            })
        });
        let place_head =
            words::PLACE_HEADS.iter().any(|place| head.as_str().eq_ignore_ascii_case(place));
        let place = place_head && head.as_str().starts_with(char::is_uppercase);
        if modifier == Some(true) || place {
            continue;
        }
        let Some(sentence) = document.sentence_at(head.start()) else { continue };
        let sentence_start = document.sentences[sentence].range.start;
        // The name's words at most, and as many before them for `boundary_before`.
        let tokens = words_apart_from_symbols(
            text,
            words_apart_from_markup(
                text,
                last_words(text, sentence_start, head.start(), 2 * MAX_NAME_WORDS + 1),
            ),
        );
        let first = name_start(text, &tokens);
        if place_head && in_a_place(text, &tokens[..first]) {
            continue;
        }
        let name_tokens = &tokens[first..];
        let named = name_tokens.iter().any(|token| {
            text[token.clone()].trim_start_matches(['“', '"']).starts_with(|character: char| {
                character.is_uppercase() || character.is_ascii_digit()
            })
        });
        // `the copper strip project of Huatai Metals`: a name of common words is a project's
        // when the words after it give its enterprise (and not a place: `the project of Wujin`).
        let stated = stated_enterprise(&text[head.end()..])
            .filter(|stated| named || !places.contains(stated.as_str()));
        if name_tokens.is_empty() || !named && stated.is_none() {
            continue;
        }
        let span = name_tokens[0].start..head.end();
        // The quote is the span as written, symbols and all; the name is its words.
        let name_words: Vec<Range<usize>> =
            name_tokens.iter().cloned().chain([head.range()]).collect();
        let Some(name) = written(text, &name_words) else { continue };
        let (enterprise, enterprise_guessed) = match stated {
            Some(stated) => (Some(stated), false),
            None => enterprise(text, name_tokens)
                .filter(|(enterprise, _)| {
                    // One word alone (`Delta`, `Harbor`) may well be a company's name.
                    let place_ending = enterprise
                        .rsplit_once(' ')
                        .is_some_and(|(_, last)| words::PLACE_ENDINGS.contains(&last));
                    !places.contains(enterprise.as_str()) && !place_ending
                })
                .map_or((None, false), |(enterprise, guessed)| (Some(enterprise), guessed)),
        };
        found.push(Found {
            fact: Fact::Project(ProjectMention {
                name,
                enterprise,
                enterprise_guessed,
                makes: None,
                sentences: Vec::new(),
            }),
            span,
        });
    }
    found
}

/// The index of the first token of the name ending just before the head: scanning left, the
/// name stops at a boundary word (`the`, `came to`), at punctuation, or at the end of an earlier
/// mention (`… plant, the Y project`). A comma is crossed when a boundary word comes before the
/// next comma (`came to Baowu … of magnesium, aluminum alloy die-casting project`).
fn name_start(text: &str, tokens: &[Range<usize>]) -> usize {
    let mut first = tokens.len();
    for index in (0..tokens.len()).rev() {
        let token = &text[tokens[index].clone()];
        if tokens.len() - index > MAX_NAME_WORDS
            || is_boundary(token)
            || ends_earlier_mention(text, tokens, index)
            || token.ends_with(',') && !boundary_before(text, &tokens[..index])
        {
            break;
        }
        first = index;
    }
    // An earlier mention closed by `and` leaves the `and` out of this one.
    if tokens.get(first).is_some_and(|token| &text[token.clone()] == "and") {
        first += 1;
    }
    first + sum_before_name(text, &tokens[first..])
}

/// How many of `tokens` a sum of money at their start takes (`RMB 3.5 billion`, `$120 million`,
/// `3.5 billion yuan`, `3.5-billion-yuan`): what a project costs, which the amount's own
/// suggestion gives, is no word of its name. A figure without a currency stays in the name
/// (`840,000-set motor project`).
fn sum_before_name(text: &str, tokens: &[Range<usize>]) -> usize {
    let raw = |index: usize| tokens.get(index).map(|token| text[token.clone()].to_lowercase());
    let is_currency = |word: &str, currencies: &[&str]| {
        currencies.iter().any(|currency| currency.eq_ignore_ascii_case(&bare(word)))
    };
    let currency_at = |index: usize, currencies: &[&str]| {
        raw(index).is_some_and(|word| is_currency(&word, currencies))
    };
    // The currency before the figure: a word of its own (`RMB 3.5`) or a sign on it (`$3.5`).
    let mut taken = usize::from(currency_at(0, words::CURRENCIES_BEFORE));
    let Some(figure) = raw(taken) else { return 0 };
    let signed = words::CURRENCIES_BEFORE.iter().any(|sign| {
        figure.strip_prefix(sign.to_lowercase().as_str()).is_some_and(starts_with_digit)
    });
    if !signed && !starts_with_digit(&figure) {
        return 0;
    }
    let currency_before = taken == 1 || signed;
    taken += 1;
    // `3.5-billion-yuan`: the figure, its scale and its currency in one word.
    let hyphenated =
        figure.split('-').skip(1).any(|part| is_currency(part, words::CURRENCIES_AFTER));
    if hyphenated {
        return taken;
    }
    while raw(taken).is_some_and(|word| super::rules::scale_power(&bare(&word)).is_some()) {
        taken += 1;
    }
    let currency_after = currency_at(taken, words::CURRENCIES_AFTER);
    match (currency_before, currency_after) {
        (_, true) => taken + 1,
        (true, false) => taken,
        (false, false) => 0,
    }
}

fn starts_with_digit(word: &str) -> bool {
    word.starts_with(|character: char| character.is_ascii_digit())
}

/// Whether the words before a name (`before`, in the text's order) put what it names as where
/// something is (`In the Wujin industrial park, …`, `projects at the park`): a park there is a
/// place, not a project (helper-57 F4).
fn in_a_place(text: &str, before: &[Range<usize>]) -> bool {
    let mut words = before.iter().rev().map(|token| bare(&text[token.clone()]));
    let word = match words.next() {
        Some(article) if article == "the" => words.next(),
        word => word,
    };
    word.is_some_and(|word| words::IN_A_PLACE.contains(&word.as_str()))
}

fn bare(token: &str) -> String {
    token.trim_matches(|character: char| !character.is_alphanumeric()).to_lowercase()
}

/// A word that ends a name where it stands: a boundary word, or punctuation that closes or
/// opens a phrase. A word in quotation marks of its own (`the “Sunrise” module plant`) is a
/// word of the name, as written.
fn is_boundary(token: &str) -> bool {
    words::NAME_BOUNDARY_WORDS.contains(&bare(token).as_str())
        || !quoted_word(token)
            && (token.ends_with(['.', ';', ':', '!', '?', '"', '”', ')'])
                || token.starts_with(['"', '“', '(']))
}

/// A pictograph or another symbol (🚗, ✅, ★, an emoji's presentation sign, a keycap's frame
/// as in 1️⃣): no word of a name. An English name is a run of words told by the words around it
/// (`the`, `came to`) and by punctuation, and a symbol between two of its words is decoration
/// (`the Sunrise 🚗 Photovoltaic module plant` is the Sunrise Photovoltaic module plant, and its
/// enterprise Sunrise), so the rules read the words as if the symbol were not written. Ending
/// the name at the symbol, as punctuation does, would give `Photovoltaic module plant`: the
/// proper name lost and the enterprise guessed from a common word, or no name at all
/// (`Café Déjà-vu 🚀 rocket engine project`). Signs written as part of a name (™) are not
/// symbols here. (A Chinese name ends at a symbol, as at any mark: with no spaces between
/// words, marks are what tell a phrase's end there.)
static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    let marks: String =
        words::NAME_MARKS.iter().map(|mark| regex::escape(&mark.to_string())).collect();
    Regex::new(&format!(r"[\p{{So}}\p{{Extended_Pictographic}}\x{{FE0F}}\x{{20E3}}--[{marks}]]"))
        .unwrap()
});

/// A tag of markup pasted with a text (`<b>`, `</b>`, `<img src=x onerror=alert(1)>`).
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[A-Za-z][^<>]*>").unwrap());

/// `tokens` without the tags of markup among them: a text copied from a web page's source or a
/// rich editor may carry its tags (`Café <b>Déjà-vu</b> rocket engine project`), and a reader
/// shown the name would read `<b>` as text. A tag is read as the symbols are (below): not a word
/// of the name, which stays the words around it (`Café Déjà-vu rocket engine project`), while the
/// quote keeps the text as written, tags and all. A tag may span several tokens (`<img src=x>`).
fn words_apart_from_markup(text: &str, tokens: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else { return tokens };
    let span = first.start..last.end;
    let tags: Vec<Range<usize>> = TAG
        .find_iter(&text[span.clone()])
        .map(|tag| span.start + tag.start()..span.start + tag.end())
        .collect();
    if tags.is_empty() {
        return tokens;
    }
    let mut words_only = Vec::with_capacity(tokens.len());
    for token in tokens {
        let mut rest = token.clone();
        for tag in tags.iter().filter(|tag| tag.start < token.end && token.start < tag.end) {
            if tag.start > rest.start {
                words_only.push(rest.start..tag.start);
            }
            rest.start = rest.start.max(tag.end);
        }
        if rest.start < rest.end {
            words_only.push(rest);
        }
    }
    words_only
}

/// `tokens` without their symbols: a token of symbols is left out, and one that holds symbols
/// among letters is cut there (`✅Sunrise` is `Sunrise`). A symbol is read with the characters
/// that compose it (a keycap's digit, a skin tone, a flag's second letter).
fn words_apart_from_symbols(text: &str, tokens: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let mut words_only = Vec::with_capacity(tokens.len());
    for token in tokens {
        if !SYMBOL.is_match(&text[token.clone()]) {
            words_only.push(token);
            continue;
        }
        let mut word_start = None;
        for (offset, grapheme) in text[token.clone()].grapheme_indices(true) {
            let at = token.start + offset;
            match (SYMBOL.is_match(grapheme), word_start) {
                (true, Some(start)) => {
                    words_only.push(start..at);
                    word_start = None;
                }
                (false, None) => word_start = Some(at),
                _ => {}
            }
        }
        words_only.extend(word_start.map(|start| start..token.end));
    }
    words_only
}

/// A word wholly in quotation marks: `“Sunrise”`, `"Sunrise"`.
fn quoted_word(token: &str) -> bool {
    let inner = token
        .strip_prefix('“')
        .and_then(|rest| rest.strip_suffix('”'))
        .or_else(|| token.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')));
    inner.is_some_and(|inner| !inner.is_empty() && !inner.contains(['"', '“', '”']))
}

/// A head (its last word at `index`) that ends with a comma or is followed by `and` closes an
/// earlier mention.
fn ends_earlier_mention(text: &str, tokens: &[Range<usize>], index: usize) -> bool {
    let token = &text[tokens[index].clone()];
    let followed_by_and = tokens.get(index + 1).is_some_and(|next| &text[next.clone()] == "and");
    let ending: Vec<&str> = tokens[(index + 1).saturating_sub(words::MOST_HEAD_WORDS)..=index]
        .iter()
        .map(|token| &text[token.clone()])
        .collect();
    (token.ends_with(',') || followed_by_and) && words::project_head_at_end(&ending).is_some()
}

fn boundary_before(text: &str, tokens: &[Range<usize>]) -> bool {
    for token in tokens.iter().rev().take(MAX_NAME_WORDS) {
        let token = &text[token.clone()];
        if words::NAME_BOUNDARY_WORDS.contains(&bare(token).as_str()) {
            return true;
        }
        if token.ends_with([',', '.', ';', ':', '!', '?']) {
            return false;
        }
    }
    false
}

/// An enterprise the words right after a mention name: `…plant of Bluewater Metals`, `…, built
/// by Northwind Energy Storage Co.`. The text says it, so it is taken before a guess from the
/// name's first words (`Harbor Steel` in `Harbor Steel recycling plant`).
static STATED_ENTERPRISE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:,?\s+(?:{})\s+by|\s+of)\s+(?P<name>\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*(?:\s+(?:\p{{Lu}}[\p{{L}}\p{{N}}&.'’-]*|[0-9]+))*)",
        any_of(words::BUILT_BY)
    ))
    .unwrap()
});

fn stated_enterprise(after: &str) -> Option<String> {
    let captured = STATED_ENTERPRISE.captures(after)?.name("name")?;
    let end = captured.start() + sentence_end_within(captured.as_str());
    // `Huaneng New Energy Co., Ltd.` is one name, its comma and all.
    let limited = [", Ltd.", ", Ltd"].into_iter().find(|ending| {
        after[end..].starts_with(ending) && after[captured.start()..end].ends_with("Co.")
    });
    let name = &after[captured.start()..end + limited.map_or(0, str::len)];
    // A full stop ends the sentence unless it ends an abbreviation of a company's name.
    let keeps_stop = words::COMPANY_ABBREVIATIONS.iter().any(|word| name.ends_with(word));
    let name = if keeps_stop { name } else { name.trim_end_matches('.') };
    Some(name.trim_end_matches(['\'', '’']).to_string()).filter(|name| !name.is_empty())
}

/// How much of `name` (capitalised words) comes before the end of its sentence: up to a word
/// whose full stop ends it, a word of two lowercase letters or more (`Materials.` in "…project
/// of Hengtai New Materials. The project has…", which gave the enterprise "Hengtai New
/// Materials. The"), or any word with a full stop before a word that begins sentences
/// ([`words::SENTENCE_STARTS`]: "…Co. The"); an abbreviation (`Co.`, `St.`) or initials
/// (`U.S.`) otherwise go on; all of it when no sentence ends.
fn sentence_end_within(name: &str) -> usize {
    let words: Vec<&str> = name.split_inclusive(char::is_whitespace).collect();
    let mut at = 0;
    for (index, word) in words.iter().enumerate() {
        let bare = word.trim_end();
        let next_starts_sentence = words
            .get(index + 1)
            .is_some_and(|next| words::SENTENCE_STARTS.contains(&next.trim_end()));
        let ends_sentence = bare.ends_with('.')
            && (next_starts_sentence
                || bare.chars().filter(|character| character.is_lowercase()).count() >= 2);
        if ends_sentence {
            return at + bare.len();
        }
        at += word.len();
    }
    name.len()
}

/// The capitalised words a name begins with (`Nanjing Longdian Huaxin`, `BYD` from `BYD's`), and
/// whether they are only a guess: one capitalised word alone (`Baowu`, `Wujin`) is as often a
/// place as a company, where two or more words (`Harbor Steel`), one the text gives the project
/// to (`BYD's`) or letters all in capitals (`BYD motor plant`) read as a company's name.
fn enterprise(text: &str, tokens: &[Range<usize>]) -> Option<(String, bool)> {
    let mut stems = Vec::new();
    let mut possessive = false;
    for token in tokens {
        let word = &text[token.clone()];
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        if let Some(stem) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
            stems.push(token.start..token.start + stem.len());
            possessive = true;
            break;
        }
        let stem = word.trim_end_matches(|character: char| !character.is_alphanumeric());
        stems.push(token.start..token.start + stem.len());
        if stem.len() < word.len() {
            break;
        }
    }
    let acronym = |word: &str| {
        word.chars().count() >= 2
            && word.chars().all(|character| character.is_uppercase() || character.is_ascii_digit())
    };
    let guessed = match stems.as_slice() {
        [only] => !possessive && !acronym(&text[only.clone()]),
        _ => false,
    };
    Some((written(text, &stems)?, guessed))
}

/// The text from the first of `words` to the end of the last, as written, or, when a symbol or a
/// tag stands among them, their words alone, a space apart; none when there are no words.
fn written(text: &str, words: &[Range<usize>]) -> Option<String> {
    let whole = &text[words.first()?.start..words.last()?.end];
    if !SYMBOL.is_match(whole) && !TAG.is_match(whole) {
        return Some(whole.to_string());
    }
    Some(words.iter().map(|word| &text[word.clone()]).collect::<Vec<_>>().join(" "))
}

/// A sentence opening with a noun phrase of its own that may be a project the rules do not know
/// (`The Xinhe auto parts cluster of Xinhe Parts, with…`, `The Donggang solar farm has…`): one
/// that states whose it is, or begins with a capitalised word, and then a comma or a verb of
/// what it has or is.
static OWN_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^The\s+(?:(?:[\p{L}-]+\s+){0,5}(?P<noun>[\p{L}-]+)\s+of\s+\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’-]*)*|\p{Lu}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){1,4})(?:,|\s+(?:has|have|is|was|were|will|with)\b)",
    )
    .unwrap()
});

/// A sentence opening with a place's name as its subject (`The Jiangbei Lithium Materials
/// Industrial Park has…`, `Meanwhile, the Xiangyang Hi-tech Zone has…`, `He said the Suzhou
/// Industrial Park has…`, `Phase I of the Lianshan Industrial Park has…`, `The Xuzhou Economic and
/// Technological Development Zone has…`): a place where projects are ([`words::PLACE_ENDINGS`]),
/// whose figures are not the project's the sentence before names.
static PLACE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\x22“]?(?:(?:[\p{{L}}-]+\s+){{0,2}}[\p{{L}}-]+,\s+)?(?i:(?:he|she|they|officials?)\s+said\s+(?:that\s+)?)?(?i:phase\s+[\p{{L}}\p{{N}}]+\s+of\s+)?(?i:the\s+)?(?P<place>\p{{Lu}}[\p{{L}}\p{{N}}&-]*\s+(?:(?:\p{{Lu}}[\p{{L}}\p{{N}}&-]*|and|of|for|&)\s+){{0,9}})(?:{})(?:,|(?:\s+(?:now|also|already|currently|still))?\s+(?:has|have|is|was|were|will|with)\b)",
        any_of(words::PLACE_ENDINGS)
    ))
    .unwrap()
});

/// The place's name (without its ending word) a sentence opens with as its subject
/// ([`PLACE_SUBJECT`]), not after a word putting something in it (`In Wujin Industrial Park, the
/// plant has…`, `Near Xiangyang City, …`).
fn place_subject(sentence: &str) -> Option<Match<'_>> {
    PLACE_SUBJECT.captures(sentence)?.name("place").filter(|place| {
        let first = place.as_str().split_whitespace().next().unwrap_or_default();
        !words::IN_A_PLACE.contains(&first.to_lowercase().as_str())
    })
}

/// A place's subject described by the project it holds (`The Jiangbei Industrial Park, where the
/// Xinhe Battery Project is located, has…`): the clause after the place's comma, to the next.
static PLACE_DESCRIBED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^,\s+(?i:{})\b[^,.;]*,", any_of(words::PLACE_DESCRIBED_BY))).unwrap()
});

/// The words before a sentence's verb that describe a place it opens with by a project in it
/// (`The Jiangbei Industrial Park, where the Xinhe Battery Project is located,`): a project named
/// there is where the place's figures are not.
pub(crate) fn place_descriptions(document: &Document) -> Vec<Range<usize>> {
    let text = document.text;
    document
        .sentences
        .iter()
        .filter_map(|sentence| {
            let start = sentence.range.start;
            let words = &text[sentence.range.clone()];
            let place = place_subject(words)?;
            // The place's name ends with its ending word, right before the comma.
            let after_name = place.end() + words[place.end()..].find(',')?;
            if words[place.end()..after_name].contains(char::is_whitespace) {
                return None;
            }
            let clause = PLACE_DESCRIBED.find(&words[after_name..])?;
            Some(start..start + after_name + clause.end())
        })
        .collect()
}

/// A sentence opening by pointing to one project without naming it (`The project is…`, `This
/// plant has…`).
static POINTED_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    let heads = words::one_project_heads();
    Regex::new(&format!(r"^[\x22“]?(?i:the|this|that)\s+(?i:{})\b", any_of(&heads))).unwrap()
});

/// What each sentence's own words say of its subject ([`Subject`]): a noun phrase of its own
/// ([`OWN_SUBJECT`], [`PLACE_SUBJECT`]) rather than an official (`The mayor of Greenport, …`),
/// whose facts are that phrase's, not the project of the sentence before's, when it names no
/// project the rules know; or one project pointed to ([`POINTED_PROJECT`]).
pub(crate) fn sentence_subjects(document: &Document) -> Vec<Subject> {
    document
        .sentences
        .iter()
        .map(|sentence| {
            let sentence = &document.text[sentence.range.clone()];
            let own = OWN_SUBJECT.captures(sentence).is_some_and(|captures| {
                captures.name("noun").is_none_or(|noun| {
                    !words::TITLES_AFTER_NAME.contains(&noun.as_str().to_lowercase().as_str())
                })
            });
            if POINTED_PROJECT.is_match(sentence) {
                Subject::Pointed
            } else if place_subject(sentence).is_some() {
                Subject::Place
            } else if own {
                Subject::Own
            } else {
                Subject::Unsaid
            }
        })
        .collect()
}

const NAME: &str = r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}";
const LISTED_NAME: &str = r"\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?";

/// A title and the name after it; a title may say whose it is in lowercase words before the name
/// (`secretary-general of the municipal government Sun Haitao`, a translation of 市政府秘书长孙海涛),
/// or by a place and its division or organ right before it (`Wujin district Party Secretary`,
/// `Sanjiang New Area Party Working Committee Secretary`, translations of 武进区委书记 and
/// 三江新区党工委书记), the place's name of one or more capitalised words on one line (`Nanjing
/// Jiangbei New Area`); and titles joined to it by `and` or a comma before the one name are the
/// same official's (`Deputy Party Secretary and Mayor Wang Qiang`, `Deputy Party Secretary, Mayor
/// Wang Qiang`, as 市委副书记、市长王强). A comma after a name still separates the officials of a
/// list (`Mayor Wang Qiang, Vice Mayor Li Ming`): only a title right before the comma joins the
/// next. The words of a sentence's opening the place may begin with are left out by
/// [`title_of`], and a division with no place's name before it is added there.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let whose = format!(
        r"\b\p{{Lu}}[\p{{L}}\p{{N}}]*(?: \p{{Lu}}[\p{{L}}\p{{N}}]*)*(?:\s+(?i:{}))+\s+",
        any_of(words::TITLE_PLACE_WORDS)
    );
    let titles = any_of(words::TITLES);
    Regex::new(&format!(
        r"(?P<title>(?:(?:{whose})?\b(?i:{titles})(?:\s+and\s+|,\s*))*(?:{whose})?\b(?i:{titles})(?:\s+of\s+the\s+(?:\p{{Ll}}[\p{{L}}-]*\s+){{0,2}}\p{{Ll}}[\p{{L}}-]*)?)\s+(?P<name>{NAME})\b",
    ))
    .unwrap()
});

/// A division capitalised as a name, and the divisions or organs after it, right before a title
/// [`TITLE`] found with no place's name (`Municipal Party Standing Committee Member`, as 市委常委):
/// whose the title is, as a place's name and its division are; in lowercase it is the sentence's
/// words (`visited by the district Party Secretary`). It is looked for before each title found,
/// in the text before it on its line, rather than in [`TITLE`], which would then try each
/// division at every word of the text.
static DIVISION_BEFORE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|\s)(?P<division>(?:{})(?:\s+(?i:{}))*)\s+$",
        capitalised(words::TITLE_PLACE_WORDS),
        any_of(words::TITLE_PLACE_WORDS)
    ))
    .unwrap()
});

/// A pattern of `words` written with their first letter capitalised, in any case after it
/// (`Municipal`, `New Area`, `New area`), the longest tried first.
fn capitalised(words: &[&str]) -> String {
    let mut sorted: Vec<&str> = words.to_vec();
    sorted.sort_by_key(|word| std::cmp::Reverse(word.chars().count()));
    sorted
        .iter()
        .filter_map(|word| {
            let first = word.chars().next()?;
            let rest = &word[first.len_utf8()..];
            Some(format!("{}(?i:{})", first.to_uppercase(), regex::escape(rest)))
        })
        .collect::<Vec<_>>()
        .join("|")
}

/// Words of a sentence's opening at the start of a title [`TITLE`] found, taken there for a
/// place's name or its first word (`The`, `In`, `Today`: `The Xuzhou Economic and Technological
/// Development Zone …`), and the division words after them that no place's name then precedes:
/// `The district Party Secretary` is Party Secretary's.
static OPENING_BEFORE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    let openers: Vec<&str> =
        words::SENTENCE_STARTS.iter().chain(words::OPENING_WORDS).copied().collect();
    Regex::new(&format!(
        r"^(?:(?:{})\s+)+(?:(?i:{})\s+)*",
        any_of(&openers),
        any_of(words::TITLE_PLACE_WORDS)
    ))
    .unwrap()
});

/// The title [`TITLE`] found, without the words of the sentence's opening before it
/// ([`OPENING_BEFORE_TITLE`]), or else with the division written before it
/// ([`DIVISION_BEFORE_TITLE`]).
fn title_of(text: &str, captures: &regex::Captures) -> Option<Range<usize>> {
    let title = captures.name("title")?;
    if let Some(opening) = OPENING_BEFORE_TITLE.find(title.as_str()) {
        return Some(title.start() + opening.end()..title.end());
    }
    let line_start = text[..title.start()].rfind('\n').map_or(0, |newline| newline + 1);
    let division = DIVISION_BEFORE_TITLE
        .captures(&text[line_start..title.start()])
        .and_then(|captures| captures.name("division"));
    Some(division.map_or(title.start(), |division| line_start + division.start())..title.end())
}

/// A department's head, whose department follows the name ([`words::DEPARTMENT_HEAD_TITLES`]:
/// `Director Chen Hong of the Municipal Development and Reform Commission`, whose role is
/// `Director of the Municipal Development and Reform Commission`). The department is a name of
/// capitalised words, which `and`, `of`, `for` or `&` may join.
static DEPARTMENT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?P<title>(?i:{}))\s+(?P<name>{NAME})\s+(?P<department>of\s+the\s+\p{{Lu}}[\p{{L}}'’-]*(?:\s+(?:(?:and|of|for|&)\s+)*\p{{Lu}}[\p{{L}}'’-]*)*)",
        any_of(words::DEPARTMENT_HEAD_TITLES)
    ))
    .unwrap()
});

/// The words naming those who accompany an official, who all take part, the first named too:
/// after `accompanied by`, or after the verb of `Accompanying him were`, to the sentence's end
/// (`Mayor Gao Lin visited, accompanied by A and B.`, `Accompanying him were A and B.`). Where
/// `Accompanied by` opens the sentence, the official accompanied comes after the list, which ends
/// at the comma after its last name, the one `and` joins to it (`Accompanied by A, B and C, Mayor
/// Gao Lin inspected…`); an `and` before a word in lowercase joins no names, and a list without
/// one ends at its first comma (`Accompanied by A, Mayor Gao Lin inspected the plant and the mill,
/// …`).
static ACCOMPANYING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)
        ^(?i:accompanied\s+by)\s+(?:(?:[^,;]*,)*?[^,;]*\band\s+\p{Lu}[^,;]*|[^,;]*),
        |(?i:\baccompanied\s+by|\baccompanying\b[^,;]*?\b(?:were|was))\b(?s:.*)",
    )
    .unwrap()
});

/// The spans of [`ACCOMPANYING`] in each sentence, in the text's order.
fn accompanying_clauses(document: &Document) -> Vec<Range<usize>> {
    document
        .sentences
        .iter()
        .filter_map(|sentence| {
            let start = sentence.range.start;
            let clause = ACCOMPANYING.find(&document.text[sentence.range.clone()])?;
            Some(start + clause.start()..start + clause.end())
        })
        .collect()
}

static GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i:\b(?P<group>{}))\s+(?P<names>{LISTED_NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){LISTED_NAME})*)",
        any_of(words::LEADER_GROUPS)
    ))
    .unwrap()
});
static LISTED: LazyLock<Regex> = LazyLock::new(|| Regex::new(LISTED_NAME).unwrap());
/// `Wang Lei, director of the Municipal Development and Reform Commission`: a name of two or
/// three capitalised words after the start of a sentence, a comma or `and`/`by`/`with`, then a
/// comma and a title. The role runs from the title to the next comma or stop.
static TITLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:^|[,;]\s*|\b(?:and|by|with|including)\s+)(?P<name>\p{{Lu}}\p{{Ll}}+(?:[ -]\p{{Lu}}\p{{Ll}}+){{1,2}}),\s+(?:the\s+)?(?P<role>(?i:{})\b[^,.;:()\n]*)",
        any_of(words::TITLES_AFTER_NAME)
    ))
    .unwrap()
});
/// The most words a role written after a name may have: more is a clause, not a title.
const MAX_ROLE_WORDS: usize = 12;

/// Officials with a title (a department's head's with the department after the name), and the
/// names listed after a group title (who take part); those a clause names as accompanying take
/// part ([`ACCOMPANYING`]).
pub(crate) fn find_officials(document: &Document) -> Vec<Found> {
    let text = document.text;
    let mut found = Vec::new();
    let department_heads = DEPARTMENT_HEAD.captures_iter(text).filter_map(|captures| {
        let (title, department) = (captures.name("title")?, captures.name("department")?);
        let role = format!("{} {}", title.as_str(), department.as_str());
        Some((title.range(), role, captures.name("name")?))
    });
    let titled: Vec<_> = TITLE
        .captures_iter(text)
        .filter_map(|captures| {
            let title = title_of(text, &captures)?;
            Some((title.clone(), text[title].to_string(), captures.name("name")?))
        })
        .chain(department_heads)
        .collect();
    // A phrase of when or where that opens the sentence is no name with a role after it
    // (`On Monday, Party Secretary Zhang Wei…`: the role is the official's after it), nor is a
    // title joined by a comma to the next (`Deputy Party Secretary, Mayor Wang Qiang`).
    let named_after: Vec<regex::Captures> = TITLE_AFTER
        .captures_iter(text)
        .filter(|captures| {
            captures.name("name").is_some_and(|name| {
                let first = name.as_str().split([' ', '-']).next().unwrap_or_default();
                !words::OPENING_WORDS.contains(&first)
                    && !titled.iter().any(|(title, _, _)| overlaps(title, &name.range()))
            })
        })
        .collect();
    let accompanying = accompanying_clauses(document);
    let taking_part = |span: &Range<usize>| in_any(&accompanying, span);
    // A title inside the role written after a name no title precedes is part of that role, and
    // the capitalised word after it no name (`Wang Xiaodong, deputy secretary of the municipal
    // Party committee and mayor` named "Party"). After a titled name (`Vice mayor Zhao Lin,
    // secretary-general of the municipal government Sun Haitao`) the title is another's.
    let roles_after_names: Vec<Range<usize>> = named_after
        .iter()
        .filter(|captures| {
            captures.name("name").is_some_and(|name| {
                !titled.iter().any(|(_, _, titled)| overlaps(&titled.range(), &name.range()))
            })
        })
        .filter_map(|captures| captures.name("role").map(|role| role.range()))
        .collect();
    for (title, role, name) in titled {
        if roles_after_names.iter().any(|role| role.contains(&title.start)) {
            continue;
        }
        let previous_word = text[..title.start].split_whitespace().next_back().unwrap_or("");
        if words::TITLE_EXCLUDED_AFTER.iter().any(|word| word.eq_ignore_ascii_case(previous_word)) {
            continue;
        }
        // A headline's verb is no part of the name (`Zhou Jianguo Inspects`).
        let name_words = name.as_str().split(' ');
        let kept = name_words.take_while(|word| !words::HEADLINE_VERBS.contains(word));
        let length = kept.map(|word| word.len() + 1).sum::<usize>().saturating_sub(1);
        if length == 0 {
            continue;
        }
        let span = name.start()..name.start() + length;
        found.push(official(span.clone(), &text[span.clone()], &role, taking_part(&span)));
    }
    for captures in &named_after {
        let (Some(name), Some(role)) = (captures.name("name"), captures.name("role")) else {
            continue;
        };
        // `Mayor Li Hongwei, director of …` is found by its title before the name.
        if found.iter().any(|earlier: &Found| overlaps(&earlier.span, &name.range())) {
            continue;
        }
        let role = role.as_str().trim_end();
        let role = if role.split_whitespace().count() > MAX_ROLE_WORDS {
            role.split(" of ").next().unwrap_or(role)
        } else {
            role
        };
        found.push(official(name.range(), name.as_str(), role, taking_part(&name.range())));
    }
    for captures in GROUP.captures_iter(text) {
        let (Some(group), Some(names)) = (captures.name("group"), captures.name("names")) else {
            continue;
        };
        for name in LISTED.find_iter(names.as_str()) {
            let span = names.start() + name.start()..names.start() + name.end();
            found.push(official(span, name.as_str(), group.as_str(), true));
        }
    }
    found
}

fn official(span: Range<usize>, name: &str, role: &str, taking_part: bool) -> Found {
    Found {
        span,
        fact: Fact::Official(OfficialMention {
            name: name.to_string(),
            role: role.to_string(),
            taking_part,
        }),
    }
}

static INDUSTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:of|a|an|the)\s+(?P<name>(?:[a-z][a-z-]*\s+)?[a-z][a-z-]*)\s+industry\b")
        .unwrap()
});

/// Industries the text names (`new energy industry` → `new energy`), with their byte offsets.
pub(crate) fn industries(text: &str) -> Vec<(usize, String)> {
    INDUSTRY
        .captures_iter(text)
        .filter_map(|captures| {
            let name = captures.name("name")?;
            let mut words_of_name: Vec<&str> = name.as_str().split_whitespace().collect();
            if words_of_name.first().is_some_and(|word| words::NOT_INDUSTRY_WORDS.contains(word)) {
                words_of_name.remove(0);
            }
            (!words_of_name.is_empty()).then(|| (name.start(), words_of_name.join(" ")))
        })
        .collect()
}
