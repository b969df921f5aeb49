//! The presenter view's channel name, slide messages (which deck, what happened) and clock, and
//! the source sentences it shows beside each slide.

use briefing_explorer::model::dataset::{Briefing, Dataset};
use briefing_explorer::model::dataset_index::DatasetIndex;
use briefing_explorer::model::presenter::{
    audience_blanked_status, audience_step, channel_name, elapsed_text, presenter_step,
    slide_sources, title_facts_briefing, AudienceStep, PresenterStep, SlideEvent, SlideMessage,
};
use briefing_explorer::model::query::Query;
use briefing_explorer::model::slides::{
    build_slides, industry_charts, Blank, IndustryCharts, Slide,
};
use briefing_explorer::model::source::{fact_backings, FactBackings};
use briefing_explorer::model::strings::{pieces_text, Piece, Strings, EN, ZH};
use briefing_explorer::model::view::compute_view;

use crate::slides::bundled_with_copies;
use crate::support::{bundled, bundled_json};

#[test]
fn slide_messages_name_their_deck_round_trip_and_strays_are_ignored() {
    let message = SlideMessage::new("industry=new-energy", SlideEvent::Moved(4));
    assert_eq!(
        message.to_json(),
        r#"{"type":"briefing-explorer:slide","deck":"industry=new-energy","event":{"event":"moved","slide":4}}"#
    );
    for event in [
        SlideEvent::Started(1),
        SlideEvent::Moved(4),
        SlideEvent::Ended,
        SlideEvent::Blank(Some(Blank::Black)),
        SlideEvent::Blank(Some(Blank::White)),
        SlideEvent::Blank(None),
        SlideEvent::Blanked(Some(Blank::White)),
        SlideEvent::Blanked(None),
    ] {
        let message = SlideMessage::new("", event);
        assert_eq!(SlideMessage::from_json(&message.to_json()), Some(message));
    }
    for stray in [
        "",
        "4",
        "null",
        r#"{"slide":4}"#,
        // The message of the version before decks: a slide number that says nothing of its deck.
        r#"{"type":"briefing-explorer:slide","slide":4}"#,
        r#"{"type":"briefing-explorer:height","deck":"","event":{"event":"moved","slide":4}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":0}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"started","slide":0}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":-2}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"moved","slide":"4"}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"jumped","slide":4}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"blank","slide":"grey"}}"#,
        r#"{"type":"briefing-explorer:slide","deck":"","event":{"event":"blanked","slide":4}}"#,
    ] {
        assert_eq!(SlideMessage::from_json(stray), None, "{stray:?}");
    }
}

#[test]
fn a_blanked_screen_is_written_by_its_colour_and_the_slide_shown_again_as_null() {
    let cases = [
        (SlideEvent::Blank(Some(Blank::Black)), r#"{"event":"blank","slide":"black"}"#),
        (SlideEvent::Blank(None), r#"{"event":"blank","slide":null}"#),
        (SlideEvent::Blanked(Some(Blank::White)), r#"{"event":"blanked","slide":"white"}"#),
        (SlideEvent::Blanked(None), r#"{"event":"blanked","slide":null}"#),
    ];
    for (event, expected) in cases {
        let json = SlideMessage::new("", event).to_json();
        assert!(json.ends_with(&format!(r#""event":{expected}}}"#)), "{json}");
    }
}

#[test]
fn each_page_and_dataset_has_its_own_channel() {
    let cases = [
        ("/", None, "briefing-explorer-slides:/:briefings.json"),
        ("/", Some("more.json"), "briefing-explorer-slides:/:more.json"),
        ("/2024/", None, "briefing-explorer-slides:/2024/:briefings.json"),
        ("/2025/", None, "briefing-explorer-slides:/2025/:briefings.json"),
        (
            "/home/me/briefing-explorer.html",
            None,
            "briefing-explorer-slides:/home/me/briefing-explorer.html:briefings.json",
        ),
        (
            "/home/me/custom.html",
            None,
            "briefing-explorer-slides:/home/me/custom.html:briefings.json",
        ),
    ];
    for (path, data, expected) in cases {
        assert_eq!(channel_name(path, data), expected, "{path} {data:?}");
    }
}

fn message(deck: &str, event: SlideEvent) -> SlideMessage {
    SlideMessage::new(deck, event)
}

#[test]
fn the_audience_obeys_only_moves_of_its_own_deck() {
    let deck = "industry=new-energy";
    let cases = [
        (message(deck, SlideEvent::Moved(4)), Some(AudienceStep::Show(4))),
        (message(deck, SlideEvent::Started(1)), Some(AudienceStep::Show(1))),
        (message(deck, SlideEvent::Ended), None),
        // A presenter view of another deck (another filter, or the unfiltered deck).
        (message("industry=magnesium-alloys", SlideEvent::Moved(4)), None),
        (message("", SlideEvent::Moved(4)), None),
    ];
    for (message, expected) in cases {
        assert_eq!(audience_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_audience_blanks_its_screen_when_its_own_presenter_view_asks() {
    let deck = "industry=new-energy";
    let cases = [
        (
            message(deck, SlideEvent::Blank(Some(Blank::Black))),
            Some(AudienceStep::Blank(Some(Blank::Black))),
        ),
        (
            message(deck, SlideEvent::Blank(Some(Blank::White))),
            Some(AudienceStep::Blank(Some(Blank::White))),
        ),
        (message(deck, SlideEvent::Blank(None)), Some(AudienceStep::Blank(None))),
        // Another deck's presenter view blanks another audience's screen, not this one.
        (message("", SlideEvent::Blank(Some(Blank::Black))), None),
        // What another audience's window says of its own screen asks nothing of this one.
        (message(deck, SlideEvent::Blanked(Some(Blank::Black))), None),
        (message(deck, SlideEvent::Blanked(None)), None),
    ];
    for (message, expected) in cases {
        assert_eq!(audience_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_presenter_view_shows_whether_its_audiences_screen_is_blanked() {
    let deck = "";
    let other = "industry=new-energy";
    let cases = [
        (
            message(deck, SlideEvent::Blanked(Some(Blank::Black))),
            PresenterStep::AudienceBlanked(Some(Blank::Black)),
        ),
        (
            message(deck, SlideEvent::Blanked(Some(Blank::White))),
            PresenterStep::AudienceBlanked(Some(Blank::White)),
        ),
        (message(deck, SlideEvent::Blanked(None)), PresenterStep::AudienceBlanked(None)),
        // Another deck's screen is another presentation's.
        (message(other, SlideEvent::Blanked(Some(Blank::Black))), PresenterStep::Ignore),
        // Another presenter view's asking is for the audience to answer.
        (message(deck, SlideEvent::Blank(Some(Blank::Black))), PresenterStep::Ignore),
    ];
    for (message, expected) in cases {
        assert_eq!(presenter_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_blanked_status_names_the_colour_in_both_languages() {
    let cases = [
        (
            &EN,
            Blank::Black,
            "The audience's screen is blanked to black. Press any key to show the slide again.",
        ),
        (
            &EN,
            Blank::White,
            "The audience's screen is blanked to white. Press any key to show the slide again.",
        ),
        (&ZH, Blank::Black, "观众屏幕已黑屏。按任意键重新显示幻灯片。"),
        (&ZH, Blank::White, "观众屏幕已白屏。按任意键重新显示幻灯片。"),
    ];
    for (strings, colour, expected) in cases {
        assert_eq!(audience_blanked_status(strings, colour), expected, "{colour:?}");
    }
}

#[test]
fn the_presenter_view_follows_the_audiences_deck_and_says_when_the_slides_end() {
    let deck = "";
    let other = "industry=new-energy";
    let cases = [
        (message(deck, SlideEvent::Moved(6)), PresenterStep::Show(6)),
        // The slides started again (Esc, then p): back to slide 1, not left at slide 6.
        (message(deck, SlideEvent::Started(1)), PresenterStep::Show(1)),
        (message(deck, SlideEvent::Ended), PresenterStep::AudienceLeft),
        // Started with another filter: the presenter view shows that deck.
        (
            message(other, SlideEvent::Started(1)),
            PresenterStep::Follow { deck: other.to_string(), slide: 1 },
        ),
        // Another audience window's moves and end are another presentation's.
        (message(other, SlideEvent::Moved(3)), PresenterStep::Ignore),
        (message(other, SlideEvent::Ended), PresenterStep::Ignore),
    ];
    for (message, expected) in cases {
        assert_eq!(presenter_step(deck, &message), expected, "{message:?}");
    }
}

#[test]
fn the_clock_reads_minutes_and_seconds_then_hours() {
    let cases = [
        (0, "0:00"),
        (7, "0:07"),
        (247, "4:07"),
        (750, "12:30"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (3729, "1:02:09"),
    ];
    for (seconds, expected) in cases {
        assert_eq!(elapsed_text(seconds), expected, "{seconds} s");
    }
}

/// Every slide of `dataset`'s whole deck with the sources the presenter view shows beside it,
/// one line a thing: `label: sentence start… | unstated`, `-` for no label; a slide's things
/// joined by ` / `.
fn sources_by_slide(dataset: &Dataset, strings: &Strings) -> Vec<String> {
    let view = compute_view(dataset, &DatasetIndex::new(dataset), &Query::default());
    let slides = build_slides(dataset, &view);
    slides
        .iter()
        .map(|slide| {
            let things: Vec<String> = slide_sources(
                dataset,
                &DatasetIndex::new(dataset),
                &view,
                slide,
                None,
                None,
                strings,
            )
            .iter()
            .map(|source| {
                let mut parts: Vec<String> = source
                    .sentences
                    .iter()
                    .map(|sentence| {
                        let words: Vec<&str> = sentence.split_whitespace().take(4).collect();
                        words.join(" ") + "…"
                    })
                    .collect();
                parts.extend(source.unstated.as_deref().map(pieces_text));
                let label = source.label.as_deref().map_or("-".to_string(), pieces_text);
                format!("{label}: {}", parts.join(" | "))
            })
            .collect();
            things.join(" / ")
        })
        .collect()
}

#[test]
fn every_slide_has_the_sentences_behind_what_it_shows() {
    let dataset = bundled();
    let sources = sources_by_slide(&dataset, &EN);
    let expected = [
        // Title: the header's sentences, each under the facts it states, as the header finds
        // them: the slide is about the one briefing, so its title labels none.
        "Date · Officials: February 20, mayor Chen… / Also present: City leaders Liu Wei,…",
        // Overview: each row's status and capacity, once where one sentence states both.
        "North Metallurgy alloys: In the North Metallurgy… | Capacity not stated \
         / Longdian Huaxin copper foil: Status not stated · Capacity not stated \
         / BYD drive motors: Learning that BYD's annual… \
         / Baowu magnesium die-casting: Chen Zhichang came to… | Status not stated",
        // An industry with no capacity stated: its project, said to have none.
        "North Metallurgy alloys: Capacity not stated",
        "-: In the North Metallurgy… | He urged the relevant…",
        // An industry slide: each bar's capacity sentence, then the project it says has none.
        "BYD drive motors: Learning that BYD's annual… \
         / Longdian Huaxin copper foil: Capacity not stated",
        "-: Nanjing is accelerating to… | Chen Zhichang came to…",
        "-: Learning that BYD's annual…",
        "Baowu magnesium die-casting: Chen Zhichang came to…",
        "-: Baowu magnesium industry is… | \"How is the progress… | Chen Zhichang came to… \
         | He hoped that the… | at the same time,…",
        // Directives: each directive's sentence, under its summary.
        "Deeply implement General Secretary Xi Jinping's important speech on the work of \
         Jiangsu, and fully implement the requirements of the city's conference on new-type \
         industrialization and building a city strong in industry.: He stressed that we… \
         / Pay close attention to key projects and serve and safeguard them well, to speed up \
         building a city strong in industry and give more solid support to the city's \
         high-quality development.: pay close attention to… \
         / All departments at all levels should focus on key objectives and tasks and put \
         developing manufacturing at the very top of their priorities.: Research, Chen \
         Zhichang stressed… \
         / Fully promote new-type industrialization.: and fully promote the…",
    ];
    assert_eq!(sources[..expected.len()], expected);
    // The other directive slides, each directive with its sentence, and the closing slide.
    assert_eq!(sources.len(), 13);
    assert_eq!(sources[10].matches(" / ").count() + 1, 6);
    assert_eq!(sources[11].matches(" / ").count() + 1, 4);
    // Closing: the header's sentences again, for a question at the end.
    assert_eq!(sources.last(), sources.first());
}

#[test]
fn where_the_data_gives_no_sentence_the_presenter_view_says_so_and_invents_none() {
    // Every sentence taken out, wherever the data has one: `quote`s emptied, `quotes` cleared.
    fn without_quotes(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(fields) => {
                for (name, field) in fields.iter_mut() {
                    match name.as_str() {
                        "quote" => *field = serde_json::Value::from(""),
                        "quotes" => *field = serde_json::Value::Array(Vec::new()),
                        _ => without_quotes(field),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(without_quotes),
            _ => {}
        }
    }
    let mut json = bundled_json();
    without_quotes(&mut json);
    let dataset: Dataset = serde_json::from_value(json).expect("the data reads without quotes");
    let check = |strings: &Strings, expected: [&str; 9]| {
        let sources = sources_by_slide(&dataset, strings);
        assert_eq!(sources[..expected.len()], expected);
        assert_eq!(sources.last().map(String::as_str), Some(expected[0]));
        let none = format!(": {}", strings.presenter_no_sentence);
        for directives in &sources[9..12] {
            assert!(directives.split(" / ").all(|thing| thing.ends_with(&none)), "{directives}");
        }
    };
    check(
        &EN,
        [
            "-: The data gives no source sentence for this.",
            "North Metallurgy alloys: Capacity not stated \
             / Longdian Huaxin copper foil: Status not stated · Capacity not stated \
             / BYD drive motors: The data gives no source sentence for this. \
             / Baowu magnesium die-casting: Status not stated",
            "North Metallurgy alloys: Capacity not stated",
            "-: The data gives no source sentence for this.",
            "BYD drive motors: The data gives no source sentence for this. \
             / Longdian Huaxin copper foil: Capacity not stated",
            "-: The data gives no source sentence for this.",
            "-: The data gives no source sentence for this.",
            "Baowu magnesium die-casting: The data gives no source sentence for this.",
            "-: The data gives no source sentence for this.",
        ],
    );
    check(
        &ZH,
        [
            "-: 数据未给出这一项的原文句子。",
            "North Metallurgy alloys: 产能未注明 \
             / Longdian Huaxin copper foil: 状态未注明 · 产能未注明 \
             / BYD drive motors: 数据未给出这一项的原文句子。 \
             / Baowu magnesium die-casting: 状态未注明",
            "North Metallurgy alloys: 产能未注明",
            "-: 数据未给出这一项的原文句子。",
            "BYD drive motors: 数据未给出这一项的原文句子。 \
             / Longdian Huaxin copper foil: 产能未注明",
            "-: 数据未给出这一项的原文句子。",
            "-: 数据未给出这一项的原文句子。",
            "Baowu magnesium die-casting: 数据未给出这一项的原文句子。",
            "-: 数据未给出这一项的原文句子。",
        ],
    );
}

/// Adds a copy of the first briefing, "A second visit", to `dataset`, and gives it back.
fn push_second_visit(dataset: &mut Dataset) -> &mut Briefing {
    let mut second = dataset.briefings[0].clone();
    second.id = "second".to_string();
    second.title = "A second visit".to_string();
    dataset.briefings.push(second);
    dataset.briefings.last_mut().expect("the briefing just added")
}

/// A slide's sources as `label: sentence start…` lines, for a slide built here.
fn labelled_sources(dataset: &Dataset, slide: &Slide, strings: &Strings) -> Vec<String> {
    let view = compute_view(dataset, &DatasetIndex::new(dataset), &Query::default());
    slide_sources(dataset, &DatasetIndex::new(dataset), &view, slide, None, None, strings)
        .iter()
        .map(|source| {
            let starts: Vec<String> = source
                .sentences
                .iter()
                .map(|sentence| sentence.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
                .collect();
            let label = source.label.as_deref().map_or("-".to_string(), pieces_text);
            format!("{label}: {}", starts.join(" | "))
        })
        .collect()
}

/// The title slide's sentences stand under the header's facts they state, in the source's
/// order, as the header finds them; a sentence stating none is under "Other sentences", and
/// with several briefings each label names its briefing.
#[test]
fn the_title_slide_sentences_are_labelled_by_the_facts_they_state() {
    let mut dataset = (*bundled()).clone();
    dataset.briefings[0]
        .quotes
        .push("He stressed that we should deeply implement the important instructions".to_string());
    let one = Slide::Title { briefings: vec![0] };
    assert_eq!(
        labelled_sources(&dataset, &one, &EN),
        [
            "Date · Officials: February 20, mayor",
            "Other sentences: He stressed that",
            "Also present: City leaders Liu",
        ]
    );
    assert_eq!(
        labelled_sources(&dataset, &one, &ZH),
        [
            "日期 · 领导: February 20, mayor",
            "其他原文句子: He stressed that",
            "参加人员: City leaders Liu"
        ]
    );
    push_second_visit(&mut dataset).quotes.truncate(1);
    let both = Slide::Title { briefings: vec![0, 1] };
    let title = dataset.briefings[0].title.clone();
    assert_eq!(
        labelled_sources(&dataset, &both, &EN),
        [
            format!("{title}: Date · Officials: February 20, mayor"),
            format!("{title}: Other sentences: He stressed that"),
            format!("{title}: Also present: City leaders Liu"),
            "A second visit: Date · Officials: February 20, mayor".to_string(),
        ]
    );
    // A briefing none of whose sentences states a fact keeps them, unlabelled.
    dataset.briefings.truncate(1);
    dataset.briefings[0].quotes.drain(..2);
    assert_eq!(labelled_sources(&dataset, &one, &EN), ["-: He stressed that"]);
}

/// A fact its sentences state only in part keeps them, under its label, and says under the
/// first of them which names no sentence holds, as the header says after it.
#[test]
fn the_title_slide_says_which_names_no_sentence_holds() {
    let mut dataset = (*bundled()).clone();
    dataset.briefings[0].participants.extend(["Li Ming", "Zhou Qiang"].map(String::from));
    let one = Slide::Title { briefings: vec![0] };
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let told = |strings: &Strings| -> Vec<(Option<String>, usize, Option<String>)> {
        slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, &one, None, None, strings)
            .into_iter()
            .map(|source| {
                let label = source.label.as_deref().map(pieces_text);
                (label, source.sentences.len(), source.unstated.as_deref().map(pieces_text))
            })
            .collect()
    };
    let expected = |strings: &Strings, unstated: &str| {
        vec![
            (Some(format!("{} · {}", strings.date, strings.officials)), 1, None),
            (Some(strings.participants.to_string()), 1, Some(unstated.to_string())),
        ]
    };
    assert_eq!(told(&EN), expected(&EN, "No sentence of the source names Li Ming or Zhou Qiang."));
    assert_eq!(told(&ZH), expected(&ZH, "来源文本中没有提到Li Ming、Zhou Qiang的句子。"));
    // A name the note on the source holds is said to be only there, not nowhere.
    dataset.briefings[0].source.note.push_str(" Zhou Qiang checked the translation.");
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let told = |strings: &Strings| -> Vec<Option<String>> {
        slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, &one, None, None, strings)
            .into_iter()
            .map(|source| source.unstated.as_deref().map(pieces_text))
            .collect()
    };
    let en = "No sentence of the source names Li Ming. · Only the source's note names Zhou Qiang.";
    assert_eq!(told(&EN), [None, Some(en.to_string())]);
    let zh = "来源文本中没有提到Li Ming的句子。 · Zhou Qiang仅见于来源说明。";
    assert_eq!(told(&ZH), [None, Some(zh.to_string())]);
}

/// The line saying which names no sentence holds gives each name as a value of its own, numbered
/// across the line, and says in which language each is (the data's, where it is not the
/// interface's), so that the page reads the names in the data's voice and the interface's words
/// around them in its own.
#[test]
fn the_unstated_line_gives_the_names_as_the_datas_words() {
    let mut dataset = (*bundled()).clone();
    dataset.briefings[0].participants.extend(["Li Ming", "Zhou Qiang"].map(String::from));
    dataset.briefings[0].source.note.push_str(" Zhou Qiang checked the translation.");
    let one = Slide::Title { briefings: vec![0] };
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let unstated = |dataset: &Dataset, strings: &Strings| {
        slide_sources(dataset, &DatasetIndex::new(dataset), &view, &one, None, None, strings)
            .into_iter()
            .filter_map(|source| {
                let langs = source.data_langs(strings.language);
                Some((source.unstated?, langs))
            })
            .collect::<Vec<_>>()
    };
    let words = |text: &str| Piece::Words(text.to_string());
    let name = |slot: usize, text: &str| Piece::Value { slot, text: text.to_string() };
    let english = Some("en".to_string());
    assert_eq!(
        unstated(&dataset, &ZH),
        [(
            vec![
                words("来源文本中没有提到"),
                name(0, "Li Ming"),
                words("的句子。 · "),
                name(1, "Zhou Qiang"),
                words("仅见于来源说明。"),
            ],
            vec![english.clone(), english],
        )]
    );
    // English names in the English interface need no language of their own.
    let (_, langs) = &unstated(&dataset, &EN)[0];
    assert_eq!(langs, &[None, None]);
    // Chinese names in the English interface are Chinese.
    let briefing = &mut dataset.briefings[0];
    briefing.source.language = "zh".to_string();
    let participants = &mut briefing.participants;
    participants.truncate(3);
    participants.push("周强".to_string());
    assert_eq!(
        unstated(&dataset, &EN),
        [(
            vec![words("No sentence of the source names "), name(0, "周强"), words(".")],
            vec![Some("zh".to_string())],
        )]
    );
}

/// A label gives the data's words as values and the interface's as words: the header's facts
/// a title slide's sentences state are the interface's, a briefing's title and a project's name
/// the data's.
#[test]
fn the_labels_tell_the_datas_words_from_the_interfaces() {
    let mut dataset = (*bundled()).clone();
    push_second_visit(&mut dataset);
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let labels = |slide: &Slide| -> Vec<Option<Vec<Piece>>> {
        let sources =
            slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, slide, None, None, &ZH);
        sources.into_iter().map(|source| source.label).collect()
    };
    let words = |text: &str| Some(vec![Piece::Words(text.to_string())]);
    let title = dataset.briefings[0].title.clone();
    let one = Slide::Title { briefings: vec![0] };
    assert_eq!(labels(&one), [words("日期 · 领导"), words("参加人员")]);
    let both = Slide::Title { briefings: vec![0, 1] };
    assert_eq!(
        labels(&both)[0],
        Some(vec![
            Piece::Value { slot: 0, text: title },
            Piece::Words("：日期 · 领导".to_string())
        ])
    );
    let overview = build_slides(&dataset, &view)
        .into_iter()
        .find(|slide| matches!(slide, Slide::Overview { .. }))
        .expect("an overview");
    let name = labels(&overview).into_iter().next().flatten();
    assert!(matches!(name.as_deref(), Some([Piece::Value { slot: 0, .. }])), "{name:?}");
}

/// A title slide's sentences are labelled from the backings its body found, when they are
/// given: the whole source is read once for both.
#[test]
fn a_title_slide_labels_its_sentences_from_the_backings_it_is_given() {
    let mut dataset = (*bundled()).clone();
    dataset.briefings[0].participants.push("Zhou Qiang".to_string());
    let one = Slide::Title { briefings: vec![0] };
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let told = |backings: Option<&FactBackings>| -> Vec<Option<String>> {
        slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, &one, None, backings, &EN)
            .into_iter()
            .map(|source| source.unstated.as_deref().map(pieces_text))
            .collect()
    };
    let found_here = told(None);
    assert_eq!(found_here, [None, Some("No sentence of the source names Zhou Qiang.".to_string())]);
    assert_eq!(told(Some(&fact_backings(&dataset.briefings[0]))), found_here);
    // Those of the briefing as it was: what the body found is what the sentences are told by.
    let before = fact_backings(&bundled().briefings[0]);
    assert_eq!(told(Some(&before)), [None, None]);
    // Only a title slide of one briefing lists its facts, and has backings to give.
    assert_eq!(title_facts_briefing(&one), Some(0));
    assert_eq!(title_facts_briefing(&Slide::Title { briefings: vec![0, 1] }), None);
    assert_eq!(title_facts_briefing(&Slide::Closing), None);
}

/// An industry slide's sentences are those of the charts its body drew, when they are given:
/// the bars are built once for both.
#[test]
fn an_industry_slide_gives_the_sentences_of_the_charts_it_is_given() {
    let dataset = bundled();
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let slide = build_slides(&dataset, &view)
        .into_iter()
        .find(|slide| matches!(slide, Slide::Industry { industry_id, .. } if industry_id == "new-energy"))
        .expect("a new-energy slide");
    let Slide::Industry { projects, .. } = &slide else { unreachable!() };
    let mut charts = industry_charts(&dataset, &DatasetIndex::new(&dataset), projects, &EN);
    let labels = |charts: Option<&IndustryCharts>| -> Vec<String> {
        let sources =
            slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, &slide, charts, None, &EN);
        sources.into_iter().filter_map(|source| source.label.as_deref().map(pieces_text)).collect()
    };
    let built_here = labels(None);
    assert_eq!(labels(Some(&charts)), built_here);
    assert_eq!(built_here, ["BYD drive motors", "Longdian Huaxin copper foil"]);
    charts.not_stated_named.clear();
    assert_eq!(labels(Some(&charts)), ["BYD drive motors"]);
}

#[test]
fn a_slide_of_a_long_list_gives_only_the_sentences_of_what_it_shows() {
    let dataset = bundled_with_copies(6);
    let view = compute_view(&dataset, &DatasetIndex::new(&dataset), &Query::default());
    let mut checked = Vec::new();
    for slide in build_slides(&dataset, &view) {
        let sources =
            slide_sources(&dataset, &DatasetIndex::new(&dataset), &view, &slide, None, None, &EN);
        let labels: Vec<String> =
            sources.iter().filter_map(|source| source.label.as_deref().map(pieces_text)).collect();
        match &slide {
            // An overview's rows, not the projects counted under them.
            Slide::Overview { projects, .. } => {
                assert_eq!(sources.len(), projects.len());
                checked.push("overview");
            }
            // Seven BYDs and seven Longdian Huaxins: the six bars the slide draws, then the five
            // names its "capacity not stated" line has room for, not all seven.
            Slide::Industry { industry_id, .. } if industry_id == "new-energy" => {
                assert_eq!(sources.len(), 11, "{labels:?}");
                checked.push("industry");
                let not_stated = &sources[6..];
                assert!(not_stated.iter().all(|source| source
                    .unstated
                    .as_deref()
                    .map(pieces_text)
                    == Some(EN.slide_capacity_not_stated.to_string())
                    && source.sentences.is_empty()));
            }
            _ => {}
        }
    }
    assert_eq!(checked, ["overview", "overview", "overview", "industry"]);
}
