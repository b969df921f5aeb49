//! The presenter view's side of keeping two windows in step: the channel both windows of one
//! presentation share, the message that says which slide is showing and whether the audience's
//! screen is blanked, and the speaker's clock; and what the speaker reads beside each slide,
//! the source's sentences behind what it shows ([`slide_sources`]).
//!
//! The windows talk over a `BroadcastChannel`, which needs no server and works between two tabs
//! of the one-file build opened from disk; this module only names the channel and reads and
//! writes the messages, so that a stray message from another page is ignored, not obeyed.

use serde::{Deserialize, Serialize};

use super::dataset::{Briefing, Dataset, Project};
use super::dataset_index::DatasetIndex;
use super::language::Language;
use super::project_names::RepeatedNames;
use super::query::BriefingFact;
use super::slides::{industry_charts, title_listing, Blank, IndustryCharts, Slide};
use super::source::{
    fact_backings, passages, project_passages, unbacked_lines, FactBackings, NameList,
};
use super::strings::{fill_pieces, Piece, Strings};
use super::text::{is_blank, normalise_whitespace};
use super::view::View;

/// The `type` every slide message carries.
pub const SLIDE_MESSAGE_TYPE: &str = "briefing-explorer:slide";

/// The channel the windows presenting one dataset of one page share: the page's path
/// (`location.pathname`) and the data file's name. Two sites in sibling folders of one origin,
/// two one-file builds opened from disk, and two datasets of one site each have their own, so
/// that none steers another's slides.
pub fn channel_name(path: &str, data: Option<&str>) -> String {
    let data = data.unwrap_or(super::site::DEFAULT_DATASET_FILE);
    format!("briefing-explorer-slides:{path}:{data}")
}

/// What a window says happened to the slides of its deck. A variant's value is written under
/// `slide`, the key the moves began with, the blanked screen's colour too (`"black"`, `"white"`,
/// or `null` for the slide shown again).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase", tag = "event", content = "slide")]
pub enum SlideEvent {
    /// The audience's slides started (or started again, or came back after a reload) at this
    /// slide (1-based).
    Started(usize),
    /// A window moved to this slide (1-based).
    Moved(usize),
    /// The audience's window left the slides.
    Ended,
    /// The presenter view asks the audience's window to blank its screen to this colour, or
    /// (`None`) to show the slide again: the speaker's `b`, `.` and `w` are for the room's
    /// screen, not the speaker's own.
    Blank(Option<Blank>),
    /// The audience's screen is blanked to this colour, or (`None`) shows its slide: said as the
    /// audience's slides start and whenever their screen changes, by their own keys or on the
    /// presenter view's asking, so that the presenter view shows what the room sees.
    Blanked(Option<Blank>),
}

/// A message on the channel: what happened to the slides of which deck. The deck is the view's
/// `deck_hash`, since the same slide number means another slide in another deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SlideMessage {
    #[serde(rename = "type")]
    kind: String,
    pub deck: String,
    pub event: SlideEvent,
}

impl SlideMessage {
    pub fn new(deck: &str, event: SlideEvent) -> SlideMessage {
        SlideMessage { kind: SLIDE_MESSAGE_TYPE.to_string(), deck: deck.to_string(), event }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a message from the channel; anything that is not a slide message with a slide
    /// number of at least 1 is `None`.
    pub fn from_json(text: &str) -> Option<SlideMessage> {
        serde_json::from_str::<SlideMessage>(text).ok().filter(|message| {
            message.kind == SLIDE_MESSAGE_TYPE
                && !matches!(message.event, SlideEvent::Started(0) | SlideEvent::Moved(0))
        })
    }
}

/// What the audience's window does on hearing a message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AudienceStep {
    /// Show this slide.
    Show(usize),
    /// Blank the screen to this colour, or (`None`) show the slide again.
    Blank(Option<Blank>),
}

/// What the audience's window of deck `deck` does on hearing `message`: only what is asked of its
/// own deck, so that a presenter view of another deck never moves or blanks it.
pub fn audience_step(deck: &str, message: &SlideMessage) -> Option<AudienceStep> {
    if message.deck != deck {
        return None;
    }
    match message.event {
        SlideEvent::Started(slide) | SlideEvent::Moved(slide) => Some(AudienceStep::Show(slide)),
        SlideEvent::Blank(colour) => Some(AudienceStep::Blank(colour)),
        SlideEvent::Ended | SlideEvent::Blanked(_) => None,
    }
}

/// What the presenter view does on hearing a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PresenterStep {
    /// Show this slide of its own deck.
    Show(usize),
    /// The audience started the slides of another deck (another filter, another briefing):
    /// show that deck, at this slide.
    Follow { deck: String, slide: usize },
    /// The audience left the slides: the presenter's moves show nothing to anyone until they
    /// start again, and the presenter view says so.
    AudienceLeft,
    /// The audience's screen is blanked to this colour, or (`None`) shows its slide again: the
    /// presenter view says which.
    AudienceBlanked(Option<Blank>),
    /// Not about this presentation (another deck moving, or another window's end).
    Ignore,
}

/// What the presenter view showing deck `deck` does with `message`. It follows the audience into
/// another deck only when the audience starts it: a move in another deck is another
/// presentation's (a second audience window, filtered differently), not this one's. Its own
/// asking to blank (`Blank`) is the audience's to answer, with `Blanked`.
pub fn presenter_step(deck: &str, message: &SlideMessage) -> PresenterStep {
    let own = message.deck == deck;
    match message.event {
        SlideEvent::Started(slide) | SlideEvent::Moved(slide) if own => PresenterStep::Show(slide),
        SlideEvent::Started(slide) => PresenterStep::Follow { deck: message.deck.clone(), slide },
        SlideEvent::Ended if own => PresenterStep::AudienceLeft,
        SlideEvent::Blanked(colour) if own => PresenterStep::AudienceBlanked(colour),
        _ => PresenterStep::Ignore,
    }
}

/// What the presenter view says while the audience's screen is blanked to `colour`.
pub fn audience_blanked_status(strings: &Strings, colour: Blank) -> &'static str {
    match colour {
        Blank::Black => strings.presenter_audience_black,
        Blank::White => strings.presenter_audience_white,
    }
}

/// The time since the presenter view opened, as a clock shows it: `4:07`, `12:30`, `1:02:09`.
pub fn elapsed_text(seconds: u64) -> String {
    let (hours, minutes, seconds) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if hours > 0 {
        format!("{hours}:{minutes:02}:{seconds:02}")
    } else {
        format!("{minutes}:{seconds:02}")
    }
}

/// One thing a slide shows, with the source's sentences behind it, for the presenter view's
/// "From the source": a presenter asked "where does it say that?" reads them out.
#[derive(Clone, Debug, PartialEq)]
pub struct SlideSource<'d> {
    /// What the sentences stand behind, as the slide names it: in the data's words (a project,
    /// a directive's summary, a briefing's title), each a [`Piece::Value`], or in the
    /// interface's (the header's facts they state, "Date · Officials"), or both ("{title}:
    /// Date"). `None` where the slide shows one thing alone (a project's slide).
    pub label: Option<Vec<Piece>>,
    /// The briefing the sentences are from, read in its language and with its glossary.
    pub briefing: &'d Briefing,
    /// The sentences, each once, in the order the source has them.
    pub sentences: Vec<&'d str>,
    /// What the slide shows of the thing that the source does not state, on one line ("Status
    /// not stated · Capacity not stated", "No sentence of the source names Wu Wei."), or, where
    /// the data gives no sentence and nothing is unstated, that it gives none: the interface's
    /// words, and each name it gives a [`Piece::Value`] of its own slot, in the briefing's words
    /// ([`data_langs`](Self::data_langs)).
    pub unstated: Option<Vec<Piece>>,
}

impl<'d> SlideSource<'d> {
    /// The non-blank `quotes` as passages of `briefing`'s source ([`passages`]), and a line
    /// saying the data gives none where none are left and `unstated` says nothing either.
    fn new(
        label: Option<Vec<Piece>>,
        briefing: &'d Briefing,
        quotes: Vec<&'d str>,
        unstated: Vec<&'static str>,
        strings: &Strings,
    ) -> SlideSource<'d> {
        let quotes = quotes.into_iter().filter(|quote| !is_blank(quote)).collect();
        let sentences = passages(briefing, quotes);
        let unstated = if !unstated.is_empty() {
            Some(unstated.join(strings.filter_separator))
        } else if sentences.is_empty() {
            Some(strings.presenter_no_sentence.to_string())
        } else {
            None
        };
        let unstated = unstated.map(|words| vec![Piece::Words(words)]);
        SlideSource { label, briefing, sentences, unstated }
    }

    /// The `lang` of the data's words in `label` and in `unstated`, by their slots, on a page in
    /// the `interface` language: the briefing's ([`Language::data_lang`]), so that a screen
    /// reader speaks "Zhou Qiang" in the data's voice and "日期 · 领导" in the interface's.
    pub fn data_langs(&self, interface: Language) -> Vec<Option<String>> {
        let values = |pieces: &Option<Vec<Piece>>| {
            let pieces = pieces.iter().flatten();
            pieces.filter(|piece| matches!(piece, Piece::Value { .. })).count()
        };
        let slots = values(&self.label).max(values(&self.unstated));
        vec![interface.data_lang(&self.briefing.source.language); slots]
    }
}

/// A label in the data's words alone: a project's name, a directive's summary.
fn data_words(text: String) -> Option<Vec<Piece>> {
    Some(vec![Piece::Value { slot: 0, text }])
}

/// The source's sentences behind each thing `slide` shows, in the slide's order. Only what the
/// slide itself shows, so that a long list does not flood the speaker's pane:
/// - the title and closing slides: the header's sentences of each briefing the title slide
///   names, each under the facts it states ("Date · Officials");
/// - an overview: each listed project's status and capacity sentences, or that they are not
///   stated;
/// - an industry: the capacity sentence of each bar its charts draw, then each project its
///   "capacity not stated" line names, saying so;
/// - a project: every sentence behind it ([`project_passages`]);
/// - directives: each directive's sentences.
///
/// `charts` are an industry slide's as its body drew them ([`industry_charts`]), so that the
/// bars are not built twice; without them they are built here. `backings` are, likewise, what
/// backs the facts a title slide lists ([`title_facts_briefing`]) as its body found them:
/// finding them reads the whole source, which may be 15 MB.
pub fn slide_sources<'d>(
    dataset: &'d Dataset,
    index: &DatasetIndex,
    view: &View,
    slide: &Slide,
    charts: Option<&IndustryCharts>,
    backings: Option<&FactBackings>,
    strings: &Strings,
) -> Vec<SlideSource<'d>> {
    match slide {
        Slide::Title { briefings } => briefing_sources(dataset, briefings, backings, strings),
        Slide::Closing => briefing_sources(dataset, &view.briefings, None, strings),
        Slide::Overview { projects, .. } => {
            let names = RepeatedNames::among(dataset, index, &view.projects, projects);
            let listed = projects.iter().filter_map(|&key| dataset.project_at(key));
            listed
                .map(|(briefing, project)| {
                    let label = names.label_pieces(briefing, project, strings);
                    overview_source(label, briefing, project, strings)
                })
                .collect()
        }
        Slide::Industry { projects, .. } => {
            let built;
            let charts = match charts {
                Some(charts) => charts,
                None => {
                    built = industry_charts(dataset, index, projects, strings);
                    &built
                }
            };
            let bars = charts.panels.iter().flat_map(|panel| &panel.bars);
            let plotted = bars.filter_map(|bar| {
                let (briefing, project) = dataset.project_at(bar.key?)?;
                let quote = project.capacity.as_ref()?.quote.as_str();
                Some(SlideSource::new(
                    Some(bar.label_pieces.clone()),
                    briefing,
                    vec![quote],
                    vec![],
                    strings,
                ))
            });
            let unstated = charts.not_stated_named.iter().filter_map(|entry| {
                let (briefing, _) = dataset.project_at(entry.key)?;
                let not_stated = vec![strings.slide_capacity_not_stated];
                Some(SlideSource::new(
                    Some(entry.label_pieces.clone()),
                    briefing,
                    vec![],
                    not_stated,
                    strings,
                ))
            });
            plotted.chain(unstated).collect()
        }
        Slide::Project(key) => dataset
            .project_at(*key)
            .map(|(briefing, project)| {
                let sentences = project_passages(briefing, project);
                SlideSource::new(None, briefing, sentences, vec![], strings)
            })
            .into_iter()
            .collect(),
        Slide::Directives { blocks, .. } => blocks
            .iter()
            .flat_map(|block| &block.directives)
            .filter_map(|&key| dataset.directive_at(key))
            .map(|(briefing, directive)| {
                let quotes = directive.quotes.iter().map(String::as_str).collect();
                let label = data_words(directive.summary.clone());
                SlideSource::new(label, briefing, quotes, vec![], strings)
            })
            .collect(),
    }
}

/// The briefing whose header facts a slide lists: a title slide's, when it names one.
pub fn title_facts_briefing(slide: &Slide) -> Option<usize> {
    match slide {
        Slide::Title { briefings } => match title_listing(briefings) {
            ([index], _) => Some(*index),
            _ => None,
        },
        _ => None,
    }
}

/// The header's sentences of the briefings a title slide names ([`title_listing`]), each
/// briefing's under its title when there are several ([`fact_sources`]). `backings` are those
/// of the one briefing named, when one is, and given.
fn briefing_sources<'d>(
    dataset: &'d Dataset,
    briefings: &[usize],
    backings: Option<&FactBackings>,
    strings: &Strings,
) -> Vec<SlideSource<'d>> {
    let (named, _) = title_listing(briefings);
    let several = named.len() > 1;
    let backings = backings.filter(|_| !several);
    named
        .iter()
        .filter_map(|&index| dataset.briefings.get(index))
        .flat_map(|briefing| fact_sources(briefing, several, backings, strings))
        .collect()
}

/// A briefing's header sentences (its `quotes`, as [`passages`]), each under the facts it
/// states as the header finds them ([`fact_backings`]): "Date · Officials", "Also present". A
/// sentence stating none comes under "Other sentences" when another states one, and unlabelled
/// when none does; sentences under the same label one after another share it. A fact its
/// sentences state only in part says, under the first of them, which names nothing names and
/// which only the note on the source does ("No sentence of the source names Wu Wei.", "Only the
/// source's note names Zhou Qiang."), each name a value of its own ([`unbacked_lines`]). With
/// `titled` (several briefings on the slide), each label names the briefing too. `backings`
/// are the briefing's, when given; else they are found here.
fn fact_sources<'d>(
    briefing: &'d Briefing,
    titled: bool,
    backings: Option<&FactBackings>,
    strings: &Strings,
) -> Vec<SlideSource<'d>> {
    let quotes = briefing.quotes.iter().map(String::as_str).filter(|quote| !is_blank(quote));
    let sentences = passages(briefing, quotes.collect());
    let found;
    let backings = match backings {
        Some(backings) => backings,
        None => {
            found = fact_backings(briefing);
            &found
        }
    };
    // A fact's quote may be held by a longer one (a date within the sentence naming the
    // mayor), which then stands for it.
    let backing_quotes: Vec<(BriefingFact, String)> = BriefingFact::ALL
        .into_iter()
        .flat_map(|fact| {
            backings.of(fact).sentences().unwrap_or_default().iter().filter_map(move |&index| {
                Some((fact, normalise_whitespace(briefing.quotes.get(index)?)))
            })
        })
        .collect();
    let facts_of = |sentence: &str| {
        let sentence = normalise_whitespace(sentence);
        let mut facts: Vec<BriefingFact> = Vec::new();
        for (fact, quote) in &backing_quotes {
            if sentence.contains(quote.as_str()) && !facts.contains(fact) {
                facts.push(*fact);
            }
        }
        facts
    };
    let labelled: Vec<(Vec<BriefingFact>, &str)> =
        sentences.into_iter().map(|sentence| (facts_of(sentence), sentence)).collect();
    let any_backs = labelled.iter().any(|(facts, _)| !facts.is_empty());
    let label = |facts: &[BriefingFact]| {
        let what = if facts.is_empty() {
            any_backs.then(|| strings.presenter_other_sentences.to_string())
        } else {
            let labels: Vec<&str> = facts.iter().map(|&fact| fact.label(strings)).collect();
            Some(labels.join(strings.filter_separator))
        };
        match (titled, what) {
            // The facts are the interface's words, the title the data's: only it is a value.
            (true, Some(what)) => {
                let template = strings.presenter_briefing_facts.replace("{facts}", &what);
                Some(fill_pieces(&template, &[("title", &briefing.title)]))
            }
            (true, None) => data_words(briefing.title.clone()),
            (false, what) => what.map(|what| vec![Piece::Words(what)]),
        }
    };
    if labelled.is_empty() {
        return vec![SlideSource::new(label(&[]), briefing, vec![], vec![], strings)];
    }
    let mut sources: Vec<(Vec<BriefingFact>, Vec<&'d str>)> = Vec::new();
    for (facts, sentence) in labelled {
        match sources.last_mut() {
            Some((last, sentences)) if *last == facts => sentences.push(sentence),
            _ => sources.push((facts, vec![sentence])),
        }
    }
    // The facts that have said, under their first sentences, which names no sentence holds.
    let mut told: Vec<BriefingFact> = Vec::new();
    sources
        .into_iter()
        .map(|(facts, sentences)| {
            let mut lines: Vec<(&str, [NameList; 1])> = Vec::new();
            for &fact in &facts {
                if told.contains(&fact) {
                    continue;
                }
                told.push(fact);
                let backing = backings.of(fact);
                let said = [
                    (strings.presenter_fact_partly, "names", backing.unbacked(), strings.names_or),
                    (strings.presenter_fact_noted, "noted", backing.noted(), strings.names_and),
                ];
                for (template, placeholder, names, last) in said {
                    if !names.is_empty() {
                        lines.push((template, [(placeholder, names, last)]));
                    }
                }
            }
            let lines: Vec<(&str, &[NameList])> =
                lines.iter().map(|(template, lists)| (*template, lists.as_slice())).collect();
            SlideSource {
                label: label(&facts),
                briefing,
                sentences,
                unstated: (!lines.is_empty())
                    .then(|| unbacked_lines(&lines, strings.filter_separator, strings)),
            }
        })
        .collect()
}

/// An overview row's sentences: the project's status and capacity, as the row shows them, and
/// which of the two the source does not state.
fn overview_source<'d>(
    label: Vec<Piece>,
    briefing: &'d Briefing,
    project: &'d Project,
    strings: &Strings,
) -> SlideSource<'d> {
    let status = project.status.as_ref().map(|status| status.quote.as_str());
    let capacity = project.capacity.as_ref().map(|capacity| capacity.quote.as_str());
    let mut unstated = Vec::new();
    if status.is_none() {
        unstated.push(strings.status_not_stated);
    }
    if capacity.is_none() {
        unstated.push(strings.slide_capacity_not_stated);
    }
    let quotes = status.into_iter().chain(capacity).collect();
    SlideSource::new(Some(label), briefing, quotes, unstated, strings)
}
