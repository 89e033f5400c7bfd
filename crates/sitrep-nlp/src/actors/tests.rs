use super::*;
use crate::{sentences, tokens};

/// The mention layer of `text`, as published on 6 November 2023.
fn found(text: &str) -> Vec<Mention> {
    found_framed(text, &[])
}

/// The same with `framing` as the article's headline and dateline.
fn found_framed(text: &str, framing: &[&str]) -> Vec<Mention> {
    let kb = KnowledgeBase::embedded();
    let toks = tokens::tokenize(text);
    let sents = sentences::split(text, &[]);
    find(
        text,
        &toks,
        &sents,
        &kb,
        jiff::civil::date(2023, 11, 6),
        framing,
    )
}

fn mentions(text: &str) -> Vec<(String, Option<String>, Option<String>, bool)> {
    found(text)
        .into_iter()
        .map(|m| {
            let e = m.entity.as_ref();
            (
                m.span.text(text).to_string(),
                e.and_then(|e| e.code.clone()),
                e.map(|e| e.name.clone()),
                m.modifier,
            )
        })
        .collect()
}

fn find_text<'a>(
    ms: &'a [(String, Option<String>, Option<String>, bool)],
    text: &str,
) -> &'a (String, Option<String>, Option<String>, bool) {
    ms.iter()
        .find(|m| m.0 == text)
        .unwrap_or_else(|| panic!("no mention {text:?} in {ms:?}"))
}

/// The CoNLL-style names of a text: (text, type).
fn names_of(text: &str) -> Vec<(String, MentionType)> {
    let kb = KnowledgeBase::embedded();
    let ms = found(text);
    named_spans(text, &ms, &kb)
        .into_iter()
        .map(|(span, t)| (span.text(text).to_string(), t))
        .collect()
}

/// Whether `names` holds `text` typed `t`.
fn has(names: &[(String, MentionType)], text: &str, t: MentionType) -> bool {
    names.iter().any(|(n, nt)| n == text && *nt == t)
}

#[test]
fn a_name_before_a_firm_s_office_and_its_holder_is_the_firm() {
    for text in [
        "Shares rose after Brightwater CEO Dana Kowalczyk spoke on Monday.",
        "``We are not in a hurry,'' Summit CEO Rob Friedman told reporters.",
        "Orvell CEO Ines Baptiste resigned.",
    ] {
        let ns = names_of(text);
        let firm = text
            .split_whitespace()
            .take_while(|w| *w != "CEO")
            .last()
            .unwrap();
        assert!(has(&ns, firm, MentionType::ORG), "{text}: {ns:?}");
        assert!(
            !ns.iter().any(|(n, t)| n == firm && *t != MentionType::ORG),
            "{ns:?}"
        );
    }
    // Not a word that qualifies the office, nor one that opens the sentence.
    let ns = names_of("Former CEO Rob Friedman left the company.");
    assert!(!ns.iter().any(|(n, _)| n == "Former"), "{ns:?}");
    // Nor a word before "of" or "State" that `offices.txt` makes title words.
    let ns = names_of("Her cousin was hurt on the deck of the Empire State Building in 1997.");
    assert!(!has(&ns, "Empire", MentionType::ORG), "{ns:?}");
    let ns = names_of("His pledge was the Strategic Defense Initiative, a plan to build a shield.");
    assert!(!has(&ns, "Strategic", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_town_named_like_a_surname_beside_a_person_is_one() {
    for (text, pair) in [
        (
            "Stewart and Atherton put on 85 for the first wicket.",
            ["Stewart", "Atherton"],
        ),
        (
            "He was at a 1972 meeting with Mitchell and Nixon aide Jeb Magruder.",
            ["Mitchell", "Nixon"],
        ),
        (
            "The jury heard that Lopez and Carrasquillo were targeting rivals.",
            ["Lopez", "Carrasquillo"],
        ),
    ] {
        let ns = names_of(text);
        for name in pair {
            assert!(has(&ns, name, MentionType::PER), "{text}: {ns:?}");
        }
    }
    // Not a town and its state after a comma.
    let ns = names_of("Judge Carlton Reeves ruled in Jackson, Miss., on Thursday.");
    assert!(
        !ns.iter()
            .any(|(n, t)| n.starts_with("Miss") && *t == MentionType::PER),
        "{ns:?}"
    );
}

#[test]
fn shouted_headlines_keep_a_name_s_small_words_products_and_players() {
    let ns = names_of("BANK OF JAPAN HOLDS RATES STEADY");
    assert!(has(&ns, "BANK OF JAPAN", MentionType::ORG), "{ns:?}");
    let ns = names_of("TRINIDAD AND TOBAGO HOLD CUBA");
    assert!(has(&ns, "TRINIDAD AND TOBAGO", MentionType::LOC), "{ns:?}");
    let ns = names_of("SONY PROFIT UP 60 PCT ON PLAYSTATION SALES");
    assert!(has(&ns, "PLAYSTATION", MentionType::MISC), "{ns:?}");
    // In a golf headline a town named like a surname is the player,
    // save after "AT"; in a team sport's it stays the club's town.
    let ns = names_of("GOLF - NORMAN LEADS BY TWO AT AKRON");
    assert!(has(&ns, "NORMAN", MentionType::PER), "{ns:?}");
    let ns = names_of("GOLF - FALDO LEADS AT NORMAN");
    assert!(has(&ns, "NORMAN", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_player_s_position_and_a_body_s_word_opening_a_sentence() {
    let ns = names_of("Quarterback Dale Kowalczyk threw three touchdown passes.");
    assert!(has(&ns, "Dale Kowalczyk", MentionType::PER), "{ns:?}");
    let ns = names_of("Transportation Department officials said they were looking into it.");
    assert!(
        has(&ns, "Transportation Department", MentionType::ORG),
        "{ns:?}"
    );
    // Not a function word, nor a shouted headline's words.
    let ns = names_of("The Department said so.");
    assert!(!ns.iter().any(|(n, _)| n.starts_with("The")), "{ns:?}");
    let ns = names_of("BREAKING NEWS - THREE DEAD IN FIRE");
    assert!(!has(&ns, "BREAKING NEWS", MentionType::ORG), "{ns:?}");
}

#[test]
fn gulfs_publications_facilities_and_bodies_that_which_describes() {
    // "the Gulf" is the Persian Gulf, but not in "the Gulf of Mexico".
    let ns = names_of("Oil spilled into the Gulf of Mexico, far from the Gulf.");
    assert!(has(&ns, "Gulf of Mexico", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Gulf", MentionType::LOC), "{ns:?}");
    let ns = names_of("In an interview with Time magazine, she said she was tired.");
    assert!(has(&ns, "Time", MentionType::ORG), "{ns:?}");
    let ns = names_of("He wrote for an Atlanta newspaper and a Jewish weekly.");
    assert!(has(&ns, "Atlanta", MentionType::LOC), "{ns:?}");
    assert!(!ns.iter().any(|(_, t)| *t == MentionType::ORG), "{ns:?}");
    let ns = names_of("Engineers cooled the reactors at the Fukushima Daiichi nuclear plant.");
    assert!(has(&ns, "Fukushima Daiichi", MentionType::LOC), "{ns:?}");
    let ns = names_of("Brevanta, which owned the rig, said it was not liable.");
    assert!(has(&ns, "Brevanta", MentionType::ORG), "{ns:?}");
    let ns = names_of("Deputies escorted Murray from the courtroom.");
    assert!(has(&ns, "Murray", MentionType::PER), "{ns:?}");
}

#[test]
fn a_storm_a_phone_s_software_and_a_title_closed_after_the_stop() {
    let ns = names_of("Tropical Storm Fay dumped rain on Florida.");
    assert!(has(&ns, "Tropical Storm Fay", MentionType::MISC), "{ns:?}");
    let ns = names_of("Nokia will use its Windows Phone software, and a former eBay chief joined.");
    assert!(has(&ns, "Windows Phone", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "eBay", MentionType::ORG), "{ns:?}");
    let ns = names_of("He is the star of the BBC series \" Harbour Lights . \"");
    assert!(has(&ns, "Harbour Lights", MentionType::MISC), "{ns:?}");
}

#[test]
fn an_agency_s_administration_a_share_in_zlotys_and_general_electric() {
    let ns = names_of("The Federal Highway Administration said it had received 37 complaints.");
    assert!(
        has(&ns, "Federal Highway Administration", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("Wolmarex rose 2.5 zlotys to 30.5 on news of a licence.");
    assert!(!has(&ns, "Wolmarex", MentionType::PER), "{ns:?}");
    let ns = names_of("General Electric said third-quarter profit rose 11 percent.");
    assert!(has(&ns, "General Electric", MentionType::ORG), "{ns:?}");
}

#[test]
fn awards_shows_brothers_and_a_title_after_a_competition() {
    let ns = names_of("The singer won five Grammy awards for her album.");
    assert!(has(&ns, "Grammy", MentionType::MISC), "{ns:?}");
    let ns = names_of("He was fired from the CBS comedy \" Three Men and a Lighthouse . \"");
    assert!(
        has(&ns, "Three Men and a Lighthouse", MentionType::MISC),
        "{ns:?}"
    );
    let ns = names_of("Warner Bros said production would not resume.");
    assert!(has(&ns, "Warner Bros", MentionType::ORG), "{ns:?}");
    let ns = names_of("Quarterback Drew Brees was named the Super Bowl MVP.");
    assert!(has(&ns, "Super Bowl", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_title_of_one_common_word_right_after_another_title() {
    let ns = names_of("The star of \"Lantern Keeper\" and \"Ghost\" was 57.");
    assert!(has(&ns, "Lantern Keeper", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Ghost", MentionType::MISC), "{ns:?}");
    let ns = names_of("He had just finished filming \"The Iron Orchard.\"");
    assert!(has(&ns, "The Iron Orchard", MentionType::MISC), "{ns:?}");
    // Alone, a quoted common word is no title.
    let ns = names_of("The star of the film said \"Ghost\" was the word.");
    assert!(!has(&ns, "Ghost", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_company_opens_a_title_case_headline() {
    for (text, firm) in [
        ("Microsoft Rushes Out Fix For Browser Flaw", "Microsoft"),
        ("Intel Cuts Chip Prices Again After Weak Quarter", "Intel"),
    ] {
        let ns = names_of(text);
        assert!(has(&ns, firm, MentionType::ORG), "{text}: {ns:?}");
    }
}

#[test]
fn a_club_s_nickname_in_a_sports_headline_after_the_or_before_a_title() {
    let ns = names_of("BASKETBALL - BULLS BEAT KNICKS FOR 20TH WIN .");
    assert!(has(&ns, "BULLS", MentionType::ORG), "{ns:?}");
    let ns = names_of("AMERICAN FOOTBALL - COWBOYS EDGE EAGLES 21-19 .");
    assert!(has(&ns, "EAGLES", MentionType::ORG), "{ns:?}");
    // After "the", not the warplanes of `generic.tsv`.
    let ns = names_of("Tom Kowalczyk spent three seasons with the Jets before retiring.");
    assert!(has(&ns, "Jets", MentionType::ORG), "{ns:?}");
    let ns = names_of("Colts coach Dan Nowak said his side made too many mistakes.");
    assert!(has(&ns, "Colts", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_product_s_model_number_and_a_competition_s_year_belong_to_the_name() {
    let ns = names_of("Sales of Windows 95 beat forecasts, the company said.");
    assert!(has(&ns, "Windows 95", MentionType::MISC), "{ns:?}");
    let ns = names_of("Germany won Euro 96 at Wembley in June.");
    assert!(has(&ns, "Euro 96", MentionType::MISC), "{ns:?}");
    // A size or a count after the product is no model.
    let ns = names_of("The new MacBook Pro 17-inch costs more.");
    assert!(has(&ns, "MacBook Pro", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_ship_beside_a_vessel_noun_and_a_body_s_fleet() {
    let ns = names_of("Pirates seized the Northern Dawn , a Greek oil tanker , off Kenya .");
    assert!(has(&ns, "Northern Dawn", MentionType::MISC), "{ns:?}");
    let ns = names_of("The ferry Baltic Rose sank in a storm.");
    assert!(has(&ns, "Baltic Rose", MentionType::MISC), "{ns:?}");
    let ns = names_of("The U.S. Navy 's Fifth Fleet said it was watching the ship .");
    assert!(has(&ns, "U.S. Navy", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Fifth Fleet", MentionType::ORG), "{ns:?}");
    let ns = names_of("Gas exports to Western Europe rose in November.");
    assert!(has(&ns, "Western Europe", MentionType::LOC), "{ns:?}");
}

#[test]
fn craft_awards_founders_and_an_organization_s_body() {
    let ns = names_of("The agency said its Perseverance rover had drilled a second rock sample .");
    assert!(has(&ns, "Perseverance", MentionType::MISC), "{ns:?}");
    let ns = names_of("Her role in the war drama earned her an Oscar nomination last year .");
    assert!(has(&ns, "Oscar", MentionType::MISC), "{ns:?}");
    let ns = names_of("He won the Tony for best actor in a musical .");
    assert!(has(&ns, "Tony", MentionType::MISC), "{ns:?}");
    let ns = names_of("Tony Blair met the president on Friday .");
    assert!(has(&ns, "Tony Blair", MentionType::PER), "{ns:?}");
    let ns = names_of("Harmony founder Dana Whitcombe said the deal was done .");
    assert!(has(&ns, "Harmony", MentionType::ORG), "{ns:?}");
    let ns = names_of("The EU Naval Force said the crew of the freighter was safe .");
    assert!(has(&ns, "EU Naval Force", MentionType::ORG), "{ns:?}");
    let ns = names_of("Melting sea ice in the Arctic has shrunk the bears ' range .");
    assert!(has(&ns, "Arctic", MentionType::LOC), "{ns:?}");
    let ns = names_of("The probe is due to reach Jupiter in 2031 .");
    assert!(has(&ns, "Jupiter", MentionType::LOC), "{ns:?}");
}

#[test]
fn saints_abbreviated_adjectives_of_a_seat_parties_and_teams() {
    let ns = names_of(
        "The flight from St. Paul landed late, said Dana Whitcombe of Fairview Financial.",
    );
    assert!(has(&ns, "St. Paul", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Fairview Financial", MentionType::ORG), "{ns:?}");
    let ns = names_of("The Santa Barbara-based chain said sales fell.");
    assert!(ns.is_empty(), "{ns:?}");
    let ns = names_of("A veteran Ohio GOP organizer said the Presumptive GOP nominee had called.");
    assert!(has(&ns, "Ohio GOP", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "GOP", MentionType::ORG), "{ns:?}");
    assert!(!has(&ns, "Presumptive GOP", MentionType::ORG), "{ns:?}");
    let ns = names_of("Her memoir came out from Hollister Publishing in May.");
    assert!(has(&ns, "Hollister Publishing", MentionType::ORG), "{ns:?}");
    let ns = names_of("She skied for the Canadian Alpine Team for six seasons.");
    assert!(has(&ns, "Canadian Alpine Team", MentionType::ORG), "{ns:?}");
}

#[test]
fn court_cases_point_releases_capes_and_federal_agencies() {
    let ns = names_of("The justices cited Tinker v. Des Moines in their ruling .");
    assert!(
        has(&ns, "Tinker v. Des Moines", MentionType::MISC),
        "{ns:?}"
    );
    let ns = names_of("The Denver vs. Dallas game starts at noon .");
    assert!(has(&ns, "Denver", MentionType::LOC), "{ns:?}");
    let ns = names_of("Users of Windows 8.1 were told to update by Friday .");
    assert!(has(&ns, "Windows 8.1", MentionType::MISC), "{ns:?}");
    let ns = names_of("The boat sank off Cape Hatteras , and the CDC sent a team .");
    assert!(has(&ns, "Cape Hatteras", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "CDC", MentionType::ORG), "{ns:?}");
    let ns = names_of("Dutch rider Peter Vos of Zonnebank won Liege-Bastogne-Liege on Sunday .");
    assert!(has(&ns, "Zonnebank", MentionType::ORG), "{ns:?}");
    assert!(
        has(&ns, "Liege-Bastogne-Liege", MentionType::MISC),
        "{ns:?}"
    );
    let ns = names_of("Divers reached the Ocean Ranger rig , and WikiLeaks said so .");
    assert!(has(&ns, "Ocean Ranger", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "WikiLeaks", MentionType::ORG), "{ns:?}");
    let ns =
        names_of("Ken Marsh of Harbor Sports reports that the Libertarian nominee will not win .");
    assert!(has(&ns, "Harbor Sports", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Libertarian", MentionType::MISC), "{ns:?}");
    let ns = names_of(
        "Deputies stopped a 2011 Dodge Charger on Route 9 , and the 2003 Carolina Panthers lost .",
    );
    assert!(has(&ns, "Dodge Charger", MentionType::MISC), "{ns:?}");
    assert!(!has(&ns, "Carolina Panthers", MentionType::MISC), "{ns:?}");
    let ns = names_of("He wrote a history of the Confederate army .");
    assert!(has(&ns, "Confederate", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_chief_after_a_body_a_company_s_business_and_a_body_s_second_field() {
    let ns = names_of(
            "The gunman fired twice before fleeing , Brookfield Police Chief Dana Whitlow told reporters on Monday .",
        );
    assert!(has(&ns, "Brookfield Police", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Dana Whitlow", MentionType::PER), "{ns:?}");
    let ns = names_of("On Monday , Sony Music said sales of the album had doubled since June .");
    assert!(has(&ns, "Sony Music", MentionType::ORG), "{ns:?}");
    let ns = names_of("The Department of Housing and Urban Development gave the city a grant .");
    assert!(
        has(
            &ns,
            "Department of Housing and Urban Development",
            MentionType::ORG
        ),
        "{ns:?}"
    );
    // Two bodies stay two.
    let ns = names_of("The University of Michigan and Ohio State will meet in the final .");
    assert!(
        has(&ns, "University of Michigan", MentionType::ORG),
        "{ns:?}"
    );
    // A title before one word of prose names no one.
    let ns = names_of("The president signed an Executive Order on guns after a long delay .");
    assert!(!ns.iter().any(|(n, _)| n == "Order"), "{ns:?}");
    // A venue of any size after AT in a sports headline.
    let ns = names_of("HORSE RACING - DETTORI RIDES TREBLE AT SANDOWN .");
    assert!(has(&ns, "SANDOWN", MentionType::LOC), "{ns:?}");
    assert!(!has(&ns, "TREBLE", MentionType::PER), "{ns:?}");
}

#[test]
fn shares_that_move_a_trade_before_a_name_and_a_league() {
    let ns = names_of("Wexler shares rose 2 percent in late trading on Tuesday .");
    assert!(has(&ns, "Wexler", MentionType::ORG), "{ns:?}");
    let ns = names_of("He hit his former girlfriend , the rapper Zorvanka , last year .");
    assert!(has(&ns, "Zorvanka", MentionType::PER), "{ns:?}");
    let ns = names_of("Ortiz was banned for breaking Major League Baseball 's drug rules .");
    assert!(
        has(&ns, "Major League Baseball", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("NASA delayed the launch of the space shuttle Atlantis again .");
    assert!(has(&ns, "Atlantis", MentionType::MISC), "{ns:?}");
    let ns = names_of("The film won three Oscars and two Emmys for its makers .");
    assert!(has(&ns, "Oscars", MentionType::MISC), "{ns:?}");
    let ns = names_of("SOCCER - SERIE A STANDINGS .");
    assert!(has(&ns, "SERIE A", MentionType::MISC), "{ns:?}");
    let ns = names_of("BASKETBALL - EUROLEAGUE RESULTS .");
    assert!(has(&ns, "EUROLEAGUE", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_body_s_purpose_after_its_head_and_a_known_person_s_initials() {
    let ns = names_of(
        "The rebels of the National Council for the Defence of Democracy have fought since 1993 .",
    );
    assert!(
        has(
            &ns,
            "National Council for the Defence of Democracy",
            MentionType::ORG
        ),
        "{ns:?}"
    );
    let ns = names_of("He spoke at the Brennan Center for Justice's forum on Monday .");
    assert!(
        has(&ns, "Brennan Center for Justice", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("Her Indian counterpart H.D. Deve Gowda signed the accord in New Delhi .");
    assert!(has(&ns, "H.D. Deve Gowda", MentionType::PER), "{ns:?}");
}

#[test]
fn a_postal_code_after_a_town_and_a_common_plural_opening_a_sentence() {
    let ns = names_of("The tour ends at the Pepsi Center in Denver, CO on August 30 .");
    assert!(has(&ns, "CO", MentionType::LOC), "{ns:?}");
    let ns = names_of("Food diaries help . Studies show that a diary helps people lose weight .");
    assert!(!ns.iter().any(|(n, _)| n == "Studies"), "{ns:?}");
    // A surname that reports is still a person.
    let ns = names_of("Edwards said he would run again in the spring .");
    assert!(has(&ns, "Edwards", MentionType::PER), "{ns:?}");
}

#[test]
fn a_contraction_is_no_name_and_a_town_named_like_a_speaker_after_the_cue_is_one() {
    let ns = names_of("`` We've learned a lot from this , '' said Bodiford .");
    assert!(!ns.iter().any(|(n, _)| n == "We've"), "{ns:?}");
    // Nor is a degree after a name.
    let ns = names_of("Dana Whitlow , MD , MBA , runs the clinic in the town .");
    assert!(!ns.iter().any(|(n, _)| n == "MD" || n == "MBA"), "{ns:?}");
    let ns = names_of("`` We show anger , '' said Harvey , who backed him late .");
    assert!(has(&ns, "Harvey", MentionType::PER), "{ns:?}");
    let ns = names_of("She checked into a Southern California clinic on Thursday .");
    assert!(has(&ns, "Southern California", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_name_after_an_honorific_is_a_person_s_even_a_title_s_word() {
    let ns = names_of("`` They pay us well , '' Mr. King said on Tuesday .");
    assert!(has(&ns, "King", MentionType::PER), "{ns:?}");
    let ns = names_of("Mrs. Bishop told the court she was innocent of the charges last year .");
    assert!(has(&ns, "Bishop", MentionType::PER), "{ns:?}");
    let ns =
        names_of("Attendees , including Mr. Kowalczyk of Evercore , gave 2,700 dollars each .");
    assert!(has(&ns, "Kowalczyk", MentionType::PER), "{ns:?}");
    // An address, not a surname.
    let ns = names_of("That was a fine speech , Mr. President , Steve Cohen told him .");
    assert!(!ns.iter().any(|(n, _)| n == "President"), "{ns:?}");
}

#[test]
fn a_body_s_leading_article_an_avenue_and_a_clerk() {
    let ns = names_of("`` I ran , '' he told The Associated Press on Friday .");
    assert!(has(&ns, "Associated Press", MentionType::ORG), "{ns:?}");
    let ns = names_of("They marched west on Church Ave. toward the precinct .");
    assert!(has(&ns, "Church Ave.", MentionType::LOC), "{ns:?}");
    let ns = names_of("The two men live in Bruce Township , police said on Friday .");
    assert!(has(&ns, "Bruce Township", MentionType::LOC), "{ns:?}");
    let ns =
        names_of("The shop had closed years ago , Elkton City Clerk Dana Whitlow told reporters .");
    assert!(has(&ns, "Dana Whitlow", MentionType::PER), "{ns:?}");
    let ns =
        names_of("Cables were also cut in January , causing outages in the Mideast and India .");
    assert!(has(&ns, "Mideast", MentionType::LOC), "{ns:?}");
}

#[test]
fn an_office_s_body_a_club_named_with_a_number_and_a_title_with_a_people_s_word() {
    let ns = names_of(
            "A deputy with the Lake County Sheriff's Department was hurt during a traffic stop on Monday .",
        );
    assert!(
        has(&ns, "Lake County Sheriff's Department", MentionType::ORG),
        "{ns:?}"
    );
    let ns =
        names_of("The Philadelphia 76ers beat the 49ers of basketball , the Nets , on Friday .");
    assert!(has(&ns, "Philadelphia 76ers", MentionType::ORG), "{ns:?}");
    let ns = names_of("NY GIANTS 13 New England 23");
    assert!(has(&ns, "NY GIANTS", MentionType::ORG), "{ns:?}");
    let ns = names_of("She starred in the `` American Summer '' films and in a television show .");
    assert!(has(&ns, "American Summer", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_place_before_state_is_no_speaker() {
    let ns = names_of("Oil was found off Sao Paulo state, and Ohio state director Ann Lee spoke.");
    assert!(has(&ns, "Sao Paulo", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Ohio", MentionType::LOC), "{ns:?}");
    // Still a speaker when it is none of the gazetteer's places.
    let ns = names_of("Kowalczyk and Nowak state that the oil was found.");
    assert!(has(&ns, "Nowak", MentionType::PER), "{ns:?}");
}

#[test]
fn an_arm_or_affiliate_in_apposition_is_a_body_and_a_score_before_with_a_club() {
    let ns = names_of("Vandrell , the German arm of GM , said sales rose 4 percent .");
    assert!(has(&ns, "Vandrell", MentionType::ORG), "{ns:?}");
    let ns = names_of("Cantona was booked and Manchester United drew 1-1 with Southampton .");
    assert!(has(&ns, "Southampton", MentionType::ORG), "{ns:?}");
    let ns = names_of("He moved to Southampton with his family in 1990 .");
    assert!(has(&ns, "Southampton", MentionType::LOC), "{ns:?}");
}

#[test]
fn closing_words_of_firms_and_chambers() {
    let ns = names_of("Brokers at Nomura Securities said the Chamber of Deputies would vote.");
    assert!(has(&ns, "Nomura Securities", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Chamber of Deputies", MentionType::ORG), "{ns:?}");
    let ns = names_of("The Securities and Exchange Commission fined the firm.");
    assert!(
        has(&ns, "Securities and Exchange Commission", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("He won a third straight U.S. Amateur title.");
    assert!(has(&ns, "U.S. Amateur", MentionType::MISC), "{ns:?}");
}

#[test]
fn products_of_the_list_are_misc_whole() {
    let ns = names_of(
            "The firm said its Windows NT software and Internet Explorer were patched, and the iPhone too.",
        );
    assert!(has(&ns, "Windows NT", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Internet Explorer", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "iPhone", MentionType::MISC), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n == "Explorer"), "{ns:?}");
    let ns = names_of("Officers used a Taser on him, and buyers queued for MacBook Pros.");
    assert!(has(&ns, "Taser", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "MacBook Pros", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_quoted_title_near_a_word_of_a_work_is_misc_whole() {
    let ns = names_of(
            "She starred in ``The Lantern Keeper'' and ``Harbor Lights,'' then hosted the show \"Night Shift with Dana Ruiz.\"",
        );
    assert!(has(&ns, "The Lantern Keeper", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Harbor Lights", MentionType::MISC), "{ns:?}");
    assert!(
        has(&ns, "Night Shift with Dana Ruiz", MentionType::MISC),
        "{ns:?}"
    );
    assert!(!ns.iter().any(|(n, _)| n == "Dana Ruiz"), "{ns:?}");
    let ns = names_of("He is best known for the ``Iron Orchard'' series of films.");
    assert!(has(&ns, "Iron Orchard", MentionType::MISC), "{ns:?}");
    // A person's alias, quoted speech and a quoted person's name are no titles.
    let ns = names_of("The informant known as ``Grey Falcon'' died on Monday.");
    assert!(!has(&ns, "Grey Falcon", MentionType::MISC), "{ns:?}");
    let ns = names_of("\"We Will Win,\" he told the film crew.");
    assert!(!ns.iter().any(|(_, t)| *t == MentionType::MISC), "{ns:?}");
    let ns = names_of("The movie's hero, Anthony \"Big Tony\" Marchetti, was played by him.");
    assert!(!has(&ns, "Big Tony", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_reporting_name_never_runs_over_a_line_break() {
    // A heading with no full stop, then a paragraph that opens with the speaker.
    let text = "Ceasefire Talks\n\nJohn Tarrow said the talks would go on.";
    let ns = names_of(text);
    assert!(has(&ns, "John Tarrow", MentionType::PER), "{ns:?}");
    assert!(found(text)
        .iter()
        .all(|m| !m.span.text(text).contains('\n')));
}

#[test]
fn a_town_then_a_plural_is_its_team() {
    let ns = names_of(
            "A former New England Patriots lineman met Buffalo Bills owner Ralph Wilson and Washington Williams.",
        );
    assert!(has(&ns, "New England Patriots", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Buffalo Bills", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Williams", MentionType::PER), "{ns:?}");
    let ns = names_of("“It is fine,” said David Nevins, the chief executive.");
    assert!(has(&ns, "David Nevins", MentionType::PER), "{ns:?}");
    // A club's word before a town: the club.
    let ns = names_of("Real Madrid beat Sporting Lisbon, and Blackburn Rovers lost.");
    for club in ["Real Madrid", "Sporting Lisbon", "Blackburn Rovers"] {
        assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
    }
}

#[test]
fn a_possessor_and_the_name_it_owns_are_two_names() {
    for line in [
        "China's Foreign Ministry said it would reply.",
        "China 's Foreign Ministry said it would reply .",
    ] {
        let ns = names_of(line);
        assert!(has(&ns, "China", MentionType::LOC), "{line}: {ns:?}");
        assert!(
            has(&ns, "Foreign Ministry", MentionType::ORG),
            "{line}: {ns:?}"
        );
    }
}

#[test]
fn a_common_plural_opening_a_sentence_names_nobody_but_a_surname_may() {
    let ns = names_of("Dealers said the dollar fell. Witnesses say they ran.");
    assert!(ns.is_empty(), "{ns:?}");
    let ns = names_of("Banks said he would appeal.");
    assert!(has(&ns, "Banks", MentionType::PER), "{ns:?}");
}

#[test]
fn what_is_held_a_share_of_is_a_company_and_a_tokenized_possessive_is_known() {
    let ns = names_of("Deutsche Bank raised its stake in Kestrelwerke to 24 percent.");
    assert!(has(&ns, "Kestrelwerke", MentionType::ORG), "{ns:?}");
    let ms = mentions("Moody 's Investors Service upgraded the bonds.");
    assert_eq!(
        find_text(&ms, "Moody 's").2.as_deref(),
        Some("Moody's Corporation")
    );
}

#[test]
fn a_legislature_named_by_its_capitalized_word_is_a_body() {
    let ns = names_of("The bill went to the Senate, and the minister told Parliament.");
    assert!(has(&ns, "Senate", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Parliament", MentionType::ORG), "{ns:?}");
    let ns = names_of("The bill went to the senate, and the army left.");
    assert!(ns.is_empty(), "{ns:?}");
}

#[test]
fn a_speaker_or_a_leader_is_a_title_before_the_name() {
    for (line, who) in [
        (
            "House Speaker Newt Gingrich told reporters.",
            "Newt Gingrich",
        ),
        (
            "Senate Majority Leader Trent Lott said the vote would be close.",
            "Trent Lott",
        ),
    ] {
        let ns = names_of(line);
        assert!(has(&ns, who, MentionType::PER), "{line}: {ns:?}");
        assert!(
            ns.iter()
                .all(|(n, _)| !n.contains("Speaker") && !n.contains("Leader")),
            "{ns:?}"
        );
    }
}

#[test]
fn a_surname_by_its_ending_reports_as_a_person() {
    let ns = names_of("Asked about the report, Primakov said it was false.");
    assert!(has(&ns, "Primakov", MentionType::PER), "{ns:?}");
}

#[test]
fn a_small_town_s_name_before_a_modal_is_a_person() {
    let ns = names_of("Clinton said Dole would raise taxes.");
    assert!(has(&ns, "Dole", MentionType::PER), "{ns:?}");
}

#[test]
fn a_small_town_s_name_done_to_aged_or_owning_a_person_s_thing_is_a_person() {
    for line in [
        "An officer stopped Jackson after a chase.",
        "Jackson, 24, was released on bail.",
        "Nobody knew Jackson's blood-alcohol level.",
    ] {
        let ns = names_of(line);
        assert!(has(&ns, "Jackson", MentionType::PER), "{line}: {ns:?}");
    }
    for line in [
        "Officials told Jackson residents to boil water.",
        "Jackson's mayor declared an emergency.",
        "He visited Jackson in May.",
    ] {
        let ns = names_of(line);
        assert!(has(&ns, "Jackson", MentionType::LOC), "{line}: {ns:?}");
    }
}

#[test]
fn a_state_s_national_bank_is_no_listed_company() {
    let ms = mentions("The Czech National Bank raised its rate.");
    assert_eq!(
        find_text(&ms, "Czech National Bank").1.as_deref(),
        Some("CZE")
    );
    let ns = names_of("The Czech National Bank raised its rate.");
    assert!(has(&ns, "Czech National Bank", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_state_s_abbreviation_after_a_town_names_the_state() {
    let ms = mentions("She grew up in Dover, Del., and coached in Chapel Hill, N.C. for years.");
    assert_eq!(find_text(&ms, "Del.").2.as_deref(), Some("Delaware"));
    assert_eq!(find_text(&ms, "Dover").1.as_deref(), Some("USA"));
    assert_eq!(find_text(&ms, "N.C.").2.as_deref(), Some("North Carolina"));
    let ns = names_of("She grew up in Dover, Del., and coached in Chapel Hill, N.C. for years.");
    assert!(has(&ns, "N.C.", MentionType::LOC), "{ns:?}");
    // Alone, the abbreviation is a word: "Mass." is a church service.
    let ns = names_of("They went to Mass. Later they ate.");
    assert!(ns.is_empty(), "{ns:?}");
    // A compass word and a place may name another place whole.
    let ms = mentions("Top-ranked North Carolina beat Evansville 91-73.");
    assert_eq!(find_text(&ms, "North Carolina").1.as_deref(), Some("USA"));
    let ns = names_of("Top-ranked North Carolina waited for its coach.");
    assert!(has(&ns, "North Carolina", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_surname_is_no_city_s_alternate_name_and_odessa_is_in_ukraine() {
    let ns = names_of("Manning finished with 29 of 34 passes.");
    assert!(has(&ns, "Manning", MentionType::PER), "{ns:?}");
    let ms = mentions("Drones struck Odessa overnight, and pilgrims reached Medina.");
    assert_eq!(find_text(&ms, "Odessa").1.as_deref(), Some("UKR"));
    assert_eq!(find_text(&ms, "Medina").1.as_deref(), Some("SAU"));
}

#[test]
fn a_legal_form_closes_a_company_s_name() {
    let ns = names_of("Kestrelwerke AG reported a loss, and so did Brackwell Holz GmbH.");
    assert!(has(&ns, "Kestrelwerke AG", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Brackwell Holz GmbH", MentionType::ORG), "{ns:?}");
}

#[test]
fn towns_and_leaders_of_the_wars_in_the_news_resolve() {
    let ms = mentions(
            "Russia claimed gains near Pokrovsk, and President Volodymyr Zelenskiy said the SBU had struck a refinery.",
        );
    assert_eq!(find_text(&ms, "Pokrovsk").1.as_deref(), Some("UKR"));
    assert_eq!(
        find_text(&ms, "Volodymyr Zelenskiy").2.as_deref(),
        Some("Volodymyr Zelensky")
    );
    assert_eq!(
        find_text(&ms, "SBU").2.as_deref(),
        Some("Security Service of Ukraine")
    );
}

#[test]
fn an_armed_group_s_description_and_a_national_organ_s_its() {
    let ms = mentions(
            "The RSF accused the army and its Islamist allies of lying. Army spokesman Nabil Abdallah said the paramilitary group had shelled the camp.",
        );
    assert_eq!(find_text(&ms, "its").2.as_deref(), Some("army"));
    assert_eq!(
        find_text(&ms, "group").2.as_deref(),
        Some("Rapid Support Forces")
    );
    // An adjective before "group" makes it an armed group's description
    // only: "the advocacy group" is not linked so.
    let ms =
        mentions("Amnesty International criticized the plan. The advocacy group held a rally.");
    assert_ne!(
        find_text(&ms, "group").2.as_deref(),
        Some("Amnesty International")
    );
    // Not a head used as a noun's modifier: "military power".
    let ms = mentions("The U.S. is the foremost military power, though its equipment has aged.");
    assert_eq!(find_text(&ms, "its").2.as_deref(), Some("United States"));
}

#[test]
fn the_warring_sides_are_no_one_country_s() {
    let ms = mentions("The African Union urged the warring sides in Sudan to hold talks.");
    assert_eq!(find_text(&ms, "warring sides").1, None);
}

#[test]
fn the_group_is_no_state_s_body_named_between() {
    let ms = mentions(
        "Houthi rebels seized a ship, the Pentagon said, after the group fired two missiles.",
    );
    assert_eq!(find_text(&ms, "group").2.as_deref(), Some("Houthis"));
    assert_eq!(find_text(&ms, "two missiles").1.as_deref(), Some("YEM"));
}

#[test]
fn a_possessive_in_an_attack_s_object_is_not_the_attacker_s() {
    let ms = mentions(
        "The Houthis said US and British warplanes had bombed their positions in Hodeidah.",
    );
    assert_eq!(find_text(&ms, "their").2.as_deref(), Some("Houthis"));
    // Whose the attacked thing is: the sentence's first party, not the
    // one named last.
    let ms = mentions(
            "The Houthi movement said it would keep targeting ships linked to Israel, a day after US warplanes struck its positions.",
        );
    let its = ms.iter().rfind(|m| m.0 == "its").unwrap();
    assert_eq!(its.2.as_deref(), Some("Houthis"));
    // What an attacker owns stays his ("struck their targets", "attacked
    // his rival").
    let ms = mentions("The Houthis said British warplanes had struck their targets.");
    assert_eq!(find_text(&ms, "their").1.as_deref(), Some("GBR"));
    let ms = mentions("Iran said Israel attacked its rivals in Syria.");
    assert_eq!(find_text(&ms, "its").1.as_deref(), Some("ISR"));
    // An attack named by a noun is its possessor's.
    let ms = mentions(
        "Syria complained on Monday. Israel's strikes on its territory must stop, the letter said.",
    );
    assert_eq!(find_text(&ms, "its").1.as_deref(), Some("SYR"));
}

#[test]
fn a_person_described_in_apposition_is_of_the_title_s_owner() {
    let code = |text: &str, name: &str| find_text(&mentions(text), name).1.clone();
    assert_eq!(
        code(
            "Iran's ambassador to the UN, Amir Saeid Iravani, said.",
            "Amir Saeid Iravani"
        )
        .as_deref(),
        Some("IRN")
    );
    assert_eq!(
        code(
            "Amir Saeid Iravani, Iran's ambassador to the UN, said.",
            "Amir Saeid Iravani"
        )
        .as_deref(),
        Some("IRN")
    );
    assert_eq!(
        code(
            "The United Nations envoy, Hans Grundberg, met Houthi negotiators.",
            "Hans Grundberg"
        )
        .as_deref(),
        Some("IGO")
    );
    assert_eq!(
        code(
            "Hossam Zaki, the Arab League's assistant secretary-general, said.",
            "Hossam Zaki"
        )
        .as_deref(),
        Some("IGO")
    );
    // A spokesman is of what he is "for"; a name joined to a word
    // only qualifies it.
    assert_eq!(
        code(
            "Ivan Petrovsky, a spokesman for the Russian embassy in Ankara, said.",
            "Ivan Petrovsky"
        )
        .as_deref(),
        Some("RUS")
    );
    assert_eq!(
        code(
            "They backed Fayez Serraj, the prime minister of the U.N.-backed Libyan government.",
            "Fayez Serraj"
        )
        .as_deref(),
        Some("LBY")
    );
}

#[test]
fn armed_groups_and_provinces_beyond_the_middle_east_resolve() {
    let ms = mentions(
            "The Tamil Tigers clashed with troops, and Shining Path rebels fled from Helmand to British Columbia.",
        );
    assert_eq!(find_text(&ms, "Tamil Tigers").1.as_deref(), Some("LKA"));
    assert_eq!(
        find_text(&ms, "Shining Path rebels").1.as_deref(),
        Some("PER")
    );
    assert_eq!(find_text(&ms, "Helmand").1.as_deref(), Some("AFG"));
    assert_eq!(find_text(&ms, "British Columbia").1.as_deref(), Some("CAN"));
}

#[test]
fn a_lower_case_particle_joins_a_name_and_a_capitalized_one_opens_it() {
    for (line, name) in [
        (
            "Louis van Gaal said his side had been unlucky.",
            "Louis van Gaal",
        ),
        (
            "Juan Martin del Potro said he was tired.",
            "Juan Martin del Potro",
        ),
        ("Bush snatched victory from Al Gore.", "Al Gore"),
        ("Prosecutors charged Van Dyke with murder.", "Van Dyke"),
    ] {
        let ns = names_of(line);
        assert!(has(&ns, name, MentionType::PER), "{name}: {ns:?}");
    }
    // A capitalized word spelled like a particle is a word of its own.
    let ns = names_of("Staff filed the DOS participation list.");
    assert!(has(&ns, "DOS", MentionType::ORG), "{ns:?}");
}

#[test]
fn peoples_joined_by_a_hyphen_are_one_misc_name() {
    let ns =
        names_of("The Israeli-Palestinian talks resumed, and the Moslem-Croat federation met.");
    assert!(has(&ns, "Israeli-Palestinian", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Moslem-Croat", MentionType::MISC), "{ns:?}");
    let ns = names_of("The Kestrel-Bay talks resumed.");
    assert!(!has(&ns, "Kestrel-Bay", MentionType::MISC), "{ns:?}");
    // A people's combining form opens such a word; alone it is none.
    let ns = names_of("Sino-Japanese ties and a Franco-German plan were discussed.");
    assert!(has(&ns, "Sino-Japanese", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Franco-German", MentionType::MISC), "{ns:?}");
    let ns = names_of("The Franco-Kestrel plan failed.");
    assert!(!has(&ns, "Franco-Kestrel", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_body_named_with_a_bare_head_takes_no_sector_from_it() {
    let text =
        "Kestrel Analytics Group said the deal was off. The Kestrel Liberation Army attacked.";
    let ms = found(text);
    let sector = |name: &str| {
        ms.iter()
            .find(|m| m.span.text(text) == name)
            .and_then(|m| m.entity.as_ref())
            .map(|e| e.sector.clone())
    };
    assert_eq!(sector("Kestrel Analytics Group"), Some(None), "{ms:?}");
    assert!(
        sector("Kestrel Liberation Army").flatten().is_some(),
        "{ms:?}"
    );
}

#[test]
fn one_common_noun_before_an_office_names_no_body() {
    let ns = names_of("Police Chief Scott Russell, 46, was injured.");
    assert!(!ns.iter().any(|(n, _)| n == "Police"), "{ns:?}");
    assert!(has(&ns, "Scott Russell", MentionType::PER), "{ns:?}");
    let ns = names_of("Philadelphia District Attorney Lynne Abraham spoke.");
    assert!(has(&ns, "Philadelphia", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_listed_company_is_business_of_its_country() {
    let text = "Shares of Intel Corp. fell, and Siemens said it would cut jobs.";
    let ms = found(text);
    let intel = ms
        .iter()
        .find(|m| m.span.text(text).starts_with("Intel Corp"))
        .expect("Intel Corp.");
    let e = intel.entity.as_ref().expect("resolved");
    assert_eq!(
        (e.code.as_deref(), e.sector.as_deref()),
        (Some("USA"), Some("BUS"))
    );
    let siemens = ms
        .iter()
        .find(|m| m.span.text(text) == "Siemens")
        .expect("Siemens");
    let e = siemens.entity.as_ref().expect("resolved");
    assert_eq!(e.code.as_deref(), Some("DEU"));
    // A curated one the indices leave out.
    let text = "Gazprom cut gas supplies.";
    let e = found(text)
        .into_iter()
        .find_map(|m| m.entity)
        .expect("Gazprom");
    assert_eq!(
        (e.code.as_deref(), e.sector.as_deref()),
        (Some("RUS"), Some("BUS"))
    );
    // Not a word of a longer name, not after "the", not an acronym in
    // parentheses after its own name.
    let ns = names_of(
            "Police Capt. Tom Tennant said the Amazon was burning. The Islamic Salvation Front (FIS) agreed.",
        );
    assert!(has(&ns, "Tom Tennant", MentionType::PER), "{ns:?}");
    let ms = found("He said the Amazon was burning. The Islamic Salvation Front (FIS) agreed.");
    assert!(
        !ms.iter().any(|m| m
            .entity
            .as_ref()
            .is_some_and(|e| e.sector.as_deref() == Some("BUS"))),
        "{ms:?}"
    );
}

#[test]
fn a_town_s_name_that_is_a_person_s_is_the_person() {
    let ns = names_of(
            "Peyton Manning threw three touchdowns. Manning finished with 29 passes, and Ms. Palin watched in Jackson.",
        );
    assert!(has(&ns, "Manning", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Palin", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Jackson", MentionType::LOC), "{ns:?}");
    // Alone in its line: a small town's name that is a census surname
    // and acts as a person, or is joined to one, is the person.
    let ns = names_of("Jackson failed sobriety tests.");
    assert!(has(&ns, "Jackson", MentionType::PER), "{ns:?}");
    let ns = names_of("The bill was backed by Clinton and Dole.");
    assert!(has(&ns, "Dole", MentionType::PER), "{ns:?}");
    let ns = names_of("Jackson is a city of 150,000 people in Mississippi.");
    assert!(has(&ns, "Jackson", MentionType::LOC), "{ns:?}");
    // A small town's name written as an acronym is a body's.
    let ns = names_of("The chips are made for ATI on contract, analysts said.");
    assert!(has(&ns, "ATI", MentionType::ORG), "{ns:?}");
    // So is a city's inside a line (Aba, Nigeria, is no dateline here).
    let ns = names_of("In addition to the ABA, a coalition of lawyers objected.");
    assert!(has(&ns, "ABA", MentionType::ORG), "{ns:?}");
}

#[test]
fn an_acronym_or_a_club_word_then_a_city_is_its_club_and_a_shire_is_a_place() {
    let ns = names_of("Inter Milan beat PSV Eindhoven, and Leicestershire beat Somerset.");
    assert!(has(&ns, "Inter Milan", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "PSV Eindhoven", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Leicestershire", MentionType::ORG), "{ns:?}");
    let ns = names_of("He grew up in rural Lincolnshire. Jeb Bush met Merrick Garland.");
    assert!(has(&ns, "Lincolnshire", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Jeb Bush", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Merrick Garland", MentionType::PER), "{ns:?}");
}

#[test]
fn a_shouted_name_is_typed_by_its_words_unless_it_is_a_known_place() {
    // (Each line read alone, as `sitrep actors --lines` reads a table's.)
    let ns = names_of("EASTERN CONFERENCE");
    assert!(has(&ns, "EASTERN CONFERENCE", MentionType::MISC), "{ns:?}");
    let ns = names_of("NEWPORT NEWS, Va.");
    assert!(has(&ns, "NEWPORT NEWS", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_stock_index_is_misc() {
    let ns = names_of("The Nikkei average fell, the Hang Seng rose and the DAX closed lower.");
    for index in ["Nikkei", "Hang Seng", "DAX"] {
        assert!(has(&ns, index, MentionType::MISC), "{ns:?}");
    }
}

#[test]
fn a_city_shouted_in_a_dateline_is_the_city() {
    for (line, city) in [
        ("BONN 1996-08-22", "BONN"),
        ("GAZA 1996-08-22", "GAZA"),
        ("AL-AIN , United Arab Emirates 1996-12-06", "AL-AIN"),
    ] {
        let ns = names_of(line);
        assert!(has(&ns, city, MentionType::LOC), "{ns:?}");
    }
}

#[test]
fn a_lone_name_that_reports_is_a_body_when_it_is_an_it() {
    let ns = names_of("The patch fixes a hole that Microsoft says it found in May.");
    assert!(has(&ns, "Microsoft", MentionType::ORG), "{ns:?}");
    let ns = names_of(
            "The update came from Microsoft on Monday. The hole that Microsoft says was used by hackers is fixed.",
        );
    assert!(has(&ns, "Microsoft", MentionType::ORG), "{ns:?}");
    // Alone, with nothing more said of it, it is a surname.
    let ns = names_of("The talks failed, Okonkwo said on Monday.");
    assert!(has(&ns, "Okonkwo", MentionType::PER), "{ns:?}");
    let ns = names_of("Raila Odinga met the board. Odinga said the talks had failed.");
    assert!(has(&ns, "Odinga", MentionType::PER), "{ns:?}");
    let ns = names_of("Asked about the levy, Odinga said he had not decided.");
    assert!(has(&ns, "Odinga", MentionType::PER), "{ns:?}");
}

#[test]
fn a_title_inside_a_run_parts_the_body_from_the_person() {
    let ns = names_of(
        "He failed sobriety tests, said California Highway Patrol Officer Ray Scheidnes on Monday.",
    );
    assert!(has(&ns, "Ray Scheidnes", MentionType::PER), "{ns:?}");
    assert!(
        has(&ns, "California Highway Patrol", MentionType::ORG),
        "{ns:?}"
    );
    // The office's own words do not keep its body from the person.
    let ms = mentions(
        "United Nations Human Rights Commissioner Michelle Bachelet voiced concern on Monday.",
    );
    assert_eq!(
        find_text(&ms, "Michelle Bachelet").1.as_deref(),
        Some("IGO"),
        "{ms:?}"
    );
}

#[test]
fn a_name_closing_in_a_plural_is_a_team_and_a_surname_is_a_person() {
    let ns = names_of("On Thursday the Tar Heels beat visiting Evansville by 18 points.");
    assert!(has(&ns, "Tar Heels", MentionType::ORG), "{ns:?}");
    let ns = names_of("On Thursday fans of Garth Brooks and Alexandros Grigoropoulos gathered.");
    assert!(has(&ns, "Garth Brooks", MentionType::PER), "{ns:?}");
    assert!(
        has(&ns, "Alexandros Grigoropoulos", MentionType::PER),
        "{ns:?}"
    );
}

#[test]
fn a_surname_alone_after_the_full_name_is_the_person() {
    let ns = names_of(
            "The host will be Hugh Jackman, officials said.\nIt is clear that Jackman has come into his own.",
        );
    assert_eq!(
        ns.iter()
            .filter(|(n, t)| n == "Jackman" && *t == MentionType::PER)
            .count(),
        1,
        "{ns:?}"
    );
}

#[test]
fn a_month_is_no_person_and_a_product_acronym_no_body() {
    let ns = names_of(
        "The girl was killed last May in Albany. He rode there on May 29 after a DUI arrest.",
    );
    assert!(!ns.iter().any(|(n, _)| n == "May" || n == "DUI"), "{ns:?}");
}

#[test]
fn a_holiday_is_misc_and_no_person() {
    let ns = names_of(
        "Families were shopping for Eid when the blast broke the peace of Ramadan. \
             Offices shut for Yom Kippur. The ship reached Christmas Island.",
    );
    assert!(has(&ns, "Eid", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Ramadan", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Yom Kippur", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Christmas Island", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_function_word_opening_a_sentence_before_a_cue_is_no_name() {
    let ns = names_of("The report was wrong. To clarify: Kurdish forces advise the militia.");
    assert!(!ns.iter().any(|(n, _)| n == "To"), "{ns:?}");
}

#[test]
fn a_place_word_after_a_demonym_or_a_compass_word_names_the_place() {
    let ns = names_of("The tsunami swept across the Indian Ocean and reached North Philadelphia.");
    assert!(has(&ns, "Indian Ocean", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "North Philadelphia", MentionType::LOC), "{ns:?}");
}

#[test]
fn party_words_and_awards_are_misc_and_a_company_keeps_its_dot() {
    let ns = names_of(
            "On Monday Republicans praised the 81st Academy Awards, and AMD will compete with Intel Corp., its rival.",
        );
    assert!(has(&ns, "Republicans", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Academy Awards", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Intel Corp.", MentionType::ORG), "{ns:?}");
}

#[test]
fn the_place_or_body_an_office_is_of_is_a_name() {
    let ns = names_of(
            "Witnesses disagree, Philadelphia District Attorney Lynne Abraham said.\nThe man is dangerous, said Oregon State Police Lt. Gregg Hastings.",
        );
    assert!(has(&ns, "Philadelphia", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Oregon State Police", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Lynne Abraham", MentionType::PER), "{ns:?}");
}

#[test]
fn a_town_with_a_score_or_a_player_after_it_is_its_club() {
    let ns = names_of(
            "The Colts overcame Jacksonville 31-24 on Thursday.\nJacksonville is always tough at home, said former Atlanta defensive end Claude Humphrey.\nHe lives in Atlanta.",
        );
    let jacksonville: Vec<_> = ns.iter().filter(|(n, _)| n == "Jacksonville").collect();
    assert_eq!(jacksonville.len(), 2, "{ns:?}");
    assert!(
        jacksonville.iter().all(|(_, t)| *t == MentionType::ORG),
        "{ns:?}"
    );
    assert!(has(&ns, "Atlanta", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Atlanta", MentionType::LOC), "{ns:?}");
    // A town that wins or visits.
    let ns = names_of("Leeds beat visiting Burnley on Saturday.");
    assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Burnley", MentionType::ORG), "{ns:?}");
    // A results table's line.
    let ns = names_of("Results of Saturday's matches:\nLeeds 3 Chelsea 1\nHe lives in Leeds.");
    assert!(has(&ns, "Chelsea", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
    // A country there is its national side, LOC.
    let ns = names_of("In the final Germany beat France 2-1 on Sunday.");
    assert!(has(&ns, "France", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_town_that_leads_or_has_a_player_in_a_sentence_with_a_score_is_its_club() {
    for line in [
        "Seattle took a 2-1 lead in the series with a 6-4 win.",
        "Seattle's Ken Griffey hit two home runs in a 6-4 win.",
        "Seattle rookie Alex Rodriguez had three hits.",
        "Seattle center Shawn Kemp scored 20 points.",
        "Seattle, who lost 2-1 last week, are third.",
        "Seattle, the champions, drew 1-1 at home.",
        "Seattle's Ken Griffey scored the only goal.",
    ] {
        let ns = names_of(line);
        assert!(has(&ns, "Seattle", MentionType::ORG), "{line}: {ns:?}");
    }
    // No score, or a word of other senses with no name after it: the town.
    for line in [
        "Seattle took a lead in the race for new investment.",
        "Seattle's mayor Ed Murray spoke on Tuesday.",
        "Ted Cruz of Texas center stage took questions.",
    ] {
        let ns = names_of(line);
        assert!(
            ns.iter().all(|(_, t)| *t != MentionType::ORG),
            "{line}: {ns:?}"
        );
    }
}

#[test]
fn a_company_named_with_a_possessive_keeps_it_and_a_particle_opens_a_name() {
    let ns =
        names_of("Moody 's Investors Service cut the rating , and Standard & Poor 's said so .");
    assert!(
        has(&ns, "Moody 's Investors Service", MentionType::ORG),
        "{ns:?}"
    );
    assert!(has(&ns, "Standard & Poor 's", MentionType::ORG), "{ns:?}");
    // A person's possessive stays out of the name.
    let ns = names_of("Ash Carter 's press secretary said Turkey 's army moved .");
    assert!(has(&ns, "Ash Carter", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Turkey", MentionType::LOC), "{ns:?}");
    let ns = names_of("De Klerk said the Knesset and the Duma would vote .");
    assert!(has(&ns, "De Klerk", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Knesset", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Duma", MentionType::ORG), "{ns:?}");
}

#[test]
fn parties_given_names_of_two_syllables_and_an_owned_legislature() {
    let ns = names_of("Sinn Fein , Likud and the BJP met Kim Young-sam and Tung Chee-hwa .");
    for body in ["Sinn Fein", "Likud", "BJP"] {
        assert!(has(&ns, body, MentionType::ORG), "{body}: {ns:?}");
    }
    assert!(has(&ns, "Kim Young-sam", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Tung Chee-hwa", MentionType::PER), "{ns:?}");
    // The hyphen still makes an adjective of a name before a word.
    let ns = names_of("Bucaram was removed by Ecuador 's Congress and ISIL-held towns fell .");
    assert!(has(&ns, "Congress", MentionType::ORG), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n.contains("ISIL")), "{ns:?}");
    let ns = names_of("Kestrelbury Plc said profit rose .");
    assert!(has(&ns, "Kestrelbury Plc", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_body_s_noun_after_a_name_titles_rivers_and_unaccented_names() {
    let ns =
        names_of("Al-Kestrah newspaper said Kestrelco shares fell , but Cruz shares the view .");
    assert!(has(&ns, "Al-Kestrah", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Kestrelco", MentionType::ORG), "{ns:?}");
    assert!(!has(&ns, "Cruz", MentionType::ORG), "{ns:?}");
    let ns = names_of("King Hussein sailed up the Nile , and Telefonica paid .");
    assert!(has(&ns, "Hussein", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Nile", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Telefonica", MentionType::ORG), "{ns:?}");
    // A known person whose name ends like a title ("Sen."), and that
    // title still before a name.
    let ns = names_of("Hun Sen met Sen. Kestrel Olafsen .");
    assert!(has(&ns, "Hun Sen", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Kestrel Olafsen", MentionType::PER), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n == "Sen"), "{ns:?}");
    let ms = mentions("The team of Cote d'Ivoire won .");
    assert_eq!(find_text(&ms, "Cote d'Ivoire").1.as_deref(), Some("CIV"));
}

#[test]
fn a_name_after_a_body_s_noun_is_the_body_s_and_closing_words_type_names() {
    let ns = names_of("Dutch chemicals group Akzelnor Nobel said profit rose nine percent .");
    assert!(has(&ns, "Akzelnor Nobel", MentionType::ORG), "{ns:?}");
    let ns =
        names_of("Shares in the airline Kestrair fell , and developer Carlos Beruff said so .");
    assert!(has(&ns, "Kestrair", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Carlos Beruff", MentionType::PER), "{ns:?}");
    let ns = names_of(
        "Analysts at Brenmoor Brothers said the Olympic champion won the Kestrel Invitational .",
    );
    assert!(has(&ns, "Brenmoor Brothers", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Olympic", MentionType::MISC), "{ns:?}");
    assert!(
        has(&ns, "Kestrel Invitational", MentionType::MISC),
        "{ns:?}"
    );
    let ns = names_of("Nazi war criminals fled .");
    assert!(has(&ns, "Nazi", MentionType::MISC), "{ns:?}");
}

#[test]
fn fixtures_rows_after_a_label_and_scorers_named_like_towns() {
    let ns = names_of("BASKETBALL - NBA RESULTS .");
    assert_eq!(ns, vec![("NBA".to_string(), MentionType::ORG)]);
    let ns = names_of("NEW JERSEY AT PHILADELPHIA");
    assert!(has(&ns, "NEW JERSEY", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "PHILADELPHIA", MentionType::ORG), "{ns:?}");
    let ns = names_of("Division one : Bolton 2 Barnsley 2 , Manchester City 1 Stoke 0");
    assert!(has(&ns, "Bolton", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Barnsley", MentionType::ORG), "{ns:?}");
    let ns = names_of("Scorers : Shearer 12 , Fowler 11 , Wright 10");
    assert!(has(&ns, "Wright", MentionType::PER), "{ns:?}");
    let ns = names_of("Sheffield Shield : Queensland 345 v Victoria 210");
    assert!(has(&ns, "Sheffield Shield", MentionType::MISC), "{ns:?}");
}

#[test]
fn players_and_clubs_named_like_towns_and_capitals() {
    // A batsman's catcher or bowler whom a town names.
    let ns = names_of("Saeed Anwar c Germon b Cairns 12");
    assert!(has(&ns, "Cairns", MentionType::PER), "{ns:?}");
    let ns = names_of("Bowling : Doull 10-1-42-2 , Cairns 9-0-51-1");
    assert!(has(&ns, "Cairns", MentionType::PER), "{ns:?}");
    // A capital in a results row is its club; in prose, the place.
    let ns = names_of("Ottawa 3 Toronto 2");
    assert!(has(&ns, "Ottawa", MentionType::ORG), "{ns:?}");
    let ns = names_of("Ottawa said the talks would resume .");
    assert!(has(&ns, "Ottawa", MentionType::LOC), "{ns:?}");
}

#[test]
fn outlets_constabularies_the_fed_and_a_body_before_its_leader() {
    let ns = names_of("French daily Le Monde reported that the Fed would act .");
    assert!(has(&ns, "Le Monde", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Fed", MentionType::ORG), "{ns:?}");
    let ns = names_of("The Royal Ulster Constabulary said a bomb exploded .");
    assert!(
        has(&ns, "Royal Ulster Constabulary", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("Saudi Oil Minister Hisham Nazer spoke .");
    assert!(has(&ns, "Saudi", MentionType::MISC), "{ns:?}");
    // "of" and a person's full name are no part of the body's name.
    let ns = names_of("The National Front of Jean-Marie Le Pen won the town .");
    assert!(has(&ns, "National Front", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Jean-Marie Le Pen", MentionType::PER), "{ns:?}");
    let ns = names_of("He sued under the Freedom of Information Act .");
    // (The law's whole name stays one name, whatever its type.)
    assert!(
        ns.iter().any(|(n, _)| n == "Freedom of Information Act"),
        "{ns:?}"
    );
}

#[test]
fn a_demonym_before_an_office_and_names_joined_by_es() {
    let ns = names_of("He met the Syrian president in Dar es Salaam .");
    assert!(has(&ns, "Syrian", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Dar es Salaam", MentionType::LOC), "{ns:?}");
    let ns =
        names_of("Taleban fighters reached the Salang tunnel as the Palestinian Authority met .");
    assert!(has(&ns, "Taleban", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Salang", MentionType::LOC), "{ns:?}");
    assert!(
        has(&ns, "Palestinian Authority", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn exchanges_venues_in_headlines_and_new_england() {
    let ns = names_of("LIFFE cocoa futures ended steady , while Comex silver rose .");
    assert!(has(&ns, "LIFFE", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Comex", MentionType::ORG), "{ns:?}");
    let ns = names_of("HORSE RACING - DETTORI RIDES FOUR WINNERS AT KEMPTON .");
    assert!(has(&ns, "DETTORI", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "KEMPTON", MentionType::LOC), "{ns:?}");
    let ns = names_of("NEW ENGLAND 9 4 0 346 276 .692");
    assert!(has(&ns, "NEW ENGLAND", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_home_nation_plays_as_a_state_and_a_club_s_country_is_a_name_of_its_own() {
    let ns = names_of("South Africa beat Wales 37-20 in a rugby union international .");
    assert!(has(&ns, "Wales", MentionType::LOC), "{ns:?}");
    let ns = names_of("Wales coach Kevin Bowring said his side lacked discipline .");
    assert!(has(&ns, "Wales", MentionType::LOC), "{ns:?}");
    let ns = names_of("Juventus of Italy beat River Plate of Argentina 1-0 in Tokyo .");
    for (name, t) in [
        ("Juventus", MentionType::ORG),
        ("Italy", MentionType::LOC),
        ("River Plate", MentionType::ORG),
        ("Argentina", MentionType::LOC),
    ] {
        assert!(has(&ns, name, t), "{name}: {ns:?}");
    }
    // A body's own name still runs through "of".
    let ns = names_of("Voters backed the Democratic Party of Turkmenistan on Sunday .");
    assert!(
        has(&ns, "Democratic Party of Turkmenistan", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn a_name_after_the_is_seldom_a_person_s() {
    let ns = names_of("He criticized the Endangered Species Act on Monday .");
    assert!(
        has(&ns, "Endangered Species Act", MentionType::MISC),
        "{ns:?}"
    );
    let ns = names_of("They met at the Holocaust Memorial Museum in Washington .");
    assert!(!ns.iter().any(|(_, t)| *t == MentionType::PER), "{ns:?}");
    let ns = names_of("He denounced the Ku Klux Klan on Monday .");
    assert!(has(&ns, "Ku Klux Klan", MentionType::ORG), "{ns:?}");
    // A given name opens a person's name after "the" too.
    let ns = names_of("He resigned during the Lois Lerner email controversy .");
    assert!(has(&ns, "Lois Lerner", MentionType::PER), "{ns:?}");
}

#[test]
fn venues_towns_typed_by_their_last_word_and_states_after_de() {
    let ns = names_of("Newcastle lost 2-1 at Anfield on Saturday .");
    assert!(has(&ns, "Anfield", MentionType::LOC), "{ns:?}");
    let ns = names_of("Manchester United drew 1-1 at Old Trafford .");
    assert!(has(&ns, "Old Trafford", MentionType::LOC), "{ns:?}");
    let ns = names_of("Barcelona beat Valencia 3-1 at the Nou Camp on Saturday .");
    assert!(has(&ns, "Nou Camp", MentionType::LOC), "{ns:?}");
    // "Green Bay" is typed by "Bay" and is the gazetteer's town, so its club.
    let ns = names_of("Green Bay 31 DETROIT 3");
    assert!(has(&ns, "Green Bay", MentionType::ORG), "{ns:?}");
    let ns = names_of("Tour de France winner Miguel Indurain retired .");
    assert!(has(&ns, "Tour de France", MentionType::MISC), "{ns:?}");
    let ns = names_of("Gaz de France shares rose .");
    assert!(has(&ns, "Gaz de France", MentionType::ORG), "{ns:?}");
}

#[test]
fn firms_of_partners_bodies_named_by_purpose_and_where_traders_work() {
    let ns = names_of("He joined Moore & Van Allen in 1990 .");
    assert!(has(&ns, "Moore & Van Allen", MentionType::ORG), "{ns:?}");
    // Two people, or two bodies' acronyms, stay apart.
    let ns = names_of("He met Stephen Fry & McFly on Friday .");
    assert!(has(&ns, "Stephen Fry", MentionType::PER), "{ns:?}");
    let ns = names_of("He holds the WBA & IBO titles .");
    assert!(!ns.iter().any(|(n, _)| n.contains('&')), "{ns:?}");
    let ns = names_of("A spokesman for the Movement for Democratic Change said so .");
    assert!(
        has(&ns, "Movement for Democratic Change", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("He is a fellow at the Center for Strategic and International Studies .");
    assert!(
        has(
            &ns,
            "Center for Strategic and International Studies",
            MentionType::ORG
        ),
        "{ns:?}"
    );
    let ns = names_of("\"Prices will rise , \" said a dealer at Jardine Fleming .");
    assert!(has(&ns, "Jardine Fleming", MentionType::ORG), "{ns:?}");
    let ns = names_of("Cheung Kong gained 1.50 dollars and Hutchison Whampoa added one dollar .");
    assert!(has(&ns, "Hutchison Whampoa", MentionType::ORG), "{ns:?}");
    let ns = names_of("The blue-chip Hang Seng Index rose 95.41 points .");
    assert!(has(&ns, "Hang Seng Index", MentionType::MISC), "{ns:?}");
    let ns = names_of("He leads the Dunhill Challenge by two shots .");
    assert!(has(&ns, "Dunhill Challenge", MentionType::MISC), "{ns:?}");
    // A common word's plural before "of" opens no name.
    let ns = names_of("Standings of National Hockey League teams after games on Sunday :");
    assert!(
        has(&ns, "National Hockey League", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn shouted_events_surnames_like_titles_and_clubs_in_a_league_sentence() {
    let ns = names_of("GOLF - NORMAN WITHDRAWS FROM AUSTRALIAN OPEN WITH BACK INJURY .");
    assert!(has(&ns, "AUSTRALIAN OPEN", MentionType::MISC), "{ns:?}");
    let ns = names_of("Tyson 's promoter Don King said a rematch would be held .");
    assert!(has(&ns, "Don King", MentionType::PER), "{ns:?}");
    // A place's officer is still an office.
    let ns = names_of("Orlando Mayor Buddy Dyer said so .");
    assert!(!ns.iter().any(|(n, _)| n == "Orlando Mayor"), "{ns:?}");
    let ns = names_of("Baggio came on as a substitute for Milan but could not save them .");
    assert!(has(&ns, "Milan", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_title_opening_a_body_an_index_and_initials_run_together() {
    let ns = names_of("A strike called by the General Labour Confederation shut banks .");
    assert!(
        has(&ns, "General Labour Confederation", MentionType::ORG),
        "{ns:?}"
    );
    // A title before "of" or a given name is still a title.
    let ns = names_of("He is the CEO of The Wildlife Society .");
    assert!(!ns.iter().any(|(n, _)| n.starts_with("CEO")), "{ns:?}");
    let ns = names_of("The Mexican Stock Exchange 's IPC index rose 1.2 percent .");
    assert!(has(&ns, "IPC", MentionType::MISC), "{ns:?}");
    let ns = names_of("Lawyers opened their civil case against O.J. Simpson on Wednesday .");
    assert!(has(&ns, "O.J. Simpson", MentionType::PER), "{ns:?}");
}

#[test]
fn a_town_in_an_individual_sport_s_headline_and_a_unit_after_a_number() {
    let ns = names_of("TENNIS - KRAJICEK , STICH REACH STUTTGART SEMIS .");
    assert!(has(&ns, "STUTTGART", MentionType::LOC), "{ns:?}");
    // In a team sport's headline the town is still its club.
    let ns = names_of("SOCCER - RONALDO SCORES AS BARCELONA GO TOP .");
    assert!(has(&ns, "BARCELONA", MentionType::ORG), "{ns:?}");
    let ns = names_of("NESTLE PROFITS RISE 10 PCT .");
    assert!(!ns.iter().any(|(n, _)| n == "PCT"), "{ns:?}");
}

#[test]
fn a_body_s_fields_joined_by_and_and_a_hall_of_fame() {
    let ns = names_of("A spokesman for the Ministry of Trade and Industry said so .");
    assert!(
        has(&ns, "Ministry of Trade and Industry", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("The Bank of England and Barclays agreed .");
    assert!(has(&ns, "Barclays", MentionType::ORG), "{ns:?}");
    let ns = names_of("He is among the finalists for the Pro Football Hall of Fame .");
    assert!(
        has(&ns, "Pro Football Hall of Fame", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn large_islands_are_places_of_their_country() {
    let ns = names_of("The loan will improve roads on Sumatra and Java .");
    assert!(has(&ns, "Sumatra", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Java", MentionType::LOC), "{ns:?}");
}

#[test]
fn bodies_named_with_a_state_outlets_and_a_ministry_of_a_name() {
    let ns = names_of("He said Bank Indonesia had widened the band .");
    assert!(has(&ns, "Bank Indonesia", MentionType::ORG), "{ns:?}");
    let ns = names_of("Foreign funds sold Telekom Malaysia .");
    assert!(has(&ns, "Telekom Malaysia", MentionType::ORG), "{ns:?}");
    let ns = names_of("Police stopped students at Cumhuriyet University .");
    assert!(
        has(&ns, "Cumhuriyet University", MentionType::ORG),
        "{ns:?}"
    );
    let ns = names_of("GAZETA WYBORCZA");
    assert!(has(&ns, "GAZETA WYBORCZA", MentionType::ORG), "{ns:?}");
    let ns = names_of("Ministry of Finance officials said the yen was too weak .");
    assert!(has(&ns, "Ministry of Finance", MentionType::ORG), "{ns:?}");
    let ns = names_of("Results of National Football League games ( home team in CAPS ) :");
    assert!(!ns.iter().any(|(n, _)| n == "CAPS"), "{ns:?}");
}

#[test]
fn a_legislature_opening_a_sentence_and_a_party_word_before_it() {
    let ns = names_of("Congress passed the bill on Friday .");
    assert!(has(&ns, "Congress", MentionType::ORG), "{ns:?}");
    let ns = names_of("Lawmakers passed the bill on Friday .");
    assert!(ns.is_empty(), "{ns:?}");
    let ns = names_of("Republican Senate leader Trent Lott welcomed the choices .");
    assert!(has(&ns, "Republican", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Senate", MentionType::ORG), "{ns:?}");
    // A body's own name stays whole.
    let ns = names_of("He spoke to the European Parliament on Monday .");
    assert!(has(&ns, "European Parliament", MentionType::ORG), "{ns:?}");
}

#[test]
fn sports_copy_teams_saints_and_events_opening_a_line() {
    let ns = names_of("Brian Laudrup scored twice as Rangers won 2-1 at Hibernian .");
    assert!(has(&ns, "Rangers", MentionType::ORG), "{ns:?}");
    // (A surname is no team: "rallies of Sanders supporters 3-1".)
    let ns = names_of("Polls put Sanders supporters ahead 3-1 .");
    assert!(!has(&ns, "Sanders", MentionType::ORG), "{ns:?}");
    let ns = names_of("He joined the Sydney Swans after leaving St Kilda .");
    assert!(has(&ns, "St Kilda", MentionType::ORG), "{ns:?}");
    let ns = names_of("The ship sailed from St Augustine .");
    assert!(!ns.iter().any(|(_, t)| *t == MentionType::PER), "{ns:?}");
    let ns = names_of("Results of Scottish premier division matches on Saturday :");
    assert!(has(&ns, "Scottish", MentionType::MISC), "{ns:?}");
    let ns = names_of("World Cup giant slalom standings :");
    assert!(has(&ns, "World Cup", MentionType::MISC), "{ns:?}");
    let ns = names_of("He fought in World War II and came home .");
    assert!(has(&ns, "World War II", MentionType::MISC), "{ns:?}");
    let ns = names_of("MOTOR RACING - FERRARI UNVEIL NEW CAR .");
    assert!(has(&ns, "FERRARI", MentionType::ORG), "{ns:?}");
    let ns = names_of("AUSTRALIAN RULES - LOCKETT JOINS SYDNEY .");
    assert!(has(&ns, "SYDNEY", MentionType::ORG), "{ns:?}");
    assert!(!has(&ns, "AUSTRALIAN", MentionType::MISC), "{ns:?}");
    let ns = names_of("New Jersey 3 PITTSBURGH 2 ( OT )");
    assert!(!ns.iter().any(|(n, _)| n == "OT"), "{ns:?}");
}

#[test]
fn a_competition_is_misc_whole_with_its_title_or_letter() {
    for (line, name) in [
        (
            "Liverpool moved top of the Premier League on Saturday .",
            "Premier League",
        ),
        ("Juventus lead Serie A by two points .", "Serie A"),
        (
            "Ajax won the Champions League last year .",
            "Champions League",
        ),
        ("Faldo won the Masters in April .", "Masters"),
    ] {
        let ns = names_of(line);
        assert!(has(&ns, name, MentionType::MISC), "{line}: {ns:?}");
        assert_eq!(
            ns.iter().filter(|(n, _)| name.contains(n.as_str())).count(),
            1,
            "{ns:?}"
        );
    }
}

#[test]
fn a_person_s_name_stops_at_of_and_a_lone_letter_names_nothing() {
    let ns = names_of("German sprinter Erik Zabel of Team Telekom won the stage .");
    assert!(has(&ns, "Erik Zabel", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Team Telekom", MentionType::ORG), "{ns:?}");
    let ns = names_of("Senator Ted Cruz of Texas said he would vote no .");
    assert!(has(&ns, "Ted Cruz", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Texas", MentionType::LOC), "{ns:?}");
    let ns = names_of("Japan beat Syria 2-1 in a group C match .");
    assert!(!ns.iter().any(|(n, _)| n == "C"), "{ns:?}");
    let ns = names_of("Armenian President Levon Ter-Petrosyan met Azeri President Heydar Aliyev .");
    assert!(has(&ns, "Azeri", MentionType::MISC), "{ns:?}");
    let ns = names_of("Azerbaijan signed an oil deal with British Petroleum .");
    assert!(has(&ns, "British Petroleum", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_title_before_of_is_an_office_of_a_place_and_a_titled_name_stops_at_of() {
    let ns = names_of("Democrats pointed to Senator Bernie Sanders of Vermont as a rival .");
    assert!(has(&ns, "Bernie Sanders", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Vermont", MentionType::LOC), "{ns:?}");
    let ns = names_of("The church attended by the Governor of Alaska , Sarah Palin , burned .");
    assert!(has(&ns, "Alaska", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Sarah Palin", MentionType::PER), "{ns:?}");
    let ns = names_of("On Wednesday House Speaker Paul D. Ryan of Wisconsin lamented it .");
    assert!(has(&ns, "Paul D. Ryan", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Wisconsin", MentionType::LOC), "{ns:?}");
    let ns = names_of("CIA Director John Brennan said the attack was planned .");
    assert!(has(&ns, "John Brennan", MentionType::PER), "{ns:?}");
    // The possessor of an office is what the office is of.
    let ns = names_of("Ali Khamenei , Iran 's supreme leader , said so .");
    assert!(has(&ns, "Iran", MentionType::LOC), "{ns:?}");
    // A religion is MISC; a tower a place.
    let ns = names_of("He called it the enemy of Islam near the Khobar Towers complex .");
    assert!(has(&ns, "Islam", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Khobar Towers", MentionType::LOC), "{ns:?}");
    // The name in an office written in lower case is what the office is of.
    let ns = names_of("He met the president of Mexico and the foreign minister of France .");
    assert!(has(&ns, "Mexico", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "France", MentionType::LOC), "{ns:?}");
    // An office of `offices.txt` with "of" in it still stands before the name.
    let ns = names_of("The talks ended before Secretary of State Condoleezza Rice arrived .");
    assert!(has(&ns, "Condoleezza Rice", MentionType::PER), "{ns:?}");
}

#[test]
fn a_state_s_innings_is_its_team_s_and_an_oval_is_a_ground() {
    let ns = names_of("Tasmania first innings");
    assert!(has(&ns, "Tasmania", MentionType::ORG), "{ns:?}");
    let ns = names_of("Zola was not in the Parma squad on Sunday .");
    assert!(has(&ns, "Parma", MentionType::ORG), "{ns:?}");
    let ns = names_of("St Helens beat Warrington 40-32 in the final at Wembley .");
    assert!(has(&ns, "Wembley", MentionType::LOC), "{ns:?}");
    let ns = names_of("Play resumed at Bellerive Oval on Friday .");
    assert!(has(&ns, "Bellerive Oval", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_leagues_division_named_by_its_region_is_misc() {
    for line in ["ATLANTIC DIVISION", "CENTRAL DIVISION", "EASTERN DIVISION"] {
        let ns = names_of(line);
        assert!(has(&ns, line, MentionType::MISC), "{ns:?}");
    }
    let ns = names_of("The 82nd Airborne Division deployed .");
    assert!(has(&ns, "Airborne Division", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_side_scored_for_twice_or_equalised_for_is_a_club() {
    let ns = names_of("Moeller scored twice for Dortmund .");
    assert!(has(&ns, "Dortmund", MentionType::ORG), "{ns:?}");
    let ns = names_of("Romario equalised for Valencia .");
    assert!(has(&ns, "Valencia", MentionType::ORG), "{ns:?}");
    let ns = names_of("He visited Dortmund twice .");
    assert!(has(&ns, "Dortmund", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_town_taking_a_plural_verb_firms_of_the_1990s_and_emu() {
    let ns = names_of("Leeds have signed a Norwegian defender .");
    assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
    let ns = names_of("People in Leeds are angry .");
    assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
    let ns = names_of("Fiat said sales fell , and ministers discussed EMU .");
    assert!(has(&ns, "Fiat", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "EMU", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_town_opening_a_scored_match_is_its_club() {
    let ns = names_of("Barcelona were held to a 1-1 draw by Valencia on Sunday .");
    assert!(has(&ns, "Barcelona", MentionType::ORG), "{ns:?}");
    let ns = names_of("Barcelona hosted a conference on Sunday .");
    assert!(has(&ns, "Barcelona", MentionType::LOC), "{ns:?}");
}

#[test]
fn peoples_nouns_and_regions_demonyms_are_misc() {
    let ns = names_of("The Spaniard , 32 , said he would retire .");
    assert!(has(&ns, "Spaniard", MentionType::MISC), "{ns:?}");
    let ns = names_of("Ronaldo put the Catalans ahead .");
    assert!(has(&ns, "Catalans", MentionType::MISC), "{ns:?}");
    let ns = names_of("East Timorese activists staged a protest .");
    assert!(has(&ns, "East Timorese", MentionType::MISC), "{ns:?}");
}

#[test]
fn north_american_teams_are_clubs_by_name_and_distinct_nickname() {
    let ns = names_of("Alonzo Mourning had 22 points for the Miami Heat .");
    assert!(has(&ns, "Miami Heat", MentionType::ORG), "{ns:?}");
    let ns = names_of("Philadelphia 3 NY ISLANDERS 3");
    assert!(has(&ns, "NY ISLANDERS", MentionType::ORG), "{ns:?}");
    let ns = names_of("The Lakers beat the Knicks on Sunday .");
    assert!(has(&ns, "Lakers", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Knicks", MentionType::ORG), "{ns:?}");
    // A nickname that is a common word is no club alone.
    let ns = names_of("Rockets hit the city overnight .");
    assert!(ns.is_empty(), "{ns:?}");
}

#[test]
fn a_datelines_names_are_places_and_a_shouted_date_no_name() {
    let ns = names_of("Kfar Kila 1996-12-10");
    assert_eq!(ns, vec![("Kfar Kila".to_string(), MentionType::LOC)]);
    let ns = names_of("Val d'Isere , France 1996-12-12");
    assert!(has(&ns, "Val d'Isere", MentionType::LOC), "{ns:?}");
    assert!(names_of("SATURDAY , DECEMBER 7").is_empty());
}

#[test]
fn an_agent_plural_opening_a_sentence_and_a_cooperative() {
    // "Rescuers" is "rescue" and its doer, though no word list holds it.
    let ns = names_of("Rescuers found the climber at dawn .");
    assert!(ns.is_empty(), "{ns:?}");
    let ns = names_of("The Tarnow Mining Cooperative owns the quarry .");
    assert!(
        has(&ns, "Tarnow Mining Cooperative", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn no_body_s_name_runs_over_a_line_break() {
    let text = "THE WHITE HOUSE\nOffice of the Press Secretary\n\
                Shot Three Times By Police\n\nPolice said the man was armed .";
    for m in found(text) {
        assert!(!m.span.text(text).contains('\n'), "{:?}", m.span.text(text));
    }
}

#[test]
fn two_passes_that_find_one_name_make_one_mention() {
    let text = "SOCCER - VOLARDO SCORES AS BARCELONA GO TOP .\nBARCELONA 1996-12-15\n\
                Volardo scored twice as Barcelona beat Valencia 3-1 on Sunday .";
    let spans: Vec<_> = found(text)
        .iter()
        .map(|m| (m.span.start, m.span.end))
        .collect();
    let mut unique = spans.clone();
    unique.dedup();
    assert_eq!(spans, unique);
}

#[test]
fn a_club_s_town_in_the_dateline_is_the_town() {
    let text = "SOCCER - VOLARDO SCORES AS BARCELONA GO TOP .\n\
                BARCELONA 1996-12-15\n\
                Volardo scored twice as Barcelona beat Valencia 3-1 on Sunday .";
    let kb = KnowledgeBase::embedded();
    let got: Vec<(usize, MentionType)> = named_spans(text, &found(text), &kb)
        .into_iter()
        .filter(|(s, _)| s.text(text).eq_ignore_ascii_case("Barcelona"))
        .map(|(s, t)| (s.start, t))
        .collect();
    let dateline = text.find("BARCELONA 1996").unwrap();
    assert!(got.contains(&(dateline, MentionType::LOC)), "{got:?}");
    assert_eq!(
        got.iter().filter(|(_, t)| *t == MentionType::ORG).count(),
        2,
        "{got:?}"
    );
}

#[test]
fn a_town_in_a_sentence_only_sports_copy_writes_is_its_club() {
    let ns = names_of("Ravanelli scored a hat-trick for Middlesbrough .");
    assert!(has(&ns, "Middlesbrough", MentionType::ORG), "{ns:?}");
    let ns = names_of("Leeds have signed Norwegian midfielder Olaf Brekke from Rosenborg .");
    assert!(has(&ns, "Leeds", MentionType::ORG), "{ns:?}");
    // The venue stays a town, and so does a town in other copy.
    let ns = names_of("The semifinal will be played in Leeds on Sunday .");
    assert!(has(&ns, "Leeds", MentionType::LOC), "{ns:?}");
    let ns = names_of("Police in Middlesbrough arrested a man for fraud .");
    assert!(has(&ns, "Middlesbrough", MentionType::LOC), "{ns:?}");
    // A side after a preposition where a match is scored.
    let ns = names_of("Liverpool went top after a 2-0 win at Southampton .");
    assert!(has(&ns, "Liverpool", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Southampton", MentionType::ORG), "{ns:?}");
    let ns = names_of("Fowler scored both goals for Liverpool .");
    assert!(has(&ns, "Liverpool", MentionType::ORG), "{ns:?}");
    let ns = names_of("They finished 1-2 in four states , from Hawaii to Southampton .");
    assert!(has(&ns, "Southampton", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_club_named_more_than_by_its_town_is_read_whole() {
    let ms =
        mentions("Djorkaeff left Paris St Germain for Inter Milan, and Nottingham Forest lost.");
    assert_eq!(find_text(&ms, "Paris St Germain").1.as_deref(), Some("FRA"));
    let ns =
        names_of("Djorkaeff left Paris St Germain for Inter Milan, and Nottingham Forest lost.");
    for club in ["Paris St Germain", "Inter Milan", "Nottingham Forest"] {
        assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
    }
    // ("Texas Rangers" is no Glasgow club.)
    let ns = names_of("Texas Rangers searched the ranch.");
    assert!(has(&ns, "Texas Rangers", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_big_city_that_is_a_given_name_before_a_plural_is_its_team() {
    // A plural of prose after a smaller city.
    let ns = names_of("Denver Broncos quarterback John Elway met the Jackson Generals.");
    assert!(has(&ns, "Denver Broncos", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Jackson Generals", MentionType::ORG), "{ns:?}");
    let ns = names_of("He met George Bergeles and Nancy O'Higgins.");
    assert!(has(&ns, "George Bergeles", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Nancy O'Higgins", MentionType::PER), "{ns:?}");
}

#[test]
fn a_headline_names_what_the_sentences_name() {
    // Each line its own paragraph, as extraction gives them.
    let text = "Hansbrough Sets Scoring Record In Victory\nTyler Hansbrough scored 20 points on Thursday night for the home side.";
    let paragraphs = vec![Span::new(0, 41), Span::new(42, text.len())];
    let kb = KnowledgeBase::embedded();
    let toks = tokens::tokenize(text);
    let sents = sentences::split(text, &paragraphs);
    let ms = find(
        text,
        &toks,
        &sents,
        &kb,
        jiff::civil::date(2023, 11, 6),
        &[],
    );
    let ns: Vec<(String, MentionType)> = named_spans(text, &ms, &kb)
        .into_iter()
        .map(|(span, t)| (span.text(text).to_string(), t))
        .collect();
    assert!(has(&ns, "Hansbrough", MentionType::PER), "{ns:?}");
    assert!(
        !ns.iter().any(|(n, _)| n == "Sets" || n == "Record"),
        "{ns:?}"
    );
}

#[test]
fn a_shouted_headline_shows_places_events_clubs_people_and_acronyms() {
    let ns = names_of("BOXING - TYSON TO MEET HOLYFIELD IN LAS VEGAS .");
    assert!(has(&ns, "TYSON", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "HOLYFIELD", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "LAS VEGAS", MentionType::LOC), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n == "BOXING"), "{ns:?}");
    let ns = names_of("SOCCER - KESTRELTON UNITED CRASH OUT OF EUROPEAN CUP .");
    assert!(has(&ns, "EUROPEAN CUP", MentionType::MISC), "{ns:?}");
    // A word of prose is no surname there, though the census lists it.
    assert!(!ns.iter().any(|(n, _)| n.contains("CRASH")), "{ns:?}");
    let ns = names_of("SQUASH - RESULTS FROM THE HONG KONG OPEN .");
    assert!(has(&ns, "HONG KONG OPEN", MentionType::MISC), "{ns:?}");
    // In a sports headline a word no list knows is a player, unless a
    // form of a word of prose or of the game; a town is a club, unless
    // the venue.
    let ns = names_of("TENNIS - SAMPRETTI BEATS KAFELNOR IN SEMIFINALS AT SYDNEY .");
    assert!(has(&ns, "SAMPRETTI", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "SYDNEY", MentionType::LOC), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n.contains("SEMIFINALS")), "{ns:?}");
    let ns = names_of("SOCCER - VOLARDO SCORES AS BARCELONA GO TOP .");
    assert!(has(&ns, "VOLARDO", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "BARCELONA", MentionType::ORG), "{ns:?}");
    // Not in a headline without a sport's label.
    let ns = names_of("VOLARDO BRAND SALES SLUMP IN BARCELONA .");
    assert!(!ns.iter().any(|(n, _)| n.contains("VOLARDO")), "{ns:?}");
    let ns = names_of("NHL ICE HOCKEY - STANDINGS AFTER FRIDAY 'S GAMES .");
    assert!(has(&ns, "NHL", MentionType::ORG), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n.contains("ICE")), "{ns:?}");
    let ns = names_of("RUGBY UNION - WALLABIES NAME UNCHANGED SIDE FOR TEST .");
    assert!(!ns.iter().any(|(n, _)| n.contains("RUGBY")), "{ns:?}");
}

#[test]
fn a_club_s_own_name_is_a_club_alone_and_before_its_city() {
    let ns =
        names_of("Feyenoord beat Bayer Leverkusen, and Atletico Madrid drew with Hertha Berlin.");
    for club in [
        "Feyenoord",
        "Bayer Leverkusen",
        "Atletico Madrid",
        "Hertha Berlin",
    ] {
        assert!(has(&ns, club, MentionType::ORG), "{club}: {ns:?}");
    }
}

#[test]
fn airlines_tories_and_the_chancellor_of_the_exchequer() {
    let ns = names_of("Air France cut fares, Tory MPs said, and Chancellor of the Exchequer Kenneth Clarke agreed with Tory Mazzola.");
    assert!(has(&ns, "Air France", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Tory", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Kenneth Clarke", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Tory Mazzola", MentionType::PER), "{ns:?}");
    // A party word closing the text: nothing is read past its end.
    let ns = names_of("He voted Kestrel Tory");
    assert!(!ns.is_empty(), "{ns:?}");
}

#[test]
fn a_town_after_a_result_s_noun_is_a_club_and_a_garden_a_place() {
    let ns =
        names_of("The coach was sacked after a 3-2 defeat by Piacenza at Madison Square Garden.");
    assert!(has(&ns, "Piacenza", MentionType::ORG), "{ns:?}");
    assert!(
        has(&ns, "Madison Square Garden", MentionType::LOC),
        "{ns:?}"
    );
    let ns = names_of("He was born in Piacenza.");
    assert!(has(&ns, "Piacenza", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_town_in_parentheses_after_a_player_is_his_club_and_a_state_his_country() {
    let ns = names_of("10 - Dean Holloway ( Leicester ) , Tom Marsh ( Spain )");
    assert!(has(&ns, "Leicester", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Spain", MentionType::LOC), "{ns:?}");
    let ns = names_of("He moved to Leicester ( England ) in May.");
    assert!(has(&ns, "Leicester", MentionType::LOC), "{ns:?}");
}

#[test]
fn an_initial_is_no_article_and_opens_a_person_s_name() {
    let ns = names_of("A. Campbell lbw b Vaas 37");
    assert!(has(&ns, "A. Campbell", MentionType::PER), "{ns:?}");
}

#[test]
fn a_place_naming_an_agreement_seas_and_creeds() {
    let ns =
        names_of("The Maastricht treaty was signed before Socialist deputies sailed the Adriatic.");
    assert!(has(&ns, "Maastricht", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Socialist", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Adriatic", MentionType::LOC), "{ns:?}");
    let ns = names_of("He lives in Maastricht.");
    assert!(has(&ns, "Maastricht", MentionType::LOC), "{ns:?}");
    let ns = names_of("Italy would meet the Maastricht criteria.");
    assert!(has(&ns, "Maastricht", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_state_organ_named_by_its_function_is_a_name_and_its_demonym_stays_apart() {
    let ns = names_of("The Foreign Ministry said, and the Chinese Interior Ministry agreed.");
    assert!(has(&ns, "Foreign Ministry", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Interior Ministry", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Chinese", MentionType::MISC), "{ns:?}");
    // A description's one common word opening the sentence is no name.
    let ns = names_of("Police in Belgium arrested a man.");
    assert!(!ns.iter().any(|(n, _)| n == "Police"), "{ns:?}");
    assert!(has(&ns, "Belgium", MentionType::LOC), "{ns:?}");
}

#[test]
fn newspapers_column_heads_and_seats_that_are_bodies() {
    let ns = names_of("A poll in the Daily Clarion put Labour ahead.");
    assert!(has(&ns, "Daily Clarion", MentionType::ORG), "{ns:?}");
    let ns = names_of("Standings\nW L T GF GA PTS\nKestrelton 12 7 3 68 62 27");
    assert!(!ns.iter().any(|(n, _)| n.contains("GF")), "{ns:?}");
    let ns =
        names_of("State Department spokesman Nicholas Burns said the State Department agreed.");
    assert!(
        ns.iter()
            .filter(|(n, _)| n == "State Department")
            .all(|(_, t)| *t == MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn a_name_in_the_other_spelling_and_pairs_of_peoples_are_found() {
    let ms = found("The Organisation of African Unity and the Organisation for Economic Cooperation and Development met Greek Cypriot officials.");
    let names: Vec<&str> = ms
        .iter()
        .filter_map(|m| m.entity.as_ref().map(|e| e.name.as_str()))
        .collect();
    assert!(
        names.contains(&"Organization of African Unity"),
        "{names:?}"
    );
    assert!(
        names.contains(&"Organisation for Economic Co-operation and Development"),
        "{names:?}"
    );
    let ns = names_of("Greek Cypriot and Bosnian Moslem officials met.");
    assert!(has(&ns, "Greek Cypriot", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Bosnian Moslem", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_shouted_word_of_prose_before_a_known_surname_is_no_given_name() {
    let ns = names_of("ARAFAT AND NETANYAHU MEET AT BORDER CROSSING .");
    assert!(has(&ns, "NETANYAHU", MentionType::PER), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n.starts_with("AND")), "{ns:?}");
}

#[test]
fn a_name_after_a_relative_and_a_body_before_of_that_reports() {
    let ns = names_of("Police said his wife, Celeste, heard the shots from the kitchen.");
    assert!(has(&ns, "Celeste", MentionType::PER), "{ns:?}");
    let ns = names_of("On Monday the county Board of Supervisors added $20,000 to the reward.");
    assert!(has(&ns, "Board of Supervisors", MentionType::ORG), "{ns:?}");
    // A possessor after "in" is no place; a site is its body.
    let ns = names_of(
        "The film is based on the second book in Stephenie Meyer's franchise, EW.com reports.",
    );
    assert!(has(&ns, "Stephenie Meyer", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "EW.com", MentionType::ORG), "{ns:?}");
    // A people's possessive opens a name.
    let ns = names_of("He was on his way to work at the Men's Central Jail on Monday.");
    assert!(has(&ns, "Men's Central Jail", MentionType::LOC), "{ns:?}");
}

#[test]
fn sentence_openers_pronouns_and_arabic_articles_in_names() {
    let names = names_of(
            "But Karim Wasifi says the road is closed. Again I want to thank the farmers. \
             The convoy met Nouri al-Maliki near the Haditha Dam. \
             The Daily Courier Times reported the deal. \
             Swiss bank UBS reported higher profits. Boris Becker beat Jim Courier of the U.S. in Paris. \
             The Royal Navy escorted the ship. The Asad regime bombed the town. \
             Lt. Gen. Stephen J. Townsend said a VBIED killed Abu Musab al-Zarqawi's deputy. \
             New York Daily Times staff flew to Scotland. \
             Shares in British Airways fell on the London Stock Exchange. Clinton signed the bill. \
             Striker Kofi Mensah scored twice. Graf reached the final of the U.S. Open. \
             Ajax signed forward Tijani Babangida, Finance Minister Ivan Kocarnik said. \
             Shares of Apple Computer Inc fell. The Navy escorted them.",
        );
    let want = [
        ("Karim Wasifi", MentionType::PER),
        ("Nouri al-Maliki", MentionType::PER),
        ("Haditha Dam", MentionType::LOC),
        ("Daily Courier Times", MentionType::ORG),
        ("UBS", MentionType::ORG),
        ("Jim Courier", MentionType::PER),
        ("U.S.", MentionType::LOC),
        ("Royal Navy", MentionType::ORG),
        ("Asad", MentionType::PER),
        ("Stephen J. Townsend", MentionType::PER),
        ("Abu Musab al-Zarqawi", MentionType::PER),
        ("New York Daily Times", MentionType::ORG),
        ("Scotland", MentionType::LOC),
        ("British Airways", MentionType::ORG),
        ("London Stock Exchange", MentionType::ORG),
        ("Clinton", MentionType::PER),
        ("Kofi Mensah", MentionType::PER),
        ("U.S. Open", MentionType::MISC),
        ("Tijani Babangida", MentionType::PER),
        ("Ivan Kocarnik", MentionType::PER),
        ("Apple Computer Inc", MentionType::ORG),
    ];
    for (text, t) in want {
        assert!(
            names.contains(&(text.to_string(), t)),
            "{text:?} {t:?} not in {names:?}"
        );
    }
    assert!(
        !names.iter().any(|(n, _)| n.contains("But")
            || n.contains("Again")
            || n == "I"
            || n == "VBIED"
            || n.contains("Minister")
            || n == "The Navy"),
        "{names:?}"
    );
}

#[test]
fn a_surname_alone_is_the_one_person_named_in_full_before_it() {
    let ms = mentions("John Bolton met the king. Bolton said the talks were good.");
    assert_eq!(find_text(&ms, "Bolton").2.as_deref(), Some("John Bolton"));
    assert_eq!(find_text(&ms, "Bolton").1.as_deref(), Some("USA"));
    // Two of that name before it: neither.
    let ms = mentions(
        "Bill Clinton and Hillary Clinton arrived in Iowa. Clinton said the race was close.",
    );
    assert_eq!(
        find_text(&ms, "Clinton").2.as_deref(),
        Some("Clinton"),
        "{ms:?}"
    );
}

#[test]
fn a_national_security_adviser_is_an_office_not_a_citizen() {
    let ms = mentions("U.S. national security adviser Jake Sullivan said the talks were useful.");
    assert!(ms.iter().all(|m| m.0 != "U.S. national"), "{ms:?}");
    assert_eq!(find_text(&ms, "Jake Sullivan").1.as_deref(), Some("USA"));
    // Israel's foreign minister on the tests' date (2023-11-06).
    let ms = mentions("Israel's foreign minister said the talks were useful.");
    assert_eq!(
        find_text(&ms, "Israel's foreign minister").2.as_deref(),
        Some("Eli Cohen"),
        "{ms:?}"
    );
}

#[test]
fn a_place_before_a_described_organ_gives_its_country() {
    let text = "At least 31,000 people have been killed, according to the Gaza health ministry.";
    assert_eq!(
        resolved(text, &[], "Gaza health ministry").0.as_deref(),
        Some("PSE")
    );
}

#[test]
fn the_eu_s_foreign_policy_chief_is_the_union_s() {
    let ms = mentions("The bloc's foreign policy chief Josep Borrell said the talks were useful.");
    assert_eq!(
        find_text(&ms, "Josep Borrell").1.as_deref(),
        Some("IGO"),
        "{ms:?}"
    );
    // A town named like a known person's surname, before its state, is the town.
    let ns = names_of("The fire started in Ashton, Md., on Friday.");
    assert!(has(&ns, "Ashton", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_sanctions_regime_is_no_government() {
    let ms = mentions("The ministers agreed to expand the sanctions regime on Monday.");
    assert!(ms.iter().all(|m| m.0 != "regime"), "{ms:?}");
    let ms = mentions("The regime denied the report.");
    find_text(&ms, "regime");
}

#[test]
fn descriptions_take_their_country_and_sector() {
    let ms = mentions("An informed Iranian source said American positions and U.S. bases were hit by Iraqi militias.");
    assert_eq!(
        find_text(&ms, "informed Iranian source").1.as_deref(),
        Some("IRN")
    );
    assert_eq!(
        find_text(&ms, "American positions").1.as_deref(),
        Some("USA")
    );
    assert_eq!(find_text(&ms, "U.S. bases").1.as_deref(), Some("USA"));
    assert_eq!(find_text(&ms, "Iraqi militias").1.as_deref(), Some("IRQ"));
}

#[test]
fn demonym_before_a_group_yields_to_the_group_and_modifiers_are_marked() {
    let ms = mentions(
        "Yemeni Houthis fired at ships, and American policy changed. Iran's position is firm.",
    );
    assert!(ms.iter().all(|m| m.0 != "Yemeni"));
    assert_eq!(find_text(&ms, "Houthis").2.as_deref(), Some("Houthis"));
    assert!(find_text(&ms, "American").3, "American policy: modifier");
    assert!(find_text(&ms, "Iran").3, "Iran's: modifier");
}

#[test]
fn offices_resolve_by_date_and_pronouns_link_back() {
    let ms =
        mentions("Iran's foreign minister spoke on Monday. He said the US had sent a message.");
    assert_eq!(
        find_text(&ms, "Iran's foreign minister").2.as_deref(),
        Some("Hossein Amir-Abdollahian")
    );
    assert_eq!(
        find_text(&ms, "He").2.as_deref(),
        Some("Hossein Amir-Abdollahian")
    );
}

#[test]
fn a_bare_title_names_the_holder_named_before_or_the_article_s_country_s() {
    // Linked back to the holder, office or its word alone.
    let ms = mentions(
        "Iran's foreign minister spoke on Monday. The minister told reporters that talks \
             went well. Later the foreign minister left.",
    );
    for title in ["minister", "foreign minister"] {
        assert_eq!(
            find_text(&ms, title).2.as_deref(),
            Some("Hossein Amir-Abdollahian"),
            "{title}"
        );
    }
    // None named before: the holder of the country the article is about.
    let ms = mentions(
        "Iran seized a tanker on Sunday. Speaking in Tehran, the foreign minister said \
             the ship broke Iranian law.",
    );
    assert_eq!(
        find_text(&ms, "foreign minister").2.as_deref(),
        Some("Hossein Amir-Abdollahian")
    );
    // Not one named before who does not hold it on the article's date
    // (Trump in 2023), nor one who holds another office with its word
    // (the vice president), nor an office of something else.
    let ms = mentions(
        "In Washington, Donald Trump and Vice President Kamala Harris met. The White \
             House said the president was away. Later the president of the bar association \
             spoke.",
    );
    assert_eq!(
        find_text(&ms, "president").2.as_deref(),
        Some("Joe Biden"),
        "{ms:?}"
    );
    assert_eq!(
        ms.iter().filter(|m| m.0 == "president").count(),
        1,
        "{ms:?}"
    );
    // Capitalized in American style, an office still is one, and no name.
    let text = "In Washington, the White House said the President was away.";
    let ms = mentions(text);
    assert_eq!(find_text(&ms, "President").2.as_deref(), Some("Joe Biden"));
    assert!(!names_of(text).iter().any(|(n, _)| n == "President"));
    // A word of an office alone, with nobody before it: a minister of
    // that country, unnamed.
    let ms = mentions("Iran seized a tanker. Tehran said the minister would speak.");
    let minister = find_text(&ms, "minister");
    assert_eq!(
        (minister.1.as_deref(), minister.2.as_deref()),
        (Some("IRN"), Some("the minister"))
    );
}

#[test]
fn a_body_s_office_is_held_for_the_body() {
    let ms = mentions(
        "Hezbollah's secretary-general spoke. The NATO secretary-general met the UN \
             secretary-general. Apple's vice president of marketing Phil Schiller spoke.",
    );
    assert_eq!(
        find_text(&ms, "Hezbollah's secretary-general").2.as_deref(),
        Some("Hassan Nasrallah")
    );
    assert_eq!(
        find_text(&ms, "NATO secretary-general").2.as_deref(),
        Some("Jens Stoltenberg")
    );
    assert_eq!(
        find_text(&ms, "UN secretary-general").2.as_deref(),
        Some("Antonio Guterres")
    );
    // No holder known: the body stays itself.
    assert_eq!(find_text(&ms, "Apple").2.as_deref(), Some("Apple Inc."));
}

#[test]
fn a_possessor_does_not_reach_over_an_office_or_a_reporting_verb() {
    let ms = mentions(
        "Iran's foreign minister told reporters that militias had attacked. \
             Turkey's president said officials were safe.",
    );
    assert_eq!(find_text(&ms, "reporters").2.as_deref(), Some("reporters"));
    assert_eq!(find_text(&ms, "officials").2.as_deref(), Some("officials"));
    assert!(
        ms.iter().any(|m| m.0 == "Iran's foreign minister"),
        "{ms:?}"
    );
    assert!(ms.iter().any(|m| m.0 == "Turkey's president"), "{ms:?}");
}

#[test]
fn a_proper_adjective_opening_a_sentence_keeps_the_article_s_country_off() {
    let text = "Iran seized a tanker. Tehran said the crew was safe. \
                    Western countries condemned the seizure.";
    assert_eq!(
        resolved(text, &[], "Western countries"),
        (None, Some("GOV".into()))
    );
}

#[test]
fn a_weapon_or_a_site_is_not_the_state_of_the_place_beside_it() {
    let text = "Missiles struck a base in Kyiv on Monday. Police in Kyiv closed roads.";
    assert_eq!(resolved(text, &[], "Missiles").0, None);
    assert_eq!(resolved(text, &[], "base").0, None);
    assert_eq!(resolved(text, &[], "Police").0.as_deref(), Some("UKR"));
    let text = "Strikes hit Raqqa. In Syria, coalition forces conducted ten strikes.";
    assert_eq!(resolved(text, &[], "coalition").0, None);
}

#[test]
fn the_place_or_body_an_office_belongs_to_is_a_name() {
    let names = names_of(
        "Iran's foreign minister spoke. The US president replied. Hezbollah's \
             secretary-general spoke. The Iraqi foreign minister left.",
    );
    assert!(has(&names, "Iran", MentionType::LOC), "{names:?}");
    assert!(has(&names, "US", MentionType::LOC), "{names:?}");
    assert!(has(&names, "Hezbollah", MentionType::ORG), "{names:?}");
    assert!(has(&names, "Iraqi", MentionType::MISC), "{names:?}");
}

#[test]
fn a_description_s_capitalized_body_word_with_its_purpose_is_a_name() {
    let names = names_of(
        "Nega's Coalition for Unity and Democracy won most seats. Officials praised \
             Coalition efforts against the militants.",
    );
    assert!(
        has(
            &names,
            "Coalition for Unity and Democracy",
            MentionType::ORG
        ),
        "{names:?}"
    );
    assert!(has(&names, "Coalition", MentionType::ORG), "{names:?}");
}

#[test]
fn a_group_s_spokesman_named_by_reference_speaks_for_the_group() {
    let text = "The Houthi movement said it would keep firing. The group's military \
                    spokesman, Yahya Saree, said its forces had hit a ship. \"We will not \
                    stop,\" he said.";
    let ms = found(text);
    let of = |t: &str| {
        let e = ms
            .iter()
            .find(|m| m.span.text(text) == t)
            .and_then(|m| m.entity.clone())
            .unwrap_or_else(|| panic!("no {t:?}"));
        (e.code, e.sector, e.affiliation)
    };
    let houthi = (
        Some("YEM".to_string()),
        Some("REB".to_string()),
        Some("Houthis".to_string()),
    );
    assert_eq!(of("military spokesman"), houthi);
    assert_eq!(of("Yahya Saree"), houthi);
    assert_eq!(of("he"), houthi);
    // "its" is the group the possessor stands for, with no body of its
    // own sentence before it.
    assert_eq!(of("its").0.as_deref(), Some("YEM"));
    // One of its own sentence comes first.
    let text = "Armenia rejected Azerbaijan's demand to change its constitution.";
    assert_eq!(resolved(text, &[], "its").0.as_deref(), Some("ARM"));
}

#[test]
fn a_person_named_after_a_title_takes_its_country_and_sector() {
    let text = "Hungary's foreign minister, Peter Szijjarto, said Budapest would wait.";
    assert_eq!(
        resolved(text, &[], "Peter Szijjarto"),
        (Some("HUN".into()), Some("GOV".into()))
    );
}

#[test]
fn a_state_s_name_and_its_office_read_whole_as_a_place_are_the_state() {
    let ms = mentions("U.S. Secretary of State Antony Blinken met Netanyahu.");
    assert_eq!(find_text(&ms, "U.S.").2.as_deref(), Some("United States"));
    let ms = mentions("The U.S. Secretary of State met Netanyahu.");
    assert_eq!(
        find_text(&ms, "U.S. Secretary of State").2.as_deref(),
        Some("Antony Blinken")
    );
}

#[test]
fn all_sides_are_no_one_country_s() {
    let text = "Iran seized a tanker. Tehran said the crew was safe. The UN urged all \
                    sides to show restraint.";
    assert_eq!(resolved(text, &[], "sides").0, None);
}

#[test]
fn definite_descriptions_link_to_their_earlier_mention() {
    let ms = mentions("The Israeli regime waged war. Hamas fought against the regime.");
    assert_eq!(find_text(&ms, "Israeli regime").1.as_deref(), Some("ISR"));
    assert_eq!(find_text(&ms, "regime").1.as_deref(), Some("ISR"));
    // Over a count too.
    let ms = mentions("Russian drones struck Odesa. Kyiv downed eleven of the fifteen drones.");
    assert_eq!(find_text(&ms, "drones").1.as_deref(), Some("RUS"));
}

#[test]
fn legislatures_are_their_country_s() {
    let ms = mentions("The Kenyan parliament condemned the attack.");
    assert_eq!(
        find_text(&ms, "Kenyan parliament").1.as_deref(),
        Some("KEN")
    );
}

#[test]
fn a_head_before_a_noun_it_modifies_is_no_actor() {
    let ms = mentions("Britain promised military aid to Mozambique.");
    assert!(ms.iter().all(|m| m.0 != "military"), "{ms:?}");
}

#[test]
fn a_state_after_of_gives_a_description_its_country() {
    let ms = mentions("Kenyan diplomats met officials of Tanzania in Arusha.");
    assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("TZA"));
    let ms = mentions("Doctors from two American aid groups delivered medicine.");
    assert_eq!(find_text(&ms, "Doctors").1.as_deref(), Some("USA"));
}

#[test]
fn a_description_in_apposition_says_what_an_unknown_person_is() {
    let text = "Wanjiru Kamau, Kenya's leading human rights activist, began a fast. \
                    Omar Haddad, the Syrian security chief, spoke.";
    let ms = mentions(text);
    assert_eq!(find_text(&ms, "Wanjiru Kamau").1.as_deref(), Some("KEN"));
    assert_eq!(
        find_text(&ms, "Kenya's leading human rights activist")
            .1
            .as_deref(),
        Some("KEN")
    );
    assert_eq!(
        resolved(text, &[], "Omar Haddad"),
        (Some("SYR".into()), Some("COP".into()))
    );
}

#[test]
fn a_possessor_gives_a_description_its_country_over_adjectives() {
    let ms = mentions("Israel's high court opened a hearing; Kenya's new interim government met.");
    assert_eq!(
        find_text(&ms, "Israel's high court").1.as_deref(),
        Some("ISR")
    );
    assert_eq!(
        find_text(&ms, "Kenya's new interim government")
            .1
            .as_deref(),
        Some("KEN")
    );
    // A capitalized word that names nothing of its own is an adjective
    // too; a name between is the possessor's own actor.
    let ms = mentions(
        "Nicaragua's Sandinista government closed a newspaper. Iran's Foreign Ministry spoke.",
    );
    assert_eq!(
        find_text(&ms, "Nicaragua's Sandinista government")
            .1
            .as_deref(),
        Some("NIC")
    );
    assert_eq!(
        find_text(&ms, "Iran's Foreign Ministry").1.as_deref(),
        Some("IRN")
    );
    // A function word between is another phrase.
    let ms = mentions("Iran's support for the rebels grew.");
    assert_eq!(find_text(&ms, "rebels").1, None);
}

#[test]
fn a_people_placed_in_a_state_is_of_that_state() {
    let ms = mentions("The Ethiopians of eastern Kenya are demanding land rights.");
    let people = find_text(&ms, "Ethiopians");
    assert_eq!(people.1.as_deref(), Some("KEN"));
    assert!(!people.3, "{ms:?}");
    // The state only places them.
    assert!(find_text(&ms, "Kenya").3, "{ms:?}");
    // Without "the ... of", a demonym is the state's people.
    let ms = mentions("Ethiopians in Kenya are demanding land rights.");
    assert_eq!(find_text(&ms, "Ethiopians").1.as_deref(), Some("ETH"));
}

#[test]
fn a_body_named_after_an_international_organization_is_its_own() {
    let ms = mentions("The UN Migration Agency launched an appeal for Ethiopia.");
    assert_eq!(find_text(&ms, "Migration Agency").1.as_deref(), Some("IGO"));
    // The organization's name only says whose the body is.
    assert!(find_text(&ms, "UN").3, "{ms:?}");
}

#[test]
fn officials_after_an_unknown_body_speak_for_it() {
    let ms = mentions("Kenya Sugar Growers Association (KSGA) officials demanded talks.");
    assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("KEN"));
    let ms = mentions("Kenya Sugar Growers Association officials demanded talks.");
    assert_eq!(find_text(&ms, "officials").1.as_deref(), Some("KEN"));
    // Not over other words: these officials are not the association's.
    let ms = mentions("Kenya Sugar Growers Association met, and officials demanded talks.");
    assert_eq!(find_text(&ms, "officials").1, None);
}

#[test]
fn radicals_named_by_their_creed_are_actors_of_their_country() {
    let ms =
        mentions("Croatian extremists attacked Serb villages, and Algerian Islamists marched.");
    assert_eq!(
        find_text(&ms, "Croatian extremists").1.as_deref(),
        Some("HRV")
    );
    assert_eq!(
        find_text(&ms, "Algerian Islamists").1.as_deref(),
        Some("DZA")
    );
    // Before a noun the word is an adjective, not the actor.
    let ms = mentions("Police arrested members of an extremist group.");
    assert!(ms.iter().all(|m| m.0 != "extremist"), "{ms:?}");
}

#[test]
fn a_misspelt_state_is_read_and_a_name_one_letter_away_is_not() {
    let ms = mentions("Ethopia has agreed to talks with Quatar's emir.");
    assert_eq!(find_text(&ms, "Ethopia").1.as_deref(), Some("ETH"));
    assert_eq!(find_text(&ms, "Quatar").1.as_deref(), Some("QAT"));
    let ms = mentions(
        "Frances Fitzgerald met Donna Brazile in Indiana. Brazile and Cameron said Frances \
             was right.",
    );
    for (text, code, _, _) in &ms {
        assert!(
            !matches!(code.as_deref(), Some("FRA" | "BRA" | "IND" | "CMR")),
            "{text} read as {code:?}"
        );
    }
}

#[test]
fn a_description_takes_the_country_the_article_is_about() {
    let ms = mentions(
        "Thousands marched in Nairobi on Tuesday. Police fired tear gas, and its officers \
             arrested 50 people, a student leader, Amani Otieno, said. Kenya's parliament met.",
    );
    assert_eq!(find_text(&ms, "Police").1.as_deref(), Some("KEN"));
    assert_eq!(find_text(&ms, "Amani Otieno").1.as_deref(), Some("KEN"));
    // One mention of a country is not what an article is about, and
    // armed groups take no country from it.
    let ms = mentions("Rebels seized a town near Goma and freed Russian advisers on Monday.");
    assert_eq!(find_text(&ms, "Rebels").1, None);
    let ms = mentions("Rebels seized Goma. Congo said Congo's army would retake Goma.");
    assert_eq!(find_text(&ms, "Rebels").1, None);
}

/// The (code, sector) of the mention `name` in `text`, with `framing`
/// as the article's headline and dateline.
fn resolved(text: &str, framing: &[&str], name: &str) -> (Option<String>, Option<String>) {
    let ms = found_framed(text, framing);
    let e = ms
        .iter()
        .find(|m| m.span.text(text) == name)
        .unwrap_or_else(|| panic!("no mention {name:?}"))
        .entity
        .clone();
    (
        e.as_ref().and_then(|e| e.code.clone()),
        e.and_then(|e| e.sector),
    )
}

#[test]
fn a_former_state_is_a_place_with_its_iso_3166_3_code() {
    let text = "Yugoslavia and the Soviet Union traded with Zaire. Soviet and East German \
                    envoys met West German ones.";
    let ns = names_of(text);
    assert!(has(&ns, "Yugoslavia", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Soviet Union", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Soviet", MentionType::MISC), "{ns:?}");
    assert_eq!(resolved(text, &[], "Yugoslavia").0.as_deref(), Some("YUG"));
    assert_eq!(
        resolved(text, &[], "Soviet Union").0.as_deref(),
        Some("SUN")
    );
    assert_eq!(resolved(text, &[], "Zaire").0.as_deref(), Some("ZAR"));
    assert_eq!(resolved(text, &[], "East German").0.as_deref(), Some("DDR"));
    assert_eq!(resolved(text, &[], "West German").0.as_deref(), Some("DEU"));
}

#[test]
fn a_people_with_no_state_of_its_name_is_misc_and_kosovo_is_a_state() {
    let text = "Tutsi rebels and Hazara militias met officials in Pristina, Kosovo. \
                    Rajesh Jain spoke.";
    let ns = names_of(text);
    assert!(has(&ns, "Tutsi", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Hazara", MentionType::MISC), "{ns:?}");
    assert!(has(&ns, "Kosovo", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "Rajesh Jain", MentionType::PER), "{ns:?}");
    assert_eq!(resolved(text, &[], "Kosovo").0.as_deref(), Some("XKX"));
    assert_eq!(resolved(text, &[], "Pristina").0.as_deref(), Some("XKX"));
}

#[test]
fn a_state_s_name_after_a_given_name_is_a_surname() {
    let ns = names_of(
        "The guard Michael Jordan scored, Representative Steve Israel said, and Jordan agreed.",
    );
    assert!(has(&ns, "Michael Jordan", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Steve Israel", MentionType::PER), "{ns:?}");
    assert!(has(&ns, "Jordan", MentionType::LOC), "{ns:?}");
    let ns = names_of("Will Jordan respond to the offer?");
    assert!(has(&ns, "Jordan", MentionType::LOC), "{ns:?}");
}

#[test]
fn a_known_name_opening_a_description_is_a_name() {
    let ns = names_of(
        "U.S. officials and State Department employees met Western diplomats and Kosovo police.",
    );
    assert!(has(&ns, "U.S.", MentionType::LOC), "{ns:?}");
    assert!(has(&ns, "State Department", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Kosovo", MentionType::LOC), "{ns:?}");
    assert!(!ns.iter().any(|(n, _)| n.contains("diplomats")), "{ns:?}");
    let ns = names_of("The army shelled Kurdish positions and the regime's forces.");
    assert!(has(&ns, "Kurdish", MentionType::MISC), "{ns:?}");
}

#[test]
fn a_listed_company_is_of_its_seat_not_of_a_wrong_index_row() {
    let text = "Deutsche Telekom and Canon Inc. reported profits.";
    assert_eq!(
        resolved(text, &[], "Deutsche Telekom").0.as_deref(),
        Some("DEU")
    );
    assert_eq!(resolved(text, &[], "Canon Inc.").0.as_deref(), Some("JPN"));
}

#[test]
fn a_name_before_an_office_only_a_body_has_is_the_body() {
    let ns = names_of(
        "Bundesbank president Hans Tietmeyer spoke. Clinton spokesman Mike McCurry did not.",
    );
    assert!(has(&ns, "Bundesbank", MentionType::ORG), "{ns:?}");
    assert!(has(&ns, "Hans Tietmeyer", MentionType::PER), "{ns:?}");
    assert!(!has(&ns, "Clinton", MentionType::ORG), "{ns:?}");
}

#[test]
fn a_pronoun_takes_the_country_its_antecedent_found_in_context() {
    let ms = mentions("Bosnian Serbs said their forces had completed their withdrawal.");
    let theirs: Vec<_> = ms.iter().filter(|m| m.0 == "their").collect();
    assert_eq!(theirs.len(), 2, "{ms:?}");
    // The second refers to "their forces", whose country came from the first.
    assert_eq!(theirs[1].1.as_deref(), Some("BIH"), "{ms:?}");
}

#[test]
fn an_opposition_coalition_is_the_opposition_not_an_armed_coalition() {
    assert_eq!(
        resolved(
            "The Georgian opposition coalition agreed to postpone the march.",
            &[],
            "Georgian opposition coalition"
        ),
        (Some("GEO".into()), Some("OPP".into()))
    );
}

#[test]
fn the_headline_and_dateline_count_toward_the_article_s_country() {
    let text = "Thousands marched through central Nairobi. Police fired tear gas.";
    assert_eq!(resolved(text, &[], "Police").0, None);
    let headline = ["Police fire tear gas at tax protest in Nairobi"];
    assert_eq!(
        resolved(text, &headline, "Police").0.as_deref(),
        Some("KEN")
    );
    assert_eq!(
        resolved(text, &["NAIROBI"], "Police").0.as_deref(),
        Some("KEN")
    );
    // A demonym in the headline says whose something is, not where.
    assert_eq!(
        resolved(text, &["Kenyan police fire tear gas"], "Police").0,
        None
    );
}

#[test]
fn a_state_s_army_named_bare_is_the_article_s_country_s() {
    let text = "Fighting raged in Khartoum on Monday and in Omdurman. Aid groups said \
                    civilians fled. The army said it had repelled an attack. Drones struck a market.";
    assert_eq!(
        resolved(text, &[], "army"),
        (Some("SDN".into()), Some("MIL".into()))
    );
    assert_eq!(resolved(text, &[], "Drones").0, None);
}

#[test]
fn a_city_or_region_around_a_state_s_name_is_the_place() {
    let text = "Police in Port Sudan arrested six activists. Aid reached North Darfur and \
                    South Sudan. Troops retook a village in Western Cambodia.";
    let ms = mentions(text);
    assert_eq!(find_text(&ms, "Port Sudan").1.as_deref(), Some("SDN"));
    assert_eq!(find_text(&ms, "North Darfur").1.as_deref(), Some("SDN"));
    assert_eq!(find_text(&ms, "South Sudan").1.as_deref(), Some("SSD"));
    assert_eq!(find_text(&ms, "Western Cambodia").1.as_deref(), Some("KHM"));
    assert!(
        !ms.iter().any(|m| m.0 == "Sudan" || m.0 == "Darfur"),
        "{ms:?}"
    );
}

#[test]
fn what_a_state_deploys_or_fires_is_its_own() {
    let text = "The United States deployed two destroyers to the Gulf. The Houthis fired \
                    two missiles at a ship. Drones struck a market.";
    assert_eq!(
        resolved(text, &[], "two destroyers"),
        (Some("USA".into()), Some("MIL".into()))
    );
    assert_eq!(
        resolved(text, &[], "two missiles").0.as_deref(),
        Some("YEM")
    );
    assert_eq!(resolved(text, &[], "Drones").0, None);
}

#[test]
fn a_political_word_stands_inside_a_description() {
    let text = "Irish nationalist guerrillas wounded two British soldiers.";
    assert_eq!(
        resolved(text, &[], "Irish nationalist guerrillas"),
        (Some("IRL".into()), Some("REB".into()))
    );
}

#[test]
fn what_a_state_leads_is_its_own() {
    let text = "The Saudi-led coalition struck Sanaa. U.S.-led forces bombed Mosul. \
                    Iran-backed militias fired rockets.";
    assert_eq!(
        resolved(text, &[], "Saudi-led coalition"),
        (Some("SAU".into()), Some("MIL".into()))
    );
    assert_eq!(
        resolved(text, &[], "U.S.-led forces").0.as_deref(),
        Some("USA")
    );
    // Backing is not leading.
    assert_eq!(resolved(text, &[], "militias").0, None);
}

#[test]
fn a_person_is_what_the_description_before_the_name_says() {
    let text = "A Houthi military spokesman, Yahya Saree, said the group would go on. \
                    Armenian foreign ministry spokeswoman Anahit Serobyan told reporters.";
    assert_eq!(
        resolved(text, &[], "Yahya Saree"),
        (Some("YEM".into()), Some("REB".into()))
    );
    assert_eq!(
        resolved(text, &[], "military spokesman").1.as_deref(),
        Some("REB")
    );
    assert_eq!(
        resolved(text, &[], "Anahit Serobyan"),
        (Some("ARM".into()), Some("GOV".into()))
    );
}

#[test]
fn a_description_head_inside_a_name_is_part_of_the_name() {
    let names = names_of("Mandela flew to Cape Town for talks with the African National Congress.");
    assert!(
        names.contains(&("African National Congress".into(), MentionType::ORG)),
        "{names:?}"
    );
}

#[test]
fn months_titles_places_and_possessives_are_no_speakers_names() {
    let names = names_of(
        "Support of Turkey’s government grew. The 13 November attacks killed people. \
             The attack in Marea shows their disregard. Ministers discussed the crisis. \
             Members joined the Syrian Electronic Army. Pat Caddell said so.",
    );
    let texts: Vec<&str> = names.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        texts,
        ["Turkey", "Marea", "Syrian Electronic Army", "Pat Caddell"]
    );
    let types: Vec<MentionType> = names.iter().map(|(_, t)| *t).collect();
    use MentionType::*;
    assert_eq!(types, [LOC, LOC, ORG, PER]);
    // A cue that is also a noun, in its -s form, is the noun.
    let names = names_of("Police said the Easter attacks were planned.");
    assert!(
        !names.contains(&("Easter".into(), MentionType::PER)),
        "{names:?}"
    );
}

#[test]
fn a_title_gives_an_unknown_person_a_sector() {
    let text = "Prime Minister Andrew Holness met Gen. Tomas Ferreira and a coach, Ivo Lind.";
    let found = found(text);
    let sector = |name: &str| {
        found
            .iter()
            .find(|m| m.span.text(text) == name)
            .and_then(|m| m.entity.as_ref())
            .and_then(|e| e.sector.clone())
    };
    assert_eq!(sector("Andrew Holness").as_deref(), Some("GOV"));
    assert_eq!(sector("Tomas Ferreira").as_deref(), Some("MIL"));
    assert_eq!(sector("Ivo Lind"), None);
}

#[test]
fn the_office_of_a_state_is_its_holder() {
    let m = mentions("The president of Kenya resigned on Thursday.");
    assert!(
        m.iter()
            .any(|x| x.0 == "president of Kenya" && x.1.as_deref() == Some("KEN")),
        "{m:?}"
    );
}

#[test]
fn a_place_before_a_description_gives_its_country() {
    let m = mentions("Gaza militants fired rockets on Monday.");
    assert!(
        m.iter()
            .any(|x| x.0 == "Gaza militants" && x.1.as_deref() == Some("PSE")),
        "{m:?}"
    );
}

#[test]
fn a_leader_before_a_government_gives_its_country() {
    let m = mentions("The Obama administration and the Bush government acted.");
    let codes: Vec<_> = m.iter().map(|x| (x.0.as_str(), x.1.as_deref())).collect();
    assert!(
        codes.contains(&("Obama administration", Some("USA"))),
        "{codes:?}"
    );
    assert!(
        codes.contains(&("Bush government", Some("USA"))),
        "{codes:?}"
    );
}

#[test]
fn a_state_after_in_gives_a_description_its_country() {
    let ms = mentions("Security forces in Malawi detained two reporters.");
    assert_eq!(find_text(&ms, "Security forces").1.as_deref(), Some("MWI"));
}

#[test]
fn an_international_body_before_a_title_gives_the_person_its_code() {
    let ms = mentions("Arab League Secretary General Karim Haddad met the envoys.");
    assert_eq!(find_text(&ms, "Karim Haddad").1.as_deref(), Some("IGO"));
}

#[test]
fn appositive_names_win_over_their_description() {
    let ms = mentions("The attack by Palestinian resistance movement Hamas began.");
    assert!(ms.iter().all(|m| !m.0.contains("movement")), "{ms:?}");
    assert_eq!(find_text(&ms, "Hamas").1.as_deref(), Some("PSE"));
}

#[test]
fn a_known_surname_inside_a_longer_name_is_that_name() {
    // A middle initial after the known person's given name.
    let ns = names_of("The chairman, Ben S. Bernanke, spoke on Tuesday.");
    assert!(
        ns.contains(&("Ben S. Bernanke".to_string(), MentionType::PER)),
        "{ns:?}"
    );
    // A known surname before another name is someone else's.
    let ns = names_of("Walter Cheney Okafor, a former aide, died on Tuesday.");
    assert!(
        ns.contains(&("Walter Cheney Okafor".to_string(), MentionType::PER)),
        "{ns:?}"
    );
    let ns = names_of("The council heard Nadia St. Martin on Tuesday.");
    assert!(
        ns.contains(&("Nadia St. Martin".to_string(), MentionType::PER)),
        "{ns:?}"
    );
}

proptest::proptest! {
    /// Any text, shouting and odd capitals included: mentions and the
    /// names view are spans on char boundaries inside the text, and
    /// every name lies where a mention starts.
    #[test]
    fn mentions_and_names_are_spans_of_the_text(
        text in "(\\PC|[A-Z][a-z]{2,8} |[A-Z]{3,7} |of |in |, |\\. |[0-9]{1,2} |\\( |\\) | - |\n|[A-Z]\\. |Tory |c |b ){0,40}"
    ) {
        let kb = KnowledgeBase::embedded();
        let toks = tokens::tokenize(&text);
        let sents = sentences::split(&text, &[]);
        let ms = find(&text, &toks, &sents, &kb, jiff::civil::date(2024, 1, 1), &[]);
        for m in &ms {
            proptest::prop_assert!(m.span.start < m.span.end && m.span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
        for (span, _) in named_spans(&text, &ms, &kb) {
            proptest::prop_assert!(span.start < span.end && span.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            proptest::prop_assert!(ms.iter().any(|m| m.span.start <= span.start && span.start < m.span.end));
        }
    }
}

#[test]
fn an_office_s_of_is_no_part_of_the_body_after_it() {
    // "CEO of Mountain Dairy": the office ends at its "of"; the body, whose
    // closing word makes it one, starts after it.
    for text in [
        "Mark Hansen, CEO of Mountain Dairy, said the plant would close.",
        "Mark Hansen, president and CEO of Mountain Dairy, said the plant would close.",
    ] {
        let ms = mentions(text);
        assert!(
            ms.iter().all(|(t, _, name, _)| !t.starts_with("of ")
                && !name.as_deref().is_some_and(|n| n.starts_with("of "))),
            "{ms:?}"
        );
        assert!(
            ms.iter().any(|(t, _, name, _)| t == "Mountain Dairy"
                && name.as_deref() == Some("Mountain Dairy")),
            "{ms:?}"
        );
    }
}

#[test]
fn a_title_gives_a_body_its_sector_only_if_one_kind_of_body_holds_it() {
    let sector_of = |text: &str, name: &str| {
        found(text)
            .into_iter()
            .find(|m| m.span.text(text) == name)
            .and_then(|m| m.entity)
            .and_then(|e| e.sector)
    };
    let text = "Mark Hansen, president of the Mountain Dairy, said the plant would close.";
    assert_eq!(sector_of(text, "Mountain Dairy"), None);
    assert_eq!(sector_of(text, "Mark Hansen"), None);
    let text = "Ruth Lind, a professor at Seton Hall University, said the study was sound.";
    assert_eq!(
        sector_of(text, "Seton Hall University").as_deref(),
        Some("EDU")
    );
    let text = "Prime Minister Andrew Holness said the island was ready.";
    assert_eq!(sector_of(text, "Andrew Holness").as_deref(), Some("GOV"));
}

#[test]
fn an_armed_service_after_the_is_its_name() {
    let names = names_of("The Navy confiscated 14 rifles, and he said the Army would stay.");
    assert!(has(&names, "Navy", MentionType::ORG), "{names:?}");
    assert!(has(&names, "Army", MentionType::ORG), "{names:?}");
}

#[test]
fn a_common_noun_opening_a_sentence_that_reports_names_no_one() {
    for text in [
        "Evidence found in the car points to him.",
        "Jury finds Kellan guilty.",
    ] {
        let names = names_of(text);
        let first = text.split(' ').next().unwrap_or("");
        assert!(!names.iter().any(|(n, _)| n == first), "{text}: {names:?}");
    }
    // A common surname, or one the article writes after a given name, still does.
    let names = names_of("Hope said she was fine.");
    assert!(has(&names, "Hope", MentionType::PER), "{names:?}");
    let names = names_of("Mark Felt retired in 1973. Felt wrote a memoir.");
    let felts = names
        .iter()
        .filter(|(n, t)| n == "Felt" && *t == MentionType::PER)
        .count();
    assert_eq!(felts, 1, "{names:?}");
}

#[test]
fn a_body_s_second_field_that_no_pass_took() {
    let ns = names_of(
        "Today the Academy of Motion Picture Arts and Sciences announced that Tom Walsh will host .",
    );
    assert!(
        has(
            &ns,
            "Academy of Motion Picture Arts and Sciences",
            MentionType::ORG
        ),
        "{ns:?}"
    );
    // Not after a place, nor over a title.
    let ns = names_of(
        "A study by the University of Chicago and Professor Knittel found that costs rose .",
    );
    assert!(
        has(&ns, "University of Chicago", MentionType::ORG),
        "{ns:?}"
    );
}

#[test]
fn the_body_a_member_speaks_or_works_for() {
    // "Lionsgate officials", "a spokesman for Waitrose".
    let ns = names_of("Gary Ross will meet with Lionsgate officials on Monday , the paper said .");
    assert!(has(&ns, "Lionsgate", MentionType::ORG), "{ns:?}");
    let ns = names_of("A spokesman for Waitrose said nobody had been hurt in the fire .");
    assert!(has(&ns, "Waitrose", MentionType::ORG), "{ns:?}");
    // A spokesman serves a person too.
    let ns = names_of("A spokeswoman for Jenkins said he was at home .");
    assert!(has(&ns, "Jenkins", MentionType::PER), "{ns:?}");
    let ns = names_of(
        "Jerry Strickland , a spokesman for Texas Attorney General Greg Abbott , said so .",
    );
    assert!(has(&ns, "Greg Abbott", MentionType::PER), "{ns:?}");
}

#[test]
fn a_pronoun_agrees_with_the_sex_of_the_person_it_refers_to() {
    // The name nearest "He" is a woman's: "He" is the man named before her.
    let text = "Tom Walsh debated Mary Grange in Ohio on Monday. He said the vote was rigged. \
                She said the vote was fair.";
    let ms = found(text);
    let named = |word: &str| {
        let at = text.find(word).unwrap();
        ms.iter()
            .find(|m| m.span.start == at)
            .and_then(|m| m.entity.as_ref())
            .map(|e| e.name.clone())
    };
    assert_eq!(named("He said").as_deref(), Some("Tom Walsh"), "{ms:?}");
    assert_eq!(named("She said").as_deref(), Some("Mary Grange"), "{ms:?}");
    // An honorific tells it where no given name does.
    let text = "Ms. Okonjo met Mr. Baluchi in Lagos on Monday. She said the talks went well.";
    let ms = found(text);
    let at = text.find("She").unwrap();
    let she = ms.iter().find(|m| m.span.start == at);
    let name = she.and_then(|m| m.entity.as_ref()).map(|e| e.name.as_str());
    assert!(name.is_some_and(|n| n.contains("Okonjo")), "{ms:?}");
}

/// The name of the entity the mention at the first `word` in `text` links to.
fn linked_name(ms: &[Mention], text: &str, word: &str) -> Option<String> {
    let at = text.find(word)?;
    ms.iter()
        .find(|m| m.span.start == at)
        .and_then(|m| m.entity.as_ref())
        .map(|e| e.name.clone())
}

#[test]
fn a_pronoun_takes_the_subject_of_a_sentence_before_not_a_quoted_name() {
    // The sentence before: its first person, its subject, not the nearest.
    let text = "Party spokesman Tom Walsh said on Monday that President Karl Brenner had \
                long called for lower taxes. He said the plan would pass.";
    let ms = found(text);
    assert_eq!(
        linked_name(&ms, text, "He said").as_deref(),
        Some("Tom Walsh"),
        "{ms:?}"
    );
    // Not a name inside the quotation the pronoun's verb closes.
    let text = "Governor Dan Hale dismissed the charge on Friday. \"You know, I admire \
                Barack Obama,\" he said.";
    let ms = found(text);
    assert_eq!(
        linked_name(&ms, text, "he said").as_deref(),
        Some("Dan Hale"),
        "{ms:?}"
    );
    // A description right before a name is the named person.
    let text = "Campaign spokeswoman Ann Lowry said the pledge was not binding.\u{2029}\
                She said the rally would go ahead.";
    let ms = found(text);
    assert_eq!(
        linked_name(&ms, text, "She said").as_deref(),
        Some("Ann Lowry"),
        "{ms:?}"
    );
}

#[test]
fn a_pronoun_reads_the_world_s_given_names_and_looks_further_back_for_a_person() {
    // Neither given name is in the US census: the world's list knows them.
    let text = "Giorgia Conti met Vladimir Volkov in Rome on Monday. He said the talks went well.";
    let ms = found(text);
    assert_eq!(
        linked_name(&ms, text, "He said").as_deref(),
        Some("Vladimir Volkov"),
        "{ms:?}"
    );
    // No person in the three sentences before: the one named before them.
    let text = "Judge Hal Brennan read the verdict on Monday. The hall was full. The jury had \
                sat for a week. Reporters waited outside. The verdict was unanimous. He said the \
                case was closed.";
    let ms = found(text);
    assert_eq!(
        linked_name(&ms, text, "He said").as_deref(),
        Some("Hal Brennan"),
        "{ms:?}"
    );
}

#[test]
fn a_verb_s_form_after_a_person_or_a_pronoun_is_no_description() {
    // An unknown surname is a person only after pass 4; the verb stands after it.
    for text in [
        "Delia Farrand states that the levy failed.",
        "Farrand met the board. Delia Farrand states the levy failed.",
        "It states that the levy failed.",
    ] {
        let ms = mentions(text);
        assert!(ms.iter().all(|m| m.0 != "states"), "{text}: {ms:?}");
    }
    // The plural noun stays a description, before a relative too.
    for text in [
        "Officials in several states opposed the levy.",
        "Northern states that have ports opposed the levy.",
    ] {
        let ms = mentions(text);
        assert!(ms.iter().any(|m| m.0.ends_with("states")), "{text}: {ms:?}");
    }
}

#[test]
fn a_compass_word_before_a_head_belongs_to_the_description() {
    // "Southern" is a surname too; before a head it is the description's.
    let ms = mentions("The campaign set out to win Southern states and eastern officials.");
    assert!(ms.iter().any(|m| m.0 == "Southern states"), "{ms:?}");
    assert!(ms.iter().any(|m| m.0 == "eastern officials"), "{ms:?}");
}
