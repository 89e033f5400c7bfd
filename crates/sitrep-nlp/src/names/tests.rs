use super::*;
use crate::tokens::tokenize;

fn names(text: &str) -> Vec<(String, MentionType, Option<String>)> {
    let toks = tokenize(text);
    let sents = crate::sentences::split(text, &[]);
    let ranges = sentence_ranges(&toks, &sents);
    find(text, &toks, &ranges, &HashSet::new(), &[])
        .into_iter()
        .map(|n| {
            (
                text[toks[n.first].span.start..toks[n.last].span.end].to_string(),
                n.mention_type,
                n.entity.and_then(|e| e.code),
            )
        })
        .collect()
}

#[test]
fn a_player_who_beats_a_short_surname_and_prize_and_treaty_words() {
    let got = names("He said Sampras beat Chang at Flushing Meadows. Els finished third.");
    let typed = |s: &str| got.iter().find(|g| g.0 == s).map(|g| g.1);
    assert_eq!(typed("Sampras"), Some(MentionType::PER), "{got:?}");
    assert_eq!(typed("Els"), Some(MentionType::PER), "{got:?}");
    assert_eq!(typed("Flushing Meadows"), Some(MentionType::LOC), "{got:?}");
    let got = names("He said Maldini will captain the side.");
    assert_eq!(got.first().map(|g| g.1), Some(MentionType::PER), "{got:?}");
    let got = names("The Nobel peace prize went to him.");
    assert_eq!(got.first().map(|g| g.1), Some(MentionType::MISC), "{got:?}");
}

#[test]
fn a_name_does_not_run_over_a_line_break() {
    // One "sentence": no period ends the heading lines.
    let text = "Talks on the border\nAmara Diallo\nNew Delhi Mission staff left on Monday.";
    let toks = tokenize(text);
    let found = find(text, &toks, &[(0, toks.len())], &HashSet::new(), &[]);
    for n in found {
        let span = &text[toks[n.first].span.start..toks[n.last].span.end];
        assert!(!span.contains('\n'), "{span:?}");
    }
}

#[test]
fn types_names_by_their_words_places_and_context() {
    let got = names(
        "The climber fell near Zurbriggen Ridge. Rescuers from the Alpine Rescue \
             Association flew to Christchurch. Mark Vinar, 43, is presumed dead, police said. \
             Vinar had climbed in Patagonia with the NZAC. A bomb hit the Zarvani district.",
    );
    let find = |s: &str| got.iter().find(|g| g.0 == s).map(|g| (g.1, g.2.clone()));
    assert_eq!(find("Zurbriggen Ridge"), Some((MentionType::LOC, None)));
    assert_eq!(
        find("Alpine Rescue Association"),
        Some((MentionType::ORG, None))
    );
    assert_eq!(
        find("Christchurch"),
        Some((MentionType::LOC, Some("NZL".to_string())))
    );
    assert_eq!(find("Mark Vinar"), Some((MentionType::PER, None)));
    assert_eq!(find("Vinar"), Some((MentionType::PER, None)));
    assert_eq!(find("Patagonia"), Some((MentionType::LOC, None)));
    assert_eq!(find("NZAC"), Some((MentionType::ORG, None)));
    assert!(find("Rescuers").is_none(), "{got:?}");
    assert_eq!(find("Zarvani"), Some((MentionType::LOC, None)));
}

#[test]
fn a_run_of_prose_words_without_a_person_s_name_is_no_person() {
    for (text, name) in [
        (
            "Prices rose while Advanced Micro has plants of its own.",
            "Advanced Micro",
        ),
        (
            "The paper ran in the journal Nature Astronomy on Monday.",
            "Nature Astronomy",
        ),
    ] {
        let got = names(text);
        let n = got.iter().find(|n| n.0 == name).expect(name);
        assert_ne!(n.1, MentionType::PER, "{got:?}");
    }
    let got = names("Apple showed a new MacBook Pro with a longer battery life.");
    assert!(
        got.iter()
            .any(|n| n.0 == "MacBook Pro" && n.1 == MentionType::MISC),
        "{got:?}"
    );
    for word in ["MacBook", "PowerPoint", "HuffPost", "YouTube"] {
        assert!(is_product_shaped(word), "{word}");
    }
    for word in [
        "McGovern",
        "LaSalle",
        "MacArthur",
        "RoseAnn",
        "DeShawn",
        "Smith",
    ] {
        assert!(!is_product_shaped(word), "{word}");
    }
    // A given name or a surname keeps a run a person's.
    let got = names("Fans queued for hours to watch Young Kim on Friday.");
    assert!(
        got.iter()
            .any(|n| n.0 == "Young Kim" && n.1 == MentionType::PER),
        "{got:?}"
    );
    let got = names("Fans queued for hours to watch Shy Ely on Friday.");
    assert!(
        got.iter()
            .any(|n| n.0 == "Shy Ely" && n.1 == MentionType::PER),
        "{got:?}"
    );
}

#[test]
fn sentence_openers_that_name_no_one_and_given_names_that_do() {
    let has = |text: &str, name: &str, t: MentionType| {
        names(text).iter().any(|n| n.0 == name && n.1 == t)
    };
    // A traded good opening a market report names no one.
    let got = names("Gold was fixed at $ 381.50 an ounce in London on Friday .");
    assert!(got.iter().all(|n| n.0 != "Gold"), "{got:?}");
    let got = names("Copper fell on the London Metal Exchange .");
    assert!(got.iter().all(|n| n.0 != "Copper"), "{got:?}");
    // Nor does a compound of prose words.
    let got = names("Top-ranked North Carolina waited for the result .");
    assert!(got.iter().all(|n| !n.0.starts_with("Top")), "{got:?}");
    // A word of prose before a given name is no part of the name; a
    // given name that is also a word, before a surname, is.
    for (text, name) in [
        ("Dear Abby Weeks answered the letter .", "Abby Weeks"),
        ("Drew Bledsoe threw two touchdown passes .", "Drew Bledsoe"),
        ("Referee Mitch Halpern stopped the fight .", "Mitch Halpern"),
    ] {
        assert!(has(text, name, MentionType::PER), "{:?}", names(text));
    }
    let got = names("In Florida , about half voted .");
    assert!(got.iter().all(|n| n.0 != "In Florida"), "{got:?}");
    // A Korean given name's second syllable may be a word of prose.
    assert!(has(
        "The court jailed Roh Tae-woo on Monday .",
        "Roh Tae-woo",
        MentionType::PER
    ));
    assert!(names("The U.S.-led force moved .")
        .iter()
        .all(|n| !n.0.contains("led")));
}

#[test]
fn group_nouns_closing_words_and_shouted_competitions_type_names() {
    let has = |text: &str, name: &str, t: MentionType| {
        names(text).iter().any(|n| n.0 == name && n.1 == t)
    };
    // A name before an armed group's noun is the group's; so is one
    // before a body's noun, if no given name or lone word of prose.
    assert!(has(
        "Tupac Amaru rebels seized the residence .",
        "Tupac Amaru",
        MentionType::ORG
    ));
    assert!(has(
        "IG Metall union members staged strikes .",
        "IG Metall",
        MentionType::ORG
    ));
    let got = names("Perennial party girl Tara Reid checked in .");
    assert!(got.iter().all(|n| n.0 != "Perennial"), "{got:?}");
    // Closing words.
    for (text, name, t) in [
        (
            "He won at the Ivo Van Damme Memorial meeting .",
            "Ivo Van Damme Memorial",
            MentionType::MISC,
        ),
        (
            "It ordered jets from Airbus Industrie on Monday .",
            "Airbus Industrie",
            MentionType::ORG,
        ),
        (
            "Apple Computer said it would buy a rival .",
            "Apple Computer",
            MentionType::ORG,
        ),
        (
            "He won the National League award twice .",
            "National League",
            MentionType::MISC,
        ),
    ] {
        assert!(has(text, name, t), "{:?}", names(text));
    }
    // A shouted competition, with the people's word before it; the
    // longest event from the right.
    for (text, name) in [
        ("BASEBALL - YANKEES WIN WORLD SERIES .", "WORLD SERIES"),
        (
            "SOCCER - ENGLISH PREMIER LEAGUE RESULTS .",
            "ENGLISH PREMIER LEAGUE",
        ),
        ("TENNIS - RESULTS AT GRAND SLAM CUP .", "GRAND SLAM CUP"),
        (
            "RUGBY LEAGUE - ST HELENS WIN CHALLENGE CUP .",
            "CHALLENGE CUP",
        ),
        (
            "SOCCER - JUVENTUS BEAT RIVER PLATE TO WIN WORLD CLUB CUP .",
            "WORLD CLUB CUP",
        ),
    ] {
        assert!(has(text, name, MentionType::MISC), "{:?}", names(text));
    }
}

#[test]
fn sentence_openers_and_headlines_are_not_names() {
    let got = names("Police said the road was closed. Officials agreed on Monday.");
    assert!(got.is_empty(), "{got:?}");
    let got = names("Climber Dies After Fall On Remote Peak In Storm");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_abbreviated_rank_closing_a_run_is_no_part_of_its_name() {
    let got = names("The briefing was given by Army Lt. Gen. Stephen Townsend today.");
    let got: Vec<_> = got.iter().map(|n| (n.0.as_str(), n.1)).collect();
    assert_eq!(
        got,
        [
            ("Army", MentionType::ORG),
            ("Stephen Townsend", MentionType::PER)
        ]
    );
}

#[test]
fn a_party_word_before_a_title_or_a_full_name_is_a_name_of_its_own() {
    for (text, person) in [
        ("Yesterday Republican Senator Bob Dole lost.", "Bob Dole"),
        ("Yesterday Tory MP Alan Clark spoke.", "Alan Clark"),
        (
            "Yesterday Democrat Elijah Cummings spoke.",
            "Elijah Cummings",
        ),
    ] {
        let got = names(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, MentionType::MISC, "{got:?}");
        assert_eq!((got[1].0.as_str(), got[1].1), (person, MentionType::PER));
    }
    // Not before a word that only looks like a given name.
    let got = names("Protests of the Arab Spring spread.");
    assert_eq!(got[0].0, "Arab Spring", "{got:?}");
}

#[test]
fn a_name_whose_price_moves_by_money_is_a_company() {
    let got = names("Cheung Kong gained 75 cents and Toyota Motor rose 40 yen.");
    assert!(got.iter().all(|n| n.1 == MentionType::ORG), "{got:?}");
    assert_eq!(got.len(), 2, "{got:?}");
    // Not a commodity's word.
    assert!(names("Silver rose 15 cents.")
        .iter()
        .all(|n| n.1 != MentionType::ORG));
}

#[test]
fn a_name_before_a_products_or_works_noun_is_misc() {
    let got = names("Microsoft unveiled the Windows CE software and the Zantac drug sold well.");
    assert!(
        got.contains(&("Windows CE".to_string(), MentionType::MISC, None)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Zantac".to_string(), MentionType::MISC, None)),
        "{got:?}"
    );
    // Not a person's name before it.
    let got = names("It was a Tom Hanks film.");
    assert!(got.iter().all(|n| n.1 != MentionType::MISC), "{got:?}");
}

#[test]
fn a_common_noun_and_its_letter_name_no_one() {
    let got = names("Japan won a Group C match on Friday.");
    assert!(got.iter().all(|n| !n.0.contains("Group")), "{got:?}");
    let got = names("Yesterday Malcolm X spoke.");
    assert_eq!(got[0].0, "Malcolm X", "{got:?}");
}

#[test]
fn an_unknown_possessor_opening_a_sentence_is_a_person() {
    let got = names("Barzani's rivals denied the claim.");
    assert_eq!(got, vec![("Barzani".to_string(), MentionType::PER, None)]);
    // Not a company's name with a capital inside, nor a town's.
    assert!(names("SeaMicro's servers sold well.")
        .iter()
        .all(|n| n.1 != MentionType::PER));
    assert!(names("Chelsea's striker scored.")
        .iter()
        .all(|n| n.1 != MentionType::PER));
}

#[test]
fn a_name_after_a_place_noun_and_of_is_a_place() {
    let got = names("Mortars fell on the village of Kfar Kila on Tuesday.");
    assert_eq!(got, vec![("Kfar Kila".to_string(), MentionType::LOC, None)]);
    // Not a possessor there.
    let got = names("It is the state of Delmore's younger years.");
    assert!(
        got.iter().all(|(_, t, _)| *t != MentionType::LOC),
        "{got:?}"
    );
}

#[test]
fn a_lone_name_after_the_is_a_body_unless_it_modifies_the_next() {
    let got = names("Rates were left alone by the Bundesbank on Thursday.");
    assert_eq!(
        got,
        vec![("Bundesbank".to_string(), MentionType::ORG, None)]
    );
    // "Federal" before a capitalized word is part of a longer name, not one of its own.
    let toks = tokenize("Talks with the Federal Government resumed.");
    let sents = crate::sentences::split("Talks with the Federal Government resumed.", &[]);
    let covered: HashSet<usize> = [4].into_iter().collect();
    let got = find(
        "Talks with the Federal Government resumed.",
        &toks,
        &sentence_ranges(&toks, &sents),
        &covered,
        &[],
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_lone_unknown_word_that_acts_as_a_person_is_one() {
    let got = names(
            "He said that Hardwicke supposedly had problems, and police stopped Kuchmar on Monday. Lebed, who brokered the truce, flew home. Tsegaw signed it. Bhuttar's government fell. Mladicz, the army commander, hid. Then Seles withdrew.",
        );
    for who in [
        "Hardwicke",
        "Kuchmar",
        "Lebed",
        "Tsegaw",
        "Bhuttar",
        "Mladicz",
        // (An "-es" ending after "l" is no plural's.)
        "Seles",
    ] {
        assert!(
            got.iter()
                .any(|(n, t, _)| n == who && *t == MentionType::PER),
            "{who}: {got:?}"
        );
    }
    // Read as tokenized wire copy is: an age in commas, an apposition
    // with a number joined to its words.
    let got = names("Hingward , 16 , reached the final . Ronaldez , the 20-year-old Brazilian striker , scored . Grafton beat Majolik 6-3 4-6 6-0 .");
    for who in ["Hingward", "Ronaldez", "Majolik"] {
        assert!(
            got.iter()
                .any(|(n, t, _)| n == who && *t == MentionType::PER),
            "{who}: {got:?}"
        );
    }
    // Listed between persons; beside one only, it is left alone.
    let got = names("Izetbegovic Alijan , Krajisnar and Zubak Olsen met . Ana Kuchta , Hulunar and Skypar were sold .");
    assert!(
        got.iter()
            .any(|(n, t, _)| n == "Krajisnar" && *t == MentionType::PER),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|(n, t, _)| n == "Hulunar" && *t == MentionType::PER),
        "{got:?}"
    );
    // Not a word shaped unlike a surname, nor a plural, nor after "of".
    let got = names("She told NY1 that Athenians stayed home and PolitiFact examined the province of Acheh, which shook. Twelve people died. Firemen came.");
    assert!(
        got.iter().all(|(_, t, _)| *t != MentionType::PER),
        "{got:?}"
    );
}

#[test]
fn a_name_whose_apposition_is_a_body_s_noun_is_a_body() {
    let got = names("Investors bought Kestrelware, a maker of chips, and Olafsson Brygg, a Danish brewer group.");
    for body in ["Kestrelware", "Olafsson Brygg"] {
        assert!(
            got.iter()
                .any(|(n, t, _)| n == body && *t == MentionType::ORG),
            "{body}: {got:?}"
        );
    }
    // The noun must head the apposition, and a given name opens a person's.
    let got = names("He met Tsegaw Brygg, a party member, and John Kestrel, a company man.");
    assert!(
        got.iter().all(|(_, t, _)| *t == MentionType::PER),
        "{got:?}"
    );
}

#[test]
fn a_lone_census_name_reads_as_a_person() {
    // Mid-sentence, at a sentence's start, and with a possessive.
    let got = names("Police stopped Okafor near the bridge. Hansbrough scored twice. The video showed Villa's bail terms.");
    for who in ["Okafor", "Hansbrough", "Villa"] {
        assert!(
            got.iter()
                .any(|(n, t, _)| n == who && *t == MentionType::PER),
            "{who}: {got:?}"
        );
    }
    // A surname of another language, by its ending.
    let got = names("Reforms came under Berdymukhamedov's rule, and Kovalenko agreed.");
    for who in ["Berdymukhamedov", "Kovalenko"] {
        assert!(
            got.iter()
                .any(|(n, t, _)| n == who && *t == MentionType::PER),
            "{who}: {got:?}"
        );
    }
    // Joined to a body's name, a body.
    let got = names("Prices were cut by Kestrel Motors Corp. and Weitz on Monday.");
    assert!(
        got.contains(&("Weitz".to_string(), MentionType::ORG, None)),
        "{got:?}"
    );
    // Not a word of English prose, nor one after an article (an award's
    // name there, `awards.txt`), nor an abbreviation.
    let got = names("He scored an Oscar nod for it, and spoke of Hope in Tupelo, Miss., today.");
    let got: Vec<_> = got.into_iter().filter(|(n, _, _)| n != "Tupelo").collect();
    assert_eq!(
        got,
        [("Oscar".to_string(), MentionType::MISC, None)],
        "{got:?}"
    );
}

#[test]
fn a_month_that_is_a_given_name_opens_a_name() {
    let got = names("He beat Jan Siemerink on Monday, and talks end on June 5.");
    assert_eq!(
        got,
        vec![("Jan Siemerink".to_string(), MentionType::PER, None)]
    );
}

#[test]
fn words_of_a_web_address_say_nothing_of_how_the_article_writes_them() {
    // (Each line its own paragraph, as the layout reads a page.)
    let text = "http: / / www. example. com / news / marla - vostrikova - wins\nMarla Vostrikova won the race.";
    let at = text.find('\n').unwrap();
    assert_typed(
        &in_paragraphs(text, &[at]),
        &["Marla Vostrikova"],
        MentionType::PER,
    );
}

#[test]
fn an_acronym_in_brackets_is_the_name_s_before_it() {
    let got =
        names("Runners of the Harlow Marathon (HM) met on Sunday; HM officials expect 9,000.");
    assert_typed(&got, &["Harlow Marathon", "HM"], MentionType::MISC);
    assert!(
        !got.iter().any(|(_, t, _)| *t == MentionType::ORG),
        "{got:?}"
    );
    // Letters that are not the name's initials stay the acronym's own.
    let got = names("Runners of the Harlow Marathon (KLF) met on Sunday.");
    assert_typed(&got, &["KLF"], MentionType::ORG);
}

#[test]
fn a_nickname_in_quotes_parts_a_person_s_three_names() {
    let got = names(
        "Police said Salvatore \"The Hammer\" Brandolini was held. Brandolini's lawyer spoke.",
    );
    let wanted = ["Salvatore", "The Hammer", "Brandolini"];
    assert_eq!(
        got.iter()
            .filter(|(n, t, _)| wanted.contains(&n.as_str()) && *t == MentionType::PER)
            .count(),
        4,
        "{got:?}"
    );
}

#[test]
fn a_headline_holds_the_longest_name_the_article_types() {
    let text = "Pellworth Maid Dairy Building Was Sold\nThe old Pellworth Maid Dairy warehouse burned on Tuesday.";
    let got = in_paragraphs(text, &[text.find('\n').unwrap()]);
    let dairies = got
        .iter()
        .filter(|(n, t, _)| n == "Pellworth Maid Dairy" && *t == MentionType::ORG)
        .count();
    assert_eq!(dairies, 2, "{got:?}");
}

#[test]
fn the_word_that_opens_a_team_s_name_is_the_team() {
    let got = names("The Whitlock Bluejays won 65-53. Nobody could make Whitlock sweat.");
    let typed: Vec<_> = got.iter().filter(|(n, _, _)| n == "Whitlock").collect();
    assert!(
        !typed.is_empty() && typed.iter().all(|(_, t, _)| *t == MentionType::ORG),
        "{got:?}"
    );
}

#[test]
fn a_lone_surname_by_its_shape_and_what_it_does() {
    let missed = [
        // A surname's prefix before a second capital, and an -es ending.
        (
            "He said DeVallance previously hosted the show.",
            "DeVallance",
        ),
        ("DeVallance herself announced the news.", "DeVallance"),
        // Two such words that act together.
        (
            "Zadorin and Merovic added that the show would go on.",
            "Zadorin",
        ),
        // A sentence's closing dot is no abbreviation's.
        ("Paramedics treated Kathira.", "Kathira"),
        // A possessive's bare mark after an s.
        (
            "The officer charged with Alexandros' murder was suspended.",
            "Alexandros",
        ),
        // A small town named like a surname, acting as a person.
        (
            "Police stopped the car, but LaSalle refused to comply.",
            "LaSalle",
        ),
    ]
    .into_iter()
    .filter(|(text, name)| {
        !names(text)
            .iter()
            .any(|(n, t, _)| n == name && *t == MentionType::PER)
    })
    .collect::<Vec<_>>();
    assert!(missed.is_empty(), "{missed:?}");
}

#[test]
fn a_word_with_a_capital_inside_is_a_firm_unless_a_thing_or_a_handle() {
    let got = names("They will acquire KestroNet for $300 million; KestroNet has 80 employees.");
    assert_typed(&got, &["KestroNet"], MentionType::ORG);
    for text in [
        "He bought a new KestroNet on Friday.",
        "Follow him on Twitter @KestroNet today.",
    ] {
        let got = names(text);
        assert!(
            !got.iter()
                .any(|(n, t, _)| n == "KestroNet" && *t == MentionType::ORG),
            "{got:?}"
        );
    }
}

#[test]
fn a_town_before_its_us_state_is_a_place() {
    let got = names("He escaped on the way to Pellston, Texas, last year.");
    assert_typed(&got, &["Pellston"], MentionType::LOC);
    let got = names("The mayor of Whitlock, Mass., resigned on Friday.");
    assert_typed(&got, &["Whitlock"], MentionType::LOC);
    let got = names("Jets land at one near Teterford, N.J., the airport of choice.");
    assert_typed(&got, &["Teterford"], MentionType::LOC);
    // A postal code is no state there: "MD" after a name is a degree.
    let got = names("Obama nominated Reginald Bexley, MD, a family physician.");
    assert_typed(&got, &["Reginald Bexley"], MentionType::PER);
}

#[test]
fn a_province_the_gazetteer_lacked_is_a_place() {
    // (From regions.tsv: ISO 3166-2's provinces and states.)
    let got = names("The quake struck the mountains of Aceh, and Maharashtra felt it too.");
    assert_typed(&got, &["Aceh", "Maharashtra"], MentionType::LOC);
}

#[test]
fn the_other_end_of_a_route_makes_a_place() {
    let got = names("It was felt from Bener Meriah to Jakarta on Tuesday.");
    assert_typed(&got, &["Bener Meriah"], MentionType::LOC);
}

#[test]
fn a_run_of_prose_words_names_a_thing_not_a_person() {
    for name in ["Catching Fire", "Bathing Beauty"] {
        let got = names(&format!("The studio set a date for {name} on Monday."));
        assert_typed(&got, &[name], MentionType::MISC);
    }
    // A short word of prose may open a Chinese name.
    let got = names("In the final Susanti beat Ye Zhaoying 11-6 11-8.");
    assert_typed(&got, &["Ye Zhaoying"], MentionType::PER);
}

#[test]
fn a_given_name_and_a_surname_stand_out_in_a_title_case_headline() {
    let text = "Legendary Aquatic Musical Star Esther Williams Dies At 91";
    assert_typed(
        &in_paragraphs(text, &[]),
        &["Esther Williams"],
        MentionType::PER,
    );
}

/// The names of `text` read as paragraphs that end at the byte offsets
/// `breaks` (a line break each), as the layout hands a page over.
fn in_paragraphs(text: &str, breaks: &[usize]) -> Vec<(String, MentionType, Option<String>)> {
    let toks = tokenize(text);
    let mut paragraphs = Vec::new();
    let mut start = 0;
    for &b in breaks.iter().chain([&text.len()]) {
        paragraphs.push(Span { start, end: b });
        start = b + 1;
    }
    let ranges = sentence_ranges(&toks, &crate::sentences::split(text, &paragraphs));
    find(text, &toks, &ranges, &HashSet::new(), &[])
        .into_iter()
        .map(|n| {
            let name = &text[toks[n.first].span.start..toks[n.last].span.end];
            (name.to_string(), n.mention_type, None)
        })
        .collect()
}

/// Asserts each of `wanted` is among `got`, typed `t`.
fn assert_typed(got: &[(String, MentionType, Option<String>)], wanted: &[&str], t: MentionType) {
    for w in wanted {
        assert!(
            got.iter().any(|(n, nt, _)| n == w && *nt == t),
            "{w} as {t:?}: {got:?}"
        );
    }
}

#[test]
fn the_players_in_a_scoreboard_row_are_people() {
    let got = names("Zimbabwe first innings\nA. Flower c Ostwald b Vaas 12\nH. Streak not out 4\nBowling : Vaas 14-3-40-1 , Trelawney 25-6-58-2");
    assert_typed(
        &got,
        &["A. Flower", "Ostwald", "Vaas", "H. Streak", "Trelawney"],
        MentionType::PER,
    );
    assert!(!got.iter().any(|(n, _, _)| n == "Bowling"), "{got:?}");
    // Initials count as one word each: "A. J. Burnett" is a person's name.
    let got = names("The Yankees signed A. J. Burnett on Friday.");
    assert_typed(&got, &["A. J. Burnett"], MentionType::PER);
}

#[test]
fn a_scorer_with_his_minute_is_a_person() {
    let got = names("Kestrelton 3 ( Ostrander 12 , Mabry 47 ) Brackwell 1 ( Pell 32 )\nScorers : Trelawney 23 , Vinar 55 pen .");
    assert_typed(
        &got,
        &["Ostrander", "Mabry", "Pell", "Trelawney", "Vinar"],
        MentionType::PER,
    );
    assert_typed(&got, &["Brackwell"], MentionType::ORG);
}

#[test]
fn a_side_in_a_results_row_is_a_club() {
    let text = "Results on Sunday\nFeyenoord 2 Vitesse Arnhem 0 (aet)\nKestrelton 74 62 .544 -";
    let toks = tokenize(text);
    let lines: Vec<(usize, usize)> = vec![(0, 3), (3, 12), (12, toks.len())];
    let got: Vec<(String, MentionType)> = find(text, &toks, &lines, &HashSet::new(), &[])
        .into_iter()
        .map(|n| {
            let name = &text[toks[n.first].span.start..toks[n.last].span.end];
            (name.to_string(), n.mention_type)
        })
        .collect();
    // Scorers in parentheses, and a full stop closing the row.
    let row =
        names("Brackwell 2 (Ostrander 34, Pell 71) Kestrel Athletic 1 (Mabry 55) . Halftime 1-0");
    assert_typed(&row, &["Brackwell", "Kestrel Athletic"], MentionType::ORG);
    for club in ["Feyenoord", "Vitesse Arnhem", "Kestrelton"] {
        assert!(
            got.contains(&(club.to_string(), MentionType::ORG)),
            "{club}: {got:?}"
        );
    }
    // Not a model's number in a sentence.
    let got = names("He flew a Boeing 747 to Paris.");
    assert!(
        !got.iter().any(|(_, t, _)| *t == MentionType::ORG),
        "{got:?}"
    );
}

#[test]
fn a_player_s_position_before_his_name_is_no_part_of_it() {
    let got = names(
        "Did Not Practice:\nS Malcolm Jessup (knee)\nDT Anthony Vartan (ankle)\n\
         LB Danny Pruett (hamstring)",
    );
    assert_typed(
        &got,
        &["Malcolm Jessup", "Anthony Vartan", "Danny Pruett"],
        MentionType::PER,
    );
    let got = names("The Hawks signed QB Marcus Tellwell on Monday.");
    assert_typed(&got, &["Marcus Tellwell"], MentionType::PER);
}

#[test]
fn a_common_noun_and_its_number_name_nothing() {
    let got = names("Capaldi will star in Series 8 of the show, and the Hawks won Game 7 at home.");
    for word in ["Series", "Game"] {
        assert!(!got.iter().any(|g| g.0 == word), "{word}: {got:?}");
    }
    assert_typed(&got, &["Capaldi"], MentionType::PER);
}

#[test]
fn a_work_named_by_a_word_of_a_work_is_the_same_work_quoted_elsewhere() {
    let got = names(
        "Greer joined the series \"Doctor Marlow\" in May. She has been a guest on \
         \"Doctor Marlow\" before. Fans shared their love for \"Doctor Marlow,\" including Tomas Brenner.",
    );
    let works = got
        .iter()
        .filter(|g| g.0 == "Doctor Marlow" && g.1 == MentionType::MISC)
        .count();
    assert_eq!(works, 3, "{got:?}");
    // A show one appears on.
    let got = names("Brenner has appeared on \"Night Harbor Tales\" twice.");
    assert_typed(&got, &["Night Harbor Tales"], MentionType::MISC);
}

#[test]
fn a_quoted_title_may_hold_a_possessive() {
    let got = names("Marlow directed the film \"Vettori's Promise\" in 1993.");
    assert_typed(&got, &["Vettori's Promise"], MentionType::MISC);
}

#[test]
fn an_acronym_of_common_nouns_names_nothing() {
    let got = names("Brenner was placed on injured reserve (IR) on Monday. The IR list grew.");
    assert!(!got.iter().any(|g| g.0 == "IR"), "{got:?}");
    // One that spells a name is that name's.
    let got = names("He joined the Kestrel Valley Authority (KVA) last year.");
    assert_typed(&got, &["KVA"], MentionType::ORG);
}

#[test]
fn words_shouted_together_are_no_acronyms() {
    let got = names("BREAKING NEWS - 3 DEAD after a fire at the bank");
    assert!(got.is_empty(), "{got:?}");
    // Alone, a shouted word is as often a body's.
    let got = names("He was killed in a shootout with a SWAT team.");
    assert_typed(&got, &["SWAT"], MentionType::ORG);
}

#[test]
fn a_town_named_like_a_surname_that_is_treated_as_a_person_is_one() {
    // "Lopez" is a census surname and a small town's name.
    for text in [
        "The gang leader allegedly ordered Lopez to fire.",
        "In October 2011, Lopez and his brother were arrested.",
        "The jury met again. Lopez's sentence date is May 7.",
    ] {
        let got = names(text);
        assert_typed(&got, &["Lopez"], MentionType::PER);
    }
}

#[test]
fn acronyms_only_name_a_body() {
    let got = names("The deal closed in May, and EYQ MCF is headquartered in Boston.");
    assert_typed(&got, &["EYQ MCF"], MentionType::ORG);
}

#[test]
fn an_acronym_may_spell_every_word_before_it() {
    let got = names("He pressed the emergency power off (EPO) button.");
    assert!(!got.iter().any(|g| g.0 == "EPO"), "{got:?}");
}

#[test]
fn a_name_after_a_street_and_a_comma_is_its_town() {
    let got = names("The bodies were found in Harlow Street, Brenfield, on Saturday.");
    assert_typed(&got, &["Brenfield"], MentionType::LOC);
}

#[test]
fn a_make_and_model_after_its_year_and_a_colour() {
    let got = names("Witnesses saw a grey 2013 Vantor Kestrel speeding away.");
    assert_typed(&got, &["Vantor Kestrel"], MentionType::MISC);
}

#[test]
fn a_corridor_is_a_place() {
    let got = names("The ships sailed through the Kestrel Transit Corridor on Monday.");
    assert_typed(&got, &["Kestrel Transit Corridor"], MentionType::LOC);
}
