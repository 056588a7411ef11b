//! Host tests of what every printed page carries in its margins (`ui::paper`).

use keystone::charts::profile::SupplierRatings;
use keystone::i18n::Lang;
use keystone::ui::paper::{
    css_string, footer_css, not_drawn, page_counter_content, page_number_css,
};

#[test]
fn page_numbers_follow_the_ui_language() {
    assert_eq!(
        page_counter_content("Page {page} of {pages}"),
        r#""Page " counter(page) " of " counter(pages)"#
    );
    assert!(page_number_css(Lang::En)
        .contains(r#"@bottom-right { content: "Page " counter(page) " of " counter(pages);"#));
    assert!(page_number_css(Lang::De)
        .contains(r#"content: "Seite " counter(page) " von " counter(pages);"#));
    // A template that starts or ends with a counter, or has no counter at all.
    assert_eq!(
        page_counter_content("{page}/{pages}"),
        r#"counter(page) "/" counter(pages)"#
    );
    assert_eq!(page_counter_content("no {counter}"), r#""no {counter}""#);
}

#[test]
fn a_user_provided_footer_cannot_end_the_css_string_or_the_style_element() {
    assert_eq!(css_string(r#"A "B" \ C"#), r#""A \"B\" \\ C""#);
    assert_eq!(css_string("x\ny"), r#""x\a y""#);
    assert_eq!(
        css_string("</style><script>"),
        r#""\3c /style\3e \3c script\3e ""#
    );
    let css = footer_css("Mein \"Team\"}\n@import url(x);</style>");
    assert!(css.starts_with("@page { @bottom-left { content: \"Mein \\\"Team\\\"}\\a @import url(x);\\3c /style\\3e \";"));
    assert!(!css.contains("</style>"));
}

#[test]
fn competitors_left_out_of_the_radar_are_named_with_the_true_reason() {
    let suppliers = [
        SupplierRatings {
            name: "Us".into(),
            ratings: vec![Some(4.0), Some(3.0)],
        },
        SupplierRatings {
            name: "Competitor North".into(),
            ratings: vec![None, None],
        },
        SupplierRatings {
            name: "Competitor South".into(),
            ratings: vec![None, None],
        },
    ];
    assert_eq!(
        not_drawn(Lang::En, &suppliers, false),
        "Left out of the chart (no ratings): Competitor North, Competitor South."
    );
    // In the client version the ratings exist but are confidential: said without the
    // competitors' names.
    assert_eq!(
        not_drawn(Lang::En, &suppliers, true),
        "Competitors are not shown (their ratings are confidential)."
    );
    assert_eq!(
        not_drawn(Lang::De, &suppliers, true),
        "Wettbewerber werden nicht gezeigt (ihre Bewertungen sind vertraulich)."
    );
    assert_eq!(not_drawn(Lang::En, &suppliers[..1], true), "");
}
