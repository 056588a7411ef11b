//! Result links and invitation links (`domain::assessment::share_link`): round trips,
//! refusals, and the lengths docs/file-format.md quotes (`cargo test --test share_link
//! -- --nocapture lengths` prints them).

use keystone::domain::assessment::share_link::{
    decode_invitation, decode_result, encode_invitation, encode_result, find_result_codes, open,
    read_result, result_body, seal, Invitation, LinkError, LINK_LIMIT, MAX_BODY, VERSION,
};
use keystone::domain::assessment::{Area, Assessment};
use keystone::domain::day::Day;

fn day(text: &str) -> Day {
    Day::parse(text).unwrap()
}

fn rated(levels: [u8; 12]) -> Assessment {
    let mut a = Assessment::new(7, day("2026-11-21"));
    for (area, level) in Area::ALL.iter().zip(levels) {
        a.set_rating(*area, (level > 0).then_some(level));
    }
    a
}

/// What a link carries of an assessment (not its id).
fn shared_part(mut a: Assessment) -> Assessment {
    a.id = 0;
    a
}

#[test]
fn every_level_of_every_area_round_trips() {
    for level in 0..=5u8 {
        for (i, area) in Area::ALL.iter().enumerate() {
            let mut levels = [3u8; 12];
            levels[i] = level;
            let a = rated(levels);
            let back = decode_result(&encode_result(&a, false)).unwrap();
            assert_eq!(
                back.rating(*area),
                (level > 0).then_some(level),
                "{area:?} {level}"
            );
            assert_eq!(back, shared_part(a.clone()));
        }
    }
    // Nothing answered at all.
    let empty = rated([0; 12]);
    assert_eq!(
        decode_result(&encode_result(&empty, true))
            .unwrap()
            .answered(),
        0
    );
}

#[test]
fn texts_round_trip_including_emoji_and_right_to_left() {
    let mut a = rated([1, 2, 3, 4, 5, 0, 5, 4, 3, 2, 1, 1]);
    a.respondent = "Anna 👩🏽‍💼 Berg".into();
    a.workshop = "ورشة العمل — סדנה 2026".into();
    a.set_comment(Area::Vision, "שלום, עולם: the vision is 🔭");
    a.set_comment(Area::Negotiation, "مرحبا \"quoted\" <b>not html</b> & more");
    a.set_comment(Area::Process, &"ü".repeat(300));
    let back = decode_result(&encode_result(&a, true)).unwrap();
    assert_eq!(back, shared_part(a.clone()));
    // Without comments: everything else, no comment.
    let bare = decode_result(&encode_result(&a, false)).unwrap();
    assert!(bare.comments.is_empty());
    assert_eq!(bare.respondent, a.respondent);
    assert_eq!(bare.ratings, a.ratings);
}

#[test]
fn dates_far_apart_round_trip() {
    for text in [
        "2000-01-01",
        "1999-12-31",
        "1900-02-28",
        "2026-11-21",
        "2199-12-31",
    ] {
        let mut a = rated([2; 12]);
        a.date = day(text);
        assert_eq!(
            decode_result(&encode_result(&a, false)).unwrap().date,
            a.date
        );
    }
}

#[test]
fn invitations_round_trip() {
    for deadline in [None, Some(day("2026-12-04"))] {
        let inv = Invitation {
            workshop: "Vertrieb Süd 🏔".into(),
            lang: "de".into(),
            deadline,
        };
        assert_eq!(decode_invitation(&encode_invitation(&inv)).unwrap(), inv);
    }
}

#[test]
fn a_result_is_not_an_invitation() {
    let code = encode_result(&rated([3; 12]), false);
    assert_eq!(decode_invitation(&code), Err(LinkError::WrongKind));
    let inv = Invitation {
        workshop: "W".into(),
        lang: "en".into(),
        deadline: None,
    };
    assert_eq!(
        decode_result(&encode_invitation(&inv)),
        Err(LinkError::WrongKind)
    );
}

#[test]
fn one_changed_character_anywhere_is_refused() {
    let mut a = rated([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]);
    a.respondent = "Jo".into();
    let code = encode_result(&a, false);
    for at in 0..code.len() {
        let mut chars: Vec<char> = code.chars().collect();
        chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
        let altered: String = chars.into_iter().collect();
        assert!(decode_result(&altered).is_err(), "position {at}: {altered}");
    }
}

#[test]
fn truncated_codes_are_refused() {
    let mut a = rated([4; 12]);
    a.workshop = "Kick-off".into();
    let code = encode_result(&a, true);
    for len in 0..code.len() {
        assert!(decode_result(&code[..len]).is_err(), "length {len}");
    }
    // A sound check sum over a body that ends early: truncated, not damaged.
    let body = result_body(&a, false);
    let short = seal(&body[..body.len() - 2], false, false);
    assert_eq!(decode_result(&short), Err(LinkError::Truncated));
    // Extra bytes after the last field.
    let mut long = body.clone();
    long.push(0);
    assert_eq!(
        decode_result(&seal(&long, false, false)),
        Err(LinkError::Truncated)
    );
}

#[test]
fn damaged_text_is_refused() {
    assert_eq!(decode_result("not base64 at all!"), Err(LinkError::Damaged));
    assert_eq!(decode_result(""), Err(LinkError::Truncated));
    assert_eq!(decode_result("AAAA"), Err(LinkError::Truncated));
}

#[test]
fn a_link_of_a_newer_version_says_so() {
    // Header of version 2 with a sound check sum.
    let mut bytes = vec![(VERSION + 1) << 4];
    bytes.extend_from_slice(&result_body(&rated([3; 12]), false));
    let crc = crc32(&bytes);
    bytes.extend_from_slice(&crc.to_le_bytes());
    let code = base64_url(&bytes);
    assert_eq!(
        decode_result(&code),
        Err(LinkError::NewerVersion(VERSION + 1))
    );
}

#[test]
fn levels_out_of_range_are_refused() {
    let mut body = result_body(&rated([3; 12]), false);
    // Area 1 to 7 (binary 111).
    body[0] |= 0b111;
    assert_eq!(
        read_result(&body),
        Err(LinkError::LevelOutOfRange),
        "level 7"
    );
    let mut body = result_body(&rated([3; 12]), false);
    body[4] |= 0x80; // an unused bit above the twelve levels
    assert_eq!(read_result(&body), Err(LinkError::LevelOutOfRange));
}

#[test]
fn text_that_is_not_utf8_is_refused() {
    let mut a = rated([3; 12]);
    a.respondent = "ab".into();
    let mut body = result_body(&a, false);
    let at = body.iter().position(|b| *b == b'a').unwrap();
    body[at] = 0xff;
    assert_eq!(read_result(&body), Err(LinkError::NotText));
}

#[test]
fn bodies_larger_than_the_limit_are_refused() {
    let huge = vec![0u8; MAX_BODY + 1];
    assert_eq!(read_result(&huge), Err(LinkError::TooLarge));
}

#[test]
fn the_flags_are_read_back() {
    let sealed = open(&seal(b"xyz", true, true)).unwrap();
    assert!(sealed.invitation && sealed.compressed);
    assert_eq!(sealed.body, b"xyz");
    // A compressed body cannot be read without the browser.
    assert_eq!(
        decode_result(&seal(b"xyz", false, true)),
        Err(LinkError::Damaged)
    );
}

#[test]
fn every_result_code_is_found_in_pasted_text() {
    let a = encode_result(&rated([1; 12]), false);
    let b = encode_result(&rated([2; 12]), false);
    let text = format!(
        "Hi, here: https://example.org/keystone/#/assessment/shared/{a}\n\
         and <https://x.test/#/assessment/shared/{b}>, again #/assessment/shared/{a}.\n\
         not this: #/assessment/join/{b} nor #/assessment/shared/"
    );
    assert_eq!(find_result_codes(&text), vec![a, b]);
    assert!(find_result_codes("nothing here").is_empty());
}

#[test]
fn plus_days_steps_over_months_and_refuses_the_impossible() {
    assert_eq!(day("2024-02-28").plus_days(1), Some(day("2024-02-29")));
    assert_eq!(day("2024-03-01").plus_days(-1), Some(day("2024-02-29")));
    assert_eq!(day("2026-01-01").plus_days(0), Some(day("2026-01-01")));
    assert_eq!(day("2026-01-01").plus_days(i64::MAX), None);
    assert_eq!(day("2026-01-01").plus_days(i64::MIN), None);
    assert_eq!(day("2026-01-01").plus_days(5_000_000), None);
}

/// The lengths docs/file-format.md quotes, and the limit past which the file is
/// offered. The UI compresses bodies of 48 bytes or more, so its links with long
/// comments are shorter than the uncompressed one measured here.
#[test]
fn lengths() {
    let prefix = "https://example.org/keystone/#/assessment/shared/".len();
    let mut a = rated([3, 2, 4, 1, 5, 3, 2, 4, 3, 3, 2, 1]);
    let levels_only = encode_result(&a, false).len();
    a.respondent = "Anna Berg".into();
    a.workshop = "Sales kick-off 2026".into();
    let named = encode_result(&a, false).len();
    for area in Area::ALL {
        a.set_comment(area, &"x".repeat(200));
    }
    let comments = encode_result(&a, true).len();
    println!("levels only: {levels_only} characters");
    println!("with name and workshop: {named} characters");
    println!("with 12 comments of 200 characters, uncompressed: {comments} characters");
    assert!(levels_only <= 24, "{levels_only}");
    assert!(named <= 64, "{named}");
    assert!(prefix + comments > LINK_LIMIT);
}

fn crc32(bytes: &[u8]) -> u32 {
    // The same check sum the links use (IEEE), written out so the test does not
    // borrow the code it checks.
    let mut crc = !0u32;
    for byte in bytes {
        crc ^= u32::from(*byte);
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

fn base64_url(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

#[test]
fn every_refusal_has_its_own_message_in_both_languages() {
    use keystone::i18n::assessment_share::link_error_text;
    use keystone::i18n::Lang;
    let errors = [
        LinkError::Damaged,
        LinkError::Truncated,
        LinkError::NewerVersion(3),
        LinkError::LevelOutOfRange,
        LinkError::NotText,
        LinkError::WrongKind,
        LinkError::TooLarge,
    ];
    for lang in Lang::ALL {
        let texts: Vec<String> = errors
            .iter()
            .map(|e| link_error_text(lang, e, false))
            .collect();
        for (i, t) in texts.iter().enumerate() {
            assert!(!t.is_empty() && !t.contains('{'), "{t}");
            assert!(!texts[..i].contains(t), "{t} twice");
        }
        assert_ne!(
            link_error_text(lang, &LinkError::WrongKind, true),
            link_error_text(lang, &LinkError::WrongKind, false)
        );
    }
    let newer = link_error_text(Lang::En, &LinkError::NewerVersion(3), false);
    assert!(
        newer.contains("newer version") && newer.contains("format 3"),
        "{newer}"
    );
    assert!(
        link_error_text(Lang::De, &LinkError::NewerVersion(3), false).contains("neueren Version")
    );
}

#[test]
fn a_qr_code_gets_a_whole_number_of_pixels_per_module() {
    use keystone::ui::assessment::share::qr_side_px;
    // 45 modules (version 7 and the quiet zone) in 342 px (a 390 px phone): 7 px each.
    assert_eq!(qr_side_px(45, 342.0), 315);
    assert_eq!(qr_side_px(45, 360.0), 360, "exactly 8 px each");
    assert_eq!(qr_side_px(45, 359.9), 315);
    // Every size is a multiple of the module count and fits its room.
    for modules in [21, 29, 45, 57, 185] {
        for room in [200.0, 224.0, 342.0, 738.0, 1000.5] {
            let side = qr_side_px(modules, room);
            assert_eq!(side % modules, 0, "{modules} in {room}");
            assert!(
                f64::from(side) <= room || side == modules,
                "{modules} in {room}"
            );
        }
    }
    // Too little room: one pixel per module rather than nothing; no module count: 1.
    assert_eq!(qr_side_px(45, 10.0), 45);
    assert_eq!(qr_side_px(45, -5.0), 45);
    assert_eq!(qr_side_px(0, 100.0), 100);
    assert_eq!(qr_side_px(45, f64::NAN), 45);
}
