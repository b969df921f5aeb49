//! Embedding a part of a view: the iframe code and the height message.

use briefing_explorer::model::embed::{
    embeddable, iframe_code, page_with_hash, without_hash, Embed, HeightMessage,
};
use briefing_explorer::model::strings::{EN, ZH};

#[test]
fn embed_words_round_trip() {
    for embed in Embed::ALL {
        assert_eq!(Embed::from_url_word(embed.url_word()), Some(embed));
    }
    assert_eq!(Embed::from_url_word("Charts"), None);
}

#[test]
fn each_part_is_named_in_the_interface_language() {
    let labels = |strings| Embed::ALL.map(|embed| embed.label(strings));
    assert_eq!(labels(&EN), ["Charts", "Project cards", "Summary"]);
    assert_eq!(labels(&ZH), ["图表", "项目卡片", "摘要"]);
}

#[test]
fn each_part_says_where_its_source_links_go() {
    let said = |strings| Embed::ALL.map(|embed| embed.source_links_description(strings));
    let [charts, cards, summary] = said(&EN);
    assert_eq!(charts, cards);
    assert!(charts.contains("project’s sentences"), "{charts}");
    assert!(summary.contains("behind the fact"), "{summary}");
    let [charts, _, summary] = said(&ZH);
    assert!(charts.contains("该项目"), "{charts}");
    assert!(summary.contains("这项信息"), "{summary}");
}

#[test]
fn the_height_message_has_a_documented_shape() {
    assert_eq!(
        HeightMessage::new(Embed::Charts, 811.2).to_json(),
        r#"{"type":"briefing-explorer:height","embed":"charts","height":812}"#
    );
    assert_eq!(HeightMessage::new(Embed::Cards, f64::NAN).height, 0);
    assert_eq!(HeightMessage::new(Embed::Summary, -5.0).height, 0);
}

#[test]
fn the_iframe_code_points_at_the_hosted_page_with_the_view() {
    let page = without_hash("https://example.org/briefings/index.html#industry=x");
    assert_eq!(page, "https://example.org/briefings/index.html");
    assert_eq!(without_hash("https://example.org/"), "https://example.org/");
    let code = iframe_code(
        page,
        "industry=new-energy&embed=charts",
        "A \"quoted\" <title> & more",
        Embed::Charts,
    );
    let (frame, script) = code.split_once('\n').expect("the frame, then its script");
    assert_eq!(
        frame,
        "<iframe src=\"https://example.org/briefings/index.html#industry=new-energy&amp;embed=charts\" \
         title=\"A &quot;quoted&quot; &lt;title&gt; &amp; more\" width=\"600\" height=\"640\" \
         style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>"
    );
    // The script sizes the frame from the part's height message, found by its sender.
    assert!(script.starts_with("<script>") && script.ends_with("</script>"), "{script}");
    assert!(script.contains("'briefing-explorer:height'"), "{script}");
    assert!(script.contains("f.contentWindow===e.source"), "{script}");
    assert!(script.contains("f.style.height=e.data.height+'px'"), "{script}");
    assert!(!script.contains([' ', '"']), "{script}");
    // Each part starts at a height of its own, so that a site that strips the script still shows
    // most of it.
    let heights = Embed::ALL.map(|part| {
        let code = iframe_code(page, "embed=x", "t", part);
        code.split("height=\"").nth(1).and_then(|rest| rest.split('"').next()).map(str::to_owned)
    });
    assert_eq!(heights, [Some("640".into()), Some("720".into()), Some("320".into())]);
    // The address alone, for a site that asks for one, keeps its `&` as it is.
    assert_eq!(
        page_with_hash(page, "industry=new-energy&embed=charts"),
        "https://example.org/briefings/index.html#industry=new-energy&embed=charts"
    );
    assert_eq!(page_with_hash(page, ""), "https://example.org/briefings/index.html");
}

#[test]
fn only_a_page_at_a_web_address_can_be_embedded() {
    assert!(embeddable("https://example.org/briefings/index.html"));
    assert!(embeddable("HTTP://127.0.0.1:8080/"));
    assert!(!embeddable("file:///home/me/briefing-explorer.html"));
    assert!(!embeddable("blob:https://example.org/1234"));
    assert!(!embeddable(""));
}
