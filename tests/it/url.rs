//! The hash round-trips the view state and shrugs off anything malformed.

use briefing_explorer::model::embed::Embed;
use briefing_explorer::model::language::Language;
use briefing_explorer::model::query::{BriefingChoice, ProjectKey, Query, Selection, StatusKey};
use briefing_explorer::model::site::Refusal;
use briefing_explorer::model::strings::{EN, ZH};
use briefing_explorer::model::url::{
    dataset_hash, deck_hash, editor_briefing, editor_hash, editor_request, encode_hash,
    explorer_address_from_editor, follow_deck_hash, handoff_hash, hash_with_embed,
    hash_with_language, language_in_hash, parse_hash, percent_decode, percent_encode,
    presenter_hash, printed_page_address, printed_view_hash, requested_dataset, requested_embed,
    slide_out_of_range, source_in_full_view_hash, switched_dataset_hash, EditorRequest, UrlField,
    UrlNotice, MAX_URL_NOTICES,
};
use proptest::prelude::*;

use crate::support::bundled;

/// Parses `hash` and checks the re-encoded canonical hash and the notices.
fn check(hash: &str, canonical: &str, notices: &[UrlNotice]) {
    let dataset = bundled();
    let (query, found) = parse_hash(hash, &dataset);
    assert_eq!(found, notices, "notices for {hash:?}");
    assert_eq!(encode_hash(&query, &dataset), canonical, "canonical form of {hash:?}");
    assert_eq!(parse_hash(canonical, &dataset).0, query, "round trip of {hash:?}");
}

fn unknown(what: UrlField, value: &str) -> UrlNotice {
    UrlNotice::UnknownValue { what, value: value.to_string() }
}

fn malformed(part: &str) -> UrlNotice {
    UrlNotice::Malformed { part: part.to_string() }
}

#[test]
fn hashes_parse_to_canonical_form() {
    check("", "", &[]);
    check("#", "", &[]);
    check(
        "#industry=new-energy,magnesium-alloys&q=copper",
        "industry=new-energy,magnesium-alloys&q=copper",
        &[],
    );
    check("industry=magnesium-alloys,new-energy", "industry=new-energy,magnesium-alloys", &[]);
    check("industry=new-energy,new-energy", "industry=new-energy", &[]);
    check("status=not-stated,full-production", "status=full-production,not-stated", &[]);
    check("status=not-stated,not-stated", "status=not-stated", &[]);
    check(
        "status=full-production,under-construction",
        "status=under-construction,full-production",
        &[],
    );
    check("q=copper%20foil", "q=copper%20foil", &[]);
    check("q=copper+foil", "q=copper%20foil", &[]);
    check("q=%E5%AE%81", "q=%E5%AE%81", &[]);
    // A repeated search searches for the words of each, as a repeated industry filters by each.
    check("q=BYD&q=copper", "q=BYD%20copper", &[]);
    check("q=&q=copper&q=", "q=copper", &[]);
    check("project=byd", "project=byd", &[]);
    // The second directive, so that a search stopping at the first one would show.
    check("directive=d-key-projects", "directive=d-key-projects", &[]);
    check("slide=3&industry=new-materials", "industry=new-materials&slide=3", &[]);
    check("briefing=all", "briefing=all", &[]);
}

#[test]
fn unknown_and_malformed_parts_are_ignored_with_a_notice() {
    check(
        "industry=steel,new-energy",
        "industry=new-energy",
        &[unknown(UrlField::Industry, "steel")],
    );
    check("status=finished", "", &[unknown(UrlField::Status, "finished")]);
    check("project=nowhere", "", &[unknown(UrlField::Project, "nowhere")]);
    check("directive=d-nowhere", "", &[unknown(UrlField::Directive, "d-nowhere")]);
    check("briefing=2031", "", &[unknown(UrlField::Briefing, "2031")]);
    check("garbage", "", &[malformed("garbage")]);
    check("colour=red&q=byd", "q=byd", &[malformed("colour=red")]);
    check("q=%E5%AE", "", &[malformed("q=%E5%AE")]);
    check("q=%zz", "", &[malformed("q=%zz")]);
    check("slide=0", "slide=0", &[]);
    check("slide=-1&&&", "", &[malformed("slide=-1")]);
    check("%%%&industry=magnesium-alloys", "industry=magnesium-alloys", &[malformed("%%%")]);
}

#[test]
fn encoding_orders_keys_and_values() {
    let dataset = bundled();
    let query = Query {
        briefing: BriefingChoice::All,
        industries: vec!["magnesium-alloys".into(), "new-materials".into()],
        statuses: vec![StatusKey::NotStated, StatusKey::Stated("under-construction".into())],
        text: "a&b=c,d".into(),
        selected: Some(Selection::Project(ProjectKey { briefing: 0, project: 2 })),
        slide: Some(4),
        language: Some(Language::Chinese),
        ..Query::default()
    };
    let hash = encode_hash(&query, &dataset);
    assert_eq!(hash, "briefing=all&industry=new-materials,magnesium-alloys&status=under-construction,not-stated&q=a%26b%3Dc%2Cd&project=byd&slide=4&lang=zh");
    let (parsed, notices) = parse_hash(&hash, &dataset);
    assert!(notices.is_empty());
    assert_eq!(parsed.text, "a&b=c,d");
    assert_eq!(parsed.selected, query.selected);
}

proptest! {
    #[test]
    fn parsing_never_panics(hash in "\\PC{0,80}") {
        let dataset = bundled();
        let _ = parse_hash(&hash, &dataset);
    }

    #[test]
    fn search_text_round_trips(text in "\\PC{0,40}") {
        let dataset = bundled();
        let query = Query { text: text.clone(), ..Query::default() };
        let (parsed, notices) = parse_hash(&encode_hash(&query, &dataset), &dataset);
        prop_assert!(notices.is_empty());
        prop_assert_eq!(parsed.text, text);
    }

    #[test]
    fn percent_coding_round_trips(text in "\\PC{0,40}") {
        prop_assert_eq!(percent_decode(&percent_encode(&text)), Some(text));
    }
}

#[test]
fn a_flood_of_unknown_values_gives_a_few_short_notices_and_a_count() {
    let dataset = bundled();
    let flood = format!("industry={}", vec!["x"; 50_000].join(","));
    let (query, notices) = parse_hash(&flood, &dataset);
    assert!(query.industries.is_empty());
    assert_eq!(notices.len(), MAX_URL_NOTICES + 1);
    assert_eq!(notices[MAX_URL_NOTICES], UrlNotice::More { count: 50_000 - MAX_URL_NOTICES });
    assert_eq!(
        notices[MAX_URL_NOTICES].describe(&EN),
        "… and 49,992 more parts of the address were ignored."
    );
    let long_value = "y".repeat(10_000);
    let (_, notices) = parse_hash(&format!("status={long_value}"), &dataset);
    let UrlNotice::UnknownValue { value, .. } = &notices[0] else { panic!("{notices:?}") };
    assert!(value.chars().count() <= 61, "value cut to a readable length: {}", value.len());
}

#[test]
fn malformed_parts_are_counted_past_the_listed_few_too() {
    let dataset = bundled();
    let listed = MAX_URL_NOTICES;
    let hash = (0..listed + 3).map(|index| format!("x{index}")).collect::<Vec<_>>().join("&");
    let (_, notices) = parse_hash(&hash, &dataset);
    assert_eq!(notices.len(), listed + 1);
    assert_eq!(notices[listed - 1], malformed(&format!("x{}", listed - 1)));
    assert_eq!(notices[listed], UrlNotice::More { count: 3 });
}

#[test]
fn notices_read_as_sentences() {
    let check = |notice: UrlNotice, expected: &str| assert_eq!(notice.describe(&EN), expected);
    check(unknown(UrlField::Industry, "bogus"), "Ignored unknown industry “bogus” in the address.");
    check(unknown(UrlField::Status, "nope"), "Ignored unknown status “nope” in the address.");
    check(malformed("zzz"), "Ignored the malformed part “zzz” of the address.");
}

fn refused(name: &str, refusal: Refusal) -> UrlNotice {
    UrlNotice::RefusedDataset { name: name.to_string(), refusal }
}

#[test]
fn the_dataset_and_the_embedded_part_are_address_keys() {
    check("data=semiconductors.json", "data=semiconductors.json", &[]);
    // The default file is the absence of the key.
    check("data=briefings.json", "", &[]);
    check(
        "industry=new-energy&embed=charts&data=more_2024.json",
        "data=more_2024.json&industry=new-energy&embed=charts",
        &[],
    );
    check("embed=cards", "embed=cards", &[]);
    check("embed=summary&slide=2", "slide=2&embed=summary", &[]);
    check("embed=everything", "", &[unknown(UrlField::Embed, "everything")]);
    check("data=../x.json&q=byd", "q=byd", &[refused("../x.json", Refusal::Path)]);
    check(
        "data=https%3A%2F%2Fexample.org%2Fx.json",
        "",
        &[refused("https://example.org/x.json", Refusal::Path)],
    );
    check("data=x.txt", "", &[refused("x.txt", Refusal::NotJson)]);
}

#[test]
fn the_dataset_and_embed_are_read_before_any_dataset_is_loaded() {
    assert_eq!(requested_dataset(""), Ok("briefings.json".to_string()));
    assert_eq!(requested_dataset("#q=x&data=a-b_c.1.json"), Ok("a-b_c.1.json".to_string()));
    assert_eq!(requested_dataset("data=../x.json"), Err(("../x.json".to_string(), Refusal::Path)));
    assert_eq!(
        requested_dataset("data=https://example.org/x.json"),
        Err(("https://example.org/x.json".to_string(), Refusal::Path))
    );
    assert_eq!(requested_dataset("data=%zz"), Err((String::new(), Refusal::Character('%'))));
    assert_eq!(requested_embed("industry=x&embed=charts"), Some(Embed::Charts));
    assert_eq!(requested_embed("embed=cards"), Some(Embed::Cards));
    assert_eq!(requested_embed("embed=summary"), Some(Embed::Summary));
    assert_eq!(requested_embed("embed=nope"), None);
    assert_eq!(requested_embed(""), None);
    assert_eq!(dataset_hash("briefings.json"), "");
    assert_eq!(dataset_hash("semiconductors.json"), "data=semiconductors.json");
}

#[test]
fn an_address_copied_out_of_html_reads_its_escaped_ampersands_as_separators() {
    // The embed code's `src` as its HTML writes it, copied as it appears there.
    check(
        "#industry=new-energy&amp;q=copper&amp;embed=charts",
        "industry=new-energy&q=copper&embed=charts",
        &[],
    );
    check("q=byd&amp;&amp;lang=zh", "q=byd&lang=zh", &[]);
    // Only a part's start: a value keeps its own text.
    check("q=amp;x", "q=amp%3Bx", &[]);
    assert_eq!(requested_embed("industry=x&amp;embed=cards"), Some(Embed::Cards));
    assert_eq!(requested_dataset("q=x&amp;data=more.json"), Ok("more.json".to_string()));
    assert_eq!(language_in_hash("embed=charts&amp;lang=zh"), Some(Language::Chinese));
    assert_eq!(editor_request("lang=en&amp;handoff"), EditorRequest::Handoff);
    assert_eq!(
        hash_with_language("data=a.json&amp;lang=zh", Language::English),
        "data=a.json&lang=en"
    );
}

#[test]
fn a_switch_of_dataset_drops_the_old_view_and_keeps_the_language() {
    let old = "data=more.json&industry=new-energy&project=byd&lang=zh";
    assert_eq!(switched_dataset_hash(Some("nanjing.json"), old), "data=nanjing.json&lang=zh");
    assert_eq!(switched_dataset_hash(Some("briefings.json"), old), "lang=zh");
    // A file the reader opened has no address of its own.
    assert_eq!(switched_dataset_hash(None, old), "lang=zh");
    // Without `lang=` the browser's language decides, before and after.
    assert_eq!(
        switched_dataset_hash(Some("nanjing.json"), "industry=new-energy"),
        "data=nanjing.json"
    );
    assert_eq!(switched_dataset_hash(None, "industry=new-energy"), "");
    assert_eq!(switched_dataset_hash(Some("briefings.json"), "lang=xx"), "");
}

/// An embed's links to a project's or directive's sentences open the full view of the embedded
/// view (its data, filters and language) with that record selected, whatever was selected.
#[test]
fn an_embeds_source_links_open_the_full_view_at_the_records_sentences() {
    let dataset = bundled();
    let (query, _) =
        parse_hash("data=more.json&industry=new-energy&project=byd&embed=cards&lang=zh", &dataset);
    let first = Selection::Project(ProjectKey { briefing: 0, project: 0 });
    let id = &dataset.briefings[0].projects[0].id;
    assert_eq!(
        source_in_full_view_hash(&query, &dataset, first),
        format!("data=more.json&industry=new-energy&project={id}&lang=zh")
    );
    let (plain, _) = parse_hash("embed=charts", &dataset);
    assert_eq!(source_in_full_view_hash(&plain, &dataset, first), format!("project={id}"));
}

#[test]
fn the_dataset_survives_every_change_of_view() {
    let dataset = bundled();
    let (query, _) = parse_hash("data=more.json&industry=new-energy&slide=2", &dataset);
    assert_eq!(query.cleared().data.as_deref(), Some("more.json"));
    assert_eq!(query.fresh().data.as_deref(), Some("more.json"));
    assert_eq!(
        hash_with_embed(&query, &dataset, Some(Embed::Charts)),
        "data=more.json&industry=new-energy&embed=charts"
    );
    assert_eq!(hash_with_embed(&query, &dataset, None), "data=more.json&industry=new-energy");
}

#[test]
fn the_presenter_view_is_a_key_without_a_value_at_the_end() {
    check("presenter", "presenter", &[]);
    check("presenter&slide=3&industry=new-energy", "industry=new-energy&slide=3&presenter", &[]);
    check("lang=zh&presenter&embed=cards", "embed=cards&lang=zh&presenter", &[]);
    // Only the bare word: with a value it is not a key the address knows.
    check("presenter=1", "", &[malformed("presenter=1")]);
    check("presenters", "", &[malformed("presenters")]);
    let dataset = bundled();
    let (query, _) = parse_hash("data=more.json&industry=new-energy&slide=4", &dataset);
    assert!(!query.presenter);
    assert_eq!(
        presenter_hash(&query, &dataset),
        "data=more.json&industry=new-energy&slide=4&presenter"
    );
    // Opened before any slide is chosen, the presenter view starts at the first.
    let (query, _) = parse_hash("q=byd", &dataset);
    assert_eq!(presenter_hash(&query, &dataset), "q=byd&slide=1&presenter");
    assert!(parse_hash("presenter&q=x", &dataset).0.cleared().presenter);
}

#[test]
fn a_handout_printed_while_presenting_names_the_view_not_the_slide() {
    let dataset = bundled();
    let printed = |hash: &str| printed_view_hash(&parse_hash(hash, &dataset).0, &dataset);
    assert_eq!(printed("industry=new-energy&slide=9&lang=zh"), "industry=new-energy&lang=zh");
    assert_eq!(printed("slide=5"), "");
    assert_eq!(printed("q=byd&slide=2&presenter"), "q=byd");
    assert_eq!(printed("industry=new-energy&project=byd"), "industry=new-energy&project=byd");
}

#[test]
fn a_deck_is_named_by_what_makes_its_slides_and_the_presenter_view_follows_it() {
    let dataset = bundled();
    let deck = |hash: &str| deck_hash(&parse_hash(hash, &dataset).0, &dataset);
    // The slide, the language, the selection and the presenter view do not change the deck.
    assert_eq!(deck("industry=new-energy&slide=3&lang=zh&presenter"), "industry=new-energy");
    assert_eq!(deck("slide=4"), "");
    assert_eq!(deck("q=byd&slide=2"), "q=byd");
    assert_ne!(deck("industry=new-energy"), deck(""));
    assert_ne!(deck("data=more.json"), deck(""));
    // The presenter view keeps its own language as it moves to the audience's deck.
    let presenter = parse_hash("slide=6&lang=zh&presenter", &dataset).0;
    assert_eq!(
        follow_deck_hash("industry=new-energy", 1, &presenter, &dataset),
        "industry=new-energy&slide=1&lang=zh&presenter"
    );
    assert_eq!(follow_deck_hash("", 2, &presenter, &dataset), "slide=2&lang=zh&presenter");
}

#[test]
fn refused_dataset_names_read_as_sentences() {
    assert_eq!(
        refused("../x.json", Refusal::Path).describe(&EN),
        "“../x.json” cannot be opened: only a file in this site’s data folder can be opened, \
         not a path or a web address."
    );
    assert_eq!(
        unknown(UrlField::Embed, "x").describe(&EN),
        "Ignored unknown embedded part “x” in the address."
    );
}

#[test]
fn the_language_is_part_of_the_address() {
    check("lang=zh", "lang=zh", &[]);
    check("lang=EN&industry=new-energy", "industry=new-energy&lang=en", &[]);
    check("lang=fr", "", &[unknown(UrlField::Language, "fr")]);
    assert_eq!(language_in_hash("#industry=x&lang=zh"), Some(Language::Chinese));
    assert_eq!(language_in_hash("#lang=xx"), None);
    assert_eq!(language_in_hash(""), None);
}

#[test]
fn the_editor_is_opened_on_a_site_dataset_or_on_the_handed_off_file() {
    assert_eq!(
        editor_hash("briefings.json", None, Language::English),
        "data=briefings.json&lang=en"
    );
    assert_eq!(editor_hash("my data.json", None, Language::Chinese), "data=my%20data.json&lang=zh");
    let site = |name: &str| EditorRequest::SiteDataset(Ok(name.to_string()));
    let opened = editor_hash("other.json", None, Language::Chinese);
    assert_eq!(editor_request(&format!("#{opened}")), site("other.json"));
    assert_eq!(language_in_hash(&format!("#{opened}")), Some(Language::Chinese));
    assert_eq!(editor_briefing(&format!("#{opened}")), None);
    assert_eq!(handoff_hash(None, Language::Chinese), "handoff&lang=zh");
    assert_eq!(
        editor_request(&format!("#{}", handoff_hash(None, Language::English))),
        EditorRequest::Handoff
    );
    assert_eq!(language_in_hash(&handoff_hash(None, Language::English)), Some(Language::English));
    // The briefing the explorer showed, of several, goes with the dataset.
    let second = editor_hash("two-cities.json", Some("harbor city 2025"), Language::English);
    assert_eq!(second, "data=two-cities.json&briefing=harbor%20city%202025&lang=en");
    assert_eq!(editor_request(&format!("#{second}")), site("two-cities.json"));
    assert_eq!(editor_briefing(&format!("#{second}")).as_deref(), Some("harbor city 2025"));
    let handed = handoff_hash(Some("harbor"), Language::Chinese);
    assert_eq!(handed, "handoff&briefing=harbor&lang=zh");
    assert_eq!(editor_request(&handed), EditorRequest::Handoff);
    assert_eq!(editor_briefing(&handed).as_deref(), Some("harbor"));
    assert_eq!(editor_request("#handoff"), EditorRequest::Handoff);
    assert_eq!(editor_request("data=other.json&handoff"), EditorRequest::Handoff);
    assert_eq!(editor_request(""), EditorRequest::Start);
    assert_eq!(editor_request("#handoffs"), EditorRequest::Start);
}

#[test]
fn the_editors_language_switch_sets_lang_and_keeps_the_rest_of_its_address() {
    use briefing_explorer::model::language::Language;
    assert_eq!(hash_with_language("", Language::Chinese), "lang=zh");
    assert_eq!(hash_with_language("#handoff", Language::Chinese), "handoff&lang=zh");
    assert_eq!(
        hash_with_language("data=more.json&lang=zh", Language::English),
        "data=more.json&lang=en"
    );
    assert_eq!(
        hash_with_language("lang=zh&data=more.json", Language::Chinese),
        "data=more.json&lang=zh"
    );
}

#[test]
fn a_handout_prints_a_page_opened_from_disk_by_its_file_name_alone() {
    assert_eq!(
        printed_page_address("https://example.org/briefings/2025/#industry=new-energy"),
        "https://example.org/briefings/2025/"
    );
    assert_eq!(
        printed_page_address("file:///C:/Users/lin/Downloads/briefing-explorer.html#industry=x"),
        "briefing-explorer.html"
    );
    assert_eq!(
        printed_page_address("file:///tmp/briefing-explorer.html"),
        "briefing-explorer.html"
    );
}

/// The editor's "Back to the explorer" goes to the dataset and briefing the editor was opened on,
/// in the editor's language (it went to the site's default dataset, in English).
#[test]
fn back_to_the_explorer_keeps_the_dataset_the_briefing_and_the_language() {
    let back = |hash| explorer_address_from_editor(hash, Language::Chinese);
    assert_eq!(
        back("data=harbor-2024-03.json&briefing=b2&lang=en"),
        "./#data=harbor-2024-03.json&briefing=b2&lang=zh"
    );
    assert_eq!(back("#data=harbor.json"), "./#data=harbor.json&lang=zh");
    assert_eq!(back(""), "./#lang=zh");
    // An opened file's briefing is not the site dataset's.
    assert_eq!(back("handoff&briefing=b2&lang=en"), "./#lang=zh");
    assert_eq!(
        explorer_address_from_editor("data=a.json", Language::English),
        "./#data=a.json&lang=en"
    );
}

#[test]
fn a_slide_the_deck_lacks_is_a_notice_naming_the_deck_and_the_slide_shown() {
    let out_of_range = |asked, slides, shown| UrlNotice::SlideOutOfRange { asked, slides, shown };
    assert_eq!(slide_out_of_range(Some(999), 13), Some(out_of_range(999, 13, 13)));
    assert_eq!(slide_out_of_range(Some(14), 13), Some(out_of_range(14, 13, 13)));
    assert_eq!(slide_out_of_range(Some(0), 13), Some(out_of_range(0, 13, 1)));
    for in_range in [Some(1), Some(13), None] {
        assert_eq!(slide_out_of_range(in_range, 13), None, "{in_range:?}");
    }
    // No deck at all (no briefing in view) has no nearest slide to name.
    assert_eq!(slide_out_of_range(Some(3), 0), None);
    assert_eq!(
        out_of_range(999, 13, 13).describe(&EN),
        "There is no slide 999: the presentation has 13 slides. It opens at slide 13."
    );
    assert_eq!(
        out_of_range(0, 1, 1).describe(&EN),
        "There is no slide 0: the presentation has 1 slide. It opens at slide 1."
    );
    assert_eq!(
        out_of_range(999, 13, 13).describe(&ZH),
        "没有第 999 页：本演示共 13 页，现显示第 13 页。"
    );
}
