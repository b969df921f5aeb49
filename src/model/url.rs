//! The view state in the URL hash, e.g. `#industry=new-energy,magnesium-alloys&q=copper`.
//!
//! Parsing never fails: whatever part of a hash is unknown or malformed is dropped and reported as
//! a [`UrlNotice`], and the rest still applies. Encoding writes a canonical form (keys in a fixed
//! order, industries and statuses in the dataset's order) so that equal views have equal URLs.

use super::dataset::Dataset;
use super::embed::Embed;
use super::format::{count_phrase, format_number};
use super::language::Language;
use super::query::{BriefingChoice, BriefingFact, FactKey, Query, Selection, StatusKey};
use super::site::{dataset_file_name, Refusal, DEFAULT_DATASET_FILE};
use super::slides::clamp_slide;
use super::source::fact_backings;
use super::strings::{fill, Strings};
use super::text::truncate_chars;
use super::view::chosen_briefings;

/// The URL word for "status not stated" in the status list.
pub const NOT_STATED: &str = "not-stated";
/// The URL word for "every briefing" in the briefing choice.
pub const ALL_BRIEFINGS: &str = "all";

/// The address word, a key without a value, that makes a window the presenter view.
pub const PRESENTER: &str = "presenter";

/// The most notices one address produces; a pasted hash of thousands of unknown values gives
/// these and a count of the rest, not a notice per value.
pub const MAX_URL_NOTICES: usize = 8;

/// What kind of value an address part names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlField {
    Industry,
    Status,
    Briefing,
    Project,
    Directive,
    /// A fact of the briefing's header (`fact=date`).
    Fact,
    Embed,
    Language,
}

impl UrlField {
    /// The field's name in interface text ("industry", "status", …).
    pub fn name(self, strings: &Strings) -> &'static str {
        match self {
            UrlField::Industry => strings.url_field_industry,
            UrlField::Status => strings.url_field_status,
            UrlField::Briefing => strings.url_field_briefing,
            UrlField::Project => strings.url_field_project,
            UrlField::Directive => strings.url_field_directive,
            UrlField::Fact => strings.url_field_fact,
            UrlField::Embed => strings.url_field_embed,
            UrlField::Language => strings.url_field_language,
        }
    }
}

/// Something in the hash that was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlNotice {
    /// A well-formed value that names nothing in the dataset, e.g. an unknown industry.
    UnknownValue { what: UrlField, value: String },
    /// A part that cannot be read at all: no `=`, bad percent-encoding, an unknown key, a bad number.
    Malformed { part: String },
    /// More ignored parts than [`MAX_URL_NOTICES`]; this many are not listed.
    More { count: usize },
    /// A `data=` name that is not a file of the site's `data/` folder.
    RefusedDataset { name: String, refusal: Refusal },
    /// A `slide=` number the deck does not have (0, or past its last slide): the presentation
    /// opens at the nearest one, `shown`, of its `slides`.
    SlideOutOfRange { asked: usize, slides: usize, shown: usize },
}

impl UrlNotice {
    /// The notice as a sentence for the person who followed the link.
    pub fn describe(&self, strings: &Strings) -> String {
        match self {
            UrlNotice::UnknownValue { what, value } => {
                fill(strings.url_unknown_value, &[("what", what.name(strings)), ("value", value)])
            }
            UrlNotice::Malformed { part } => fill(strings.url_malformed, &[("part", part)]),
            UrlNotice::More { count } => {
                fill(strings.url_more_notices, &[("count", &format_number(*count as f64, strings))])
            }
            UrlNotice::RefusedDataset { name, refusal } => refusal.describe(name, strings),
            UrlNotice::SlideOutOfRange { asked, slides, shown } => fill(
                strings.url_slide_out_of_range,
                &[
                    ("asked", &format_number(*asked as f64, strings)),
                    (
                        "slides",
                        &count_phrase(
                            *slides,
                            strings.slide_count_one,
                            strings.slide_count_many,
                            strings,
                        ),
                    ),
                    ("shown", &format_number(*shown as f64, strings)),
                ],
            ),
        }
    }
}

/// Collects notices up to [`MAX_URL_NOTICES`], counting the rest.
#[derive(Default)]
struct Notices {
    listed: Vec<UrlNotice>,
    omitted: usize,
}

impl Notices {
    fn push(&mut self, notice: UrlNotice) {
        if self.listed.len() < MAX_URL_NOTICES {
            self.listed.push(notice);
        } else {
            self.omitted += 1;
        }
    }

    fn unknown(&mut self, what: UrlField, value: &str) {
        self.push(UrlNotice::UnknownValue { what, value: shorten(value) });
    }

    fn finish(mut self) -> Vec<UrlNotice> {
        if self.omitted > 0 {
            self.listed.push(UrlNotice::More { count: self.omitted });
        }
        self.listed
    }
}

/// Reads a hash (with or without the leading `#`) into a query for this dataset.
pub fn parse_hash(hash: &str, dataset: &Dataset) -> (Query, Vec<UrlNotice>) {
    let mut query = Query::default();
    let mut notices = Notices::default();
    let mut selected_id: Option<(UrlField, String)> = None;
    for part in hash_parts(hash) {
        if part == PRESENTER {
            query.presenter = true;
            continue;
        }
        let Some((key, raw_value)) = part.split_once('=') else {
            notices.push(UrlNotice::Malformed { part: shorten(part) });
            continue;
        };
        let malformed = || UrlNotice::Malformed { part: shorten(part) };
        let values: Option<Vec<String>> = match key {
            "industry" | "status" => {
                raw_value.split(',').filter(|value| !value.is_empty()).map(percent_decode).collect()
            }
            _ => percent_decode(raw_value).map(|value| vec![value]),
        };
        let Some(values) = values else {
            notices.push(malformed());
            continue;
        };
        match key {
            "industry" => {
                for id in values {
                    if dataset.industry(&id).is_none() {
                        notices.unknown(UrlField::Industry, &id);
                    } else if !query.industries.contains(&id) {
                        query.industries.push(id);
                    }
                }
            }
            "status" => {
                for id in values {
                    let key = if id == NOT_STATED {
                        Some(StatusKey::NotStated)
                    } else {
                        dataset.status(&id).map(|_| StatusKey::Stated(id.clone()))
                    };
                    match key {
                        Some(key) if !query.statuses.contains(&key) => query.statuses.push(key),
                        Some(_) => {}
                        None => notices.unknown(UrlField::Status, &id),
                    }
                }
            }
            // A repeated search (a link edited by hand) searches for the words of each, as a
            // repeated industry filters by each; keeping the last one dropped the others unsaid.
            "q" => {
                let words = values.concat();
                if query.text.trim().is_empty() {
                    query.text = words;
                } else if !words.trim().is_empty() {
                    query.text = format!("{} {words}", query.text);
                }
            }
            "briefing" => {
                let id = values.concat();
                if id == ALL_BRIEFINGS {
                    query.briefing = BriefingChoice::All;
                } else if dataset.briefing(&id).is_some() {
                    query.briefing = BriefingChoice::One(id);
                } else {
                    notices.unknown(UrlField::Briefing, &id);
                }
            }
            "project" => selected_id = Some((UrlField::Project, values.concat())),
            "directive" => selected_id = Some((UrlField::Directive, values.concat())),
            "fact" => selected_id = Some((UrlField::Fact, values.concat())),
            "data" => {
                let name = values.concat();
                match dataset_file_name(&name) {
                    Ok(DEFAULT_DATASET_FILE) => query.data = None,
                    Ok(_) => query.data = Some(name),
                    Err(refusal) => {
                        notices.push(UrlNotice::RefusedDataset { name: shorten(&name), refusal })
                    }
                }
            }
            "embed" => {
                let word = values.concat();
                match Embed::from_url_word(&word) {
                    Some(embed) => query.embed = Some(embed),
                    None => notices.unknown(UrlField::Embed, &word),
                }
            }
            "lang" => match Language::from_code(&values.concat()) {
                Some(language) => query.language = Some(language),
                None => notices.unknown(UrlField::Language, &values.concat()),
            },
            // A number out of the deck's range, 0 as much as one past the last, is a slide the
            // presentation moves into it (`slides::clamp_slide`), writing the number it shows
            // back into the address. The deck depends on the view, so `State` says so
            // (`slide_out_of_range`), once the view is known.
            "slide" => match values.concat().parse::<usize>() {
                Ok(slide) => query.slide = Some(slide),
                Err(_) => notices.push(malformed()),
            },
            _ => notices.push(malformed()),
        }
    }
    query.normalise(dataset);
    // The selection is resolved last because its meaning depends on the briefing choice.
    if let Some((what, id)) = selected_id {
        let briefings = chosen_briefings(dataset, &query.briefing);
        let selection = match what {
            UrlField::Project => dataset.find_project(&briefings, &id).map(Selection::Project),
            UrlField::Fact => fact_in_view(dataset, &briefings, &id).map(Selection::Fact),
            _ => dataset.find_directive(&briefings, &id).map(Selection::Directive),
        };
        match selection {
            Some(selection) => query.selected = Some(selection),
            None => notices.unknown(what, &id),
        }
    }
    (query, notices.finish())
}

/// The header fact an address names (`fact=date`), when one briefing is in view (the header
/// shows facts only then) and sentences of the source back it, all of it or part of it: a fact
/// without any has no "Source" button, and its address marks nothing.
fn fact_in_view(dataset: &Dataset, briefings: &[usize], word: &str) -> Option<FactKey> {
    let fact = BriefingFact::from_url_word(word)?;
    let [briefing] = *briefings else { return None };
    let backings = fact_backings(dataset.briefings.get(briefing)?);
    backings.of(fact).sentences().map(|_| FactKey { briefing, fact })
}

/// The language an address names with `lang=`, without reading the rest of it (the app needs the
/// language before any dataset is loaded).
pub fn language_in_hash(hash: &str) -> Option<Language> {
    hash_value(hash, "lang").flatten().and_then(|code| Language::from_code(&code))
}

/// Writes a query as a hash, without the leading `#`; the default query is the empty string.
pub fn encode_hash(query: &Query, dataset: &Dataset) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(name) = &query.data {
        parts.push(format!("data={}", percent_encode(name)));
    }
    match &query.briefing {
        BriefingChoice::First => {}
        BriefingChoice::All => parts.push(format!("briefing={ALL_BRIEFINGS}")),
        BriefingChoice::One(id) => parts.push(format!("briefing={}", percent_encode(id))),
    }
    let industries: Vec<String> = dataset
        .industries
        .iter()
        .filter(|industry| query.industries.contains(&industry.id))
        .map(|industry| percent_encode(&industry.id))
        .collect();
    if !industries.is_empty() {
        parts.push(format!("industry={}", industries.join(",")));
    }
    let mut statuses: Vec<String> = dataset
        .statuses
        .iter()
        .filter(|status| query.statuses.contains(&StatusKey::Stated(status.id.clone())))
        .map(|status| percent_encode(&status.id))
        .collect();
    if query.statuses.contains(&StatusKey::NotStated) {
        statuses.push(NOT_STATED.to_string());
    }
    if !statuses.is_empty() {
        parts.push(format!("status={}", statuses.join(",")));
    }
    if !query.text.is_empty() {
        parts.push(format!("q={}", percent_encode(&query.text)));
    }
    match query.selected {
        Some(Selection::Project(key)) => {
            if let Some((_, project)) = dataset.project_at(key) {
                parts.push(format!("project={}", percent_encode(&project.id)));
            }
        }
        Some(Selection::Directive(key)) => {
            if let Some((_, directive)) = dataset.directive_at(key) {
                parts.push(format!("directive={}", percent_encode(&directive.id)));
            }
        }
        Some(Selection::Fact(key)) => parts.push(format!("fact={}", key.fact.url_word())),
        None => {}
    }
    if let Some(slide) = query.slide {
        parts.push(format!("slide={slide}"));
    }
    if let Some(embed) = query.embed {
        parts.push(format!("embed={}", embed.url_word()));
    }
    if let Some(language) = query.language {
        parts.push(format!("lang={}", language.code()));
    }
    if query.presenter {
        parts.push(PRESENTER.to_string());
    }
    parts.join("&")
}

/// The parts of a hash between its `&`s, without the leading `#` and empty parts. A part that
/// begins `amp;` reads as if its `&` had been a plain one: an embed code's `src`, copied out of
/// its HTML as it appears there, still says `&amp;`, and its parts would otherwise be lost as
/// malformed (`amp;embed=charts`); no key of ours begins with `amp;`.
fn hash_parts(hash: &str) -> impl DoubleEndedIterator<Item = &str> {
    hash.trim_start_matches('#')
        .split('&')
        .map(|part| part.strip_prefix("amp;").unwrap_or(part))
        .filter(|part| !part.is_empty())
}

/// The decoded value of the last `key=` part of a hash, without needing a dataset; `Some(None)`
/// when the value cannot be decoded.
fn hash_value(hash: &str, key: &str) -> Option<Option<String>> {
    hash_parts(hash)
        .filter_map(|part| part.split_once('='))
        .rfind(|(part_key, _)| *part_key == key)
        .map(|(_, value)| percent_decode(value))
}

/// The dataset file an address asks for, read before any dataset is loaded: the default file
/// when it names none, or the name and why it is refused.
pub fn requested_dataset(hash: &str) -> Result<String, (String, Refusal)> {
    match hash_value(hash, "data") {
        None => Ok(DEFAULT_DATASET_FILE.to_string()),
        Some(None) => Err((String::new(), Refusal::Character('%'))),
        Some(Some(name)) => match dataset_file_name(&name) {
            Ok(_) => Ok(name),
            Err(refusal) => Err((name, refusal)),
        },
    }
}

/// What the editor's address (`edit.html#…`) asks it to open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditorRequest {
    /// Nothing: the start screen.
    Start,
    /// `#data=NAME.json`: a dataset of the site's `data/` folder (refused names give the reason).
    SiteDataset(Result<String, (String, Refusal)>),
    /// `#handoff`: the dataset the explorer left in the browser's storage (an opened file).
    Handoff,
}

/// The page's address as a handout prints it, without its fragment. A page opened from disk
/// (`file:`) gives only the file's name: the folders before it are the reader's own (their user
/// name among them) and lead nowhere on anyone else's machine.
pub fn printed_page_address(href: &str) -> &str {
    let page = href.split('#').next().unwrap_or_default();
    match page.strip_prefix("file:") {
        Some(path) => path.rsplit('/').next().unwrap_or(path),
        None => page,
    }
}

/// The editor's hash that opens the site's dataset `name` in the explorer's `language`, on the
/// briefing the explorer showed when it was one of several: `data=NAME&briefing=ID&lang=zh`.
/// The language is always named, so that the editor opens in the one the reader was using, not
/// the browser's.
pub fn editor_hash(name: &str, briefing: Option<&str>, language: Language) -> String {
    with_briefing(format!("data={}", percent_encode(name)), briefing, language)
}

/// The editor's hash that takes the dataset the explorer handed over in the browser's storage,
/// in the explorer's `language`, on the briefing it showed: `handoff&briefing=ID&lang=zh`.
pub fn handoff_hash(briefing: Option<&str>, language: Language) -> String {
    with_briefing("handoff".to_string(), briefing, language)
}

fn with_briefing(request: String, briefing: Option<&str>, language: Language) -> String {
    let request = match briefing {
        Some(id) => format!("{request}&briefing={}", percent_encode(id)),
        None => request,
    };
    hash_with_language(&request, language)
}

/// The briefing an editor's address asks it to open the dataset on (`briefing=ID`), if any.
pub fn editor_briefing(hash: &str) -> Option<String> {
    hash_value(hash, "briefing").flatten()
}

/// `hash` with its `lang=` part naming `language` (in place of the one it had, or added at the
/// end), the rest as it was: the editor's language switch keeps what its address asks to open,
/// and a reload keeps the language.
pub fn hash_with_language(hash: &str, language: Language) -> String {
    let lang = format!("lang={}", language.code());
    let mut parts: Vec<&str> = hash_parts(hash).filter(|part| part_key(part) != "lang").collect();
    parts.push(&lang);
    parts.join("&")
}

/// The key of one `key=value` part of a hash (the whole part when it has no `=`).
fn part_key(part: &str) -> &str {
    part.split_once('=').map_or(part, |(key, _)| key)
}

/// Where the editor's "Back to the explorer" goes: the explorer on the site dataset and briefing
/// the editor's address names, in the editor's `language`, so that an author who came from
/// `#data=harbor.json&lang=zh` goes back to that dataset in Chinese, not to the site's default in
/// English. A file handed over from the explorer (`handoff`) is no address's: its briefing means
/// nothing to the site's dataset, and only the language goes back.
pub fn explorer_address_from_editor(hash: &str, language: Language) -> String {
    let handoff = editor_request(hash) == EditorRequest::Handoff;
    let kept: Vec<&str> = hash_parts(hash)
        .filter(|part| match part_key(part) {
            "data" | "briefing" => !handoff,
            _ => false,
        })
        .collect();
    format!("./#{}", hash_with_language(&kept.join("&"), language))
}

/// What `hash` asks the editor to open.
pub fn editor_request(hash: &str) -> EditorRequest {
    if hash_parts(hash).any(|part| part == "handoff") {
        EditorRequest::Handoff
    } else if hash_value(hash, "data").is_some() {
        EditorRequest::SiteDataset(requested_dataset(hash))
    } else {
        EditorRequest::Start
    }
}

/// The part an address asks to show alone (`embed=charts`), read before any dataset is loaded.
pub fn requested_embed(hash: &str) -> Option<Embed> {
    hash_value(hash, "embed").flatten().and_then(|word| Embed::from_url_word(&word))
}

/// The hash of the same view with `embed` shown alone (or, with `None`, the full view).
pub fn hash_with_embed(query: &Query, dataset: &Dataset, embed: Option<Embed>) -> String {
    let query = Query { embed, slide: None, ..query.clone() };
    encode_hash(&query, dataset)
}

/// The full view's address at `selection`'s sentences in the source, from an embedded view's
/// `query` (its filters and language kept): an embed shows no source, so its "Source" controls
/// and chart bars link there.
pub fn source_in_full_view_hash(query: &Query, dataset: &Dataset, selection: Selection) -> String {
    let query = Query { selected: Some(selection), ..query.clone() };
    hash_with_embed(&query, dataset, None)
}

/// The notice for a `slide=` number outside a deck of `slides` (0, or past the last), which
/// opens at the nearest slide; None for a number in range, no number, or no slides at all.
pub fn slide_out_of_range(asked: Option<usize>, slides: usize) -> Option<UrlNotice> {
    let asked = asked?;
    let shown = clamp_slide(asked, slides);
    (slides > 0 && asked != shown).then_some(UrlNotice::SlideOutOfRange { asked, slides, shown })
}

/// The hash of the view a handout prints: the explorer's view under the slides, without the
/// slide or the presenter view, so that a reader who types the printed address in sees the view
/// the paper shows, not a slide.
pub fn printed_view_hash(query: &Query, dataset: &Dataset) -> String {
    let query = Query { slide: None, presenter: false, ..query.clone() };
    encode_hash(&query, dataset)
}

/// The hash of the presenter view of the same presentation, at the same slide.
pub fn presenter_hash(query: &Query, dataset: &Dataset) -> String {
    let query = Query { presenter: true, slide: Some(query.slide.unwrap_or(1)), ..query.clone() };
    encode_hash(&query, dataset)
}

/// What names a deck of slides: the hash of the view it is made from (data file, briefing,
/// filters and search), without what does not change the slides (the slide, the selection, the
/// language, the embedded part, the presenter view). The presenter view and the audience's
/// window compare it to know that they show the same deck.
pub fn deck_hash(query: &Query, dataset: &Dataset) -> String {
    let deck = Query {
        slide: None,
        selected: None,
        language: None,
        embed: None,
        presenter: false,
        ..query.clone()
    };
    encode_hash(&deck, dataset)
}

/// The hash a presenter view at `query` moves to when the audience's window shows slide `slide`
/// of the deck `deck` (a `deck_hash`): that deck, that slide, in the presenter's own language.
pub fn follow_deck_hash(deck: &str, slide: usize, query: &Query, dataset: &Dataset) -> String {
    let (deck, _) = parse_hash(deck, dataset);
    let followed = Query { slide: Some(slide), language: query.language, ..deck };
    presenter_hash(&followed, dataset)
}

/// The hash that opens another dataset of the site at its default view (empty for the default).
pub fn dataset_hash(name: &str) -> String {
    if name == DEFAULT_DATASET_FILE {
        String::new()
    } else {
        format!("data={}", percent_encode(name))
    }
}

/// The address for a switch of dataset: `dataset`'s own (see `dataset_hash`; `None` for a file
/// the reader opened, which has no address), keeping the language `current_hash` names. The old
/// view's filters and selection named the old data's records and go; the language is the
/// reader's, and a link copied after the switch must still open in it.
pub fn switched_dataset_hash(dataset: Option<&str>, current_hash: &str) -> String {
    let data = dataset.map(dataset_hash).unwrap_or_default();
    match language_in_hash(current_hash) {
        Some(language) => hash_with_language(&data, language),
        None => data,
    }
}

/// Percent-encodes every byte outside RFC 3986's unreserved set.
pub fn percent_encode(text: &str) -> String {
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Decodes `%XX` escapes (and `+` as a space, as forms write it); `None` if an escape is cut
/// short, not hexadecimal, or the bytes are not UTF-8.
pub fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'%' => {
                let high = hex_value(*bytes.get(index + 1)?)?;
                let low = hex_value(*bytes.get(index + 2)?)?;
                decoded.push(high * 16 + low);
                index += 3;
            }
            b'+' => {
                decoded.push(b' ');
                index += 1;
            }
            byte => {
                decoded.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).ok()
}

fn hex_value(digit: u8) -> Option<u8> {
    char::from(digit).to_digit(16).map(|value| value as u8)
}

/// Keeps notices short when someone pastes a very long hash.
fn shorten(part: &str) -> String {
    truncate_chars(part, 60)
}
