use crate::testing::coded;
use sitrep_core::{Article, QuoteKind};

/// (kind, speaker name, chain, content) per quote.
fn quotes(text: &str) -> Vec<(QuoteKind, String, Vec<String>, String)> {
    let a: Article = coded(text);
    a.layers
        .quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_ref().map_or("?".into(), |s| s.name.clone());
            (
                q.kind,
                speaker,
                q.chain.clone(),
                a.text(q.content).to_string(),
            )
        })
        .collect()
}

fn find<'a>(
    qs: &'a [(QuoteKind, String, Vec<String>, String)],
    start: &str,
) -> &'a (QuoteKind, String, Vec<String>, String) {
    qs.iter()
        .find(|q| q.3.starts_with(start))
        .unwrap_or_else(|| panic!("no quote starting {start:?} in {qs:#?}"))
}

/// Each text's quote whose content starts with its words has that speaker.
fn assert_speakers(cases: &[(&str, &str, &str)]) {
    for &(text, content, speaker) in cases {
        let qs = quotes(text);
        assert_eq!(find(&qs, content).1, speaker, "{text}");
    }
}

#[test]
fn direct_quote_with_speaker_after() {
    let qs =
        quotes("\"We will not accept any new conditions on the talks,\" Lavrov said on Tuesday.");
    let q = find(&qs, "We will not accept");
    assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "Sergei Lavrov"));
}

#[test]
fn the_plural_of_a_cue_that_is_also_a_noun_is_no_cue() {
    let qs = quotes(
        "The governor lost seven percentage points in the survey of farmers. \
             After the weekend attacks on the border post, the army closed the road. \
             The early primary contests in the south went to the senator.",
    );
    assert!(qs.is_empty(), "{qs:#?}");
    // After a subject that can speak, the same forms are cues.
    let qs = quotes("Lavrov points out that the talks have stalled since the summer.");
    find(&qs, "the talks have stalled");
    let qs = quotes("He also attacks the plan for leaving the farmers without water.");
    find(&qs, "the plan");
}

#[test]
fn a_time_between_speaker_and_cue_is_not_the_speaker() {
    let qs = quotes("The election board on Monday rejected the objections to the ballot.");
    let q = find(&qs, "the objections");
    assert_eq!(q.1, "The election board");
}

#[test]
fn the_subject_of_the_sentence_before_speaks_an_unattributed_quote() {
    let qs = quotes(
        "Talks stalled on Monday.\n\nLavrov delivered a sharp retort: \"No one is tearing \
             this treaty up today.\"\n\nThe monitors left. Iowa State University's Dianne Bystrom \
             agreed. \"Mainstream parties are running out of time to find an alternative.\"",
    );
    assert_eq!(find(&qs, "No one is tearing").1, "Sergei Lavrov");
    assert_eq!(find(&qs, "Mainstream parties").1, "Dianne Bystrom");
}

#[test]
fn a_relative_that_inside_the_content_is_not_its_start() {
    let qs = quotes("The pollster said the senator backed a plan that cut taxes for farmers.");
    let q = find(&qs, "the senator backed");
    assert_eq!(q.0, QuoteKind::Indirect);
}

#[test]
fn a_cue_of_stance_attributes_its_noun_phrase() {
    let qs = quotes("The governor denounced the ruling, which the court issued on Monday.");
    assert!(qs.iter().any(|q| q.3 == "the ruling"), "{qs:?}");
    // A plural noun after a possessive is no cue.
    let qs = quotes("His remarks about the harbour drew criticism from fishermen.");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn what_a_cue_is_about_and_an_attribution_inside_its_sentence() {
    let qs = quotes("The minister talked about the drought, which has lasted two years.");
    assert!(qs.iter().any(|q| q.3 == "the drought"), "{qs:?}");
    let qs = quotes(
        "The real obstacle, according to the ministry, is the cost of diesel for the pumps.",
    );
    assert!(
        qs.iter()
            .any(|q| q.3.starts_with("The real obstacle") && q.3.ends_with("pumps")),
        "{qs:?}"
    );
}

#[test]
fn a_relative_pronoun_speaks_for_the_name_before_it() {
    let a: Article =
        coded("Officials met Ramaphosa, who said Kenya would double its grain reserves.");
    let q = quote_starting(&a, "Kenya would double");
    assert_eq!(a.text(q.speaker_span.unwrap()), "who");
    assert!(
        q.speaker
            .as_ref()
            .is_some_and(|s| s.name.contains("Ramaphosa")),
        "{q:?}"
    );
}

/// The quote of article `a` whose content starts with `prefix`.
fn quote_starting<'a>(a: &'a Article, prefix: &str) -> &'a sitrep_core::Quote {
    a.layers
        .quotes
        .iter()
        .find(|q| a.text(q.content).starts_with(prefix))
        .expect("the quote")
}

#[test]
fn a_relative_without_a_comma_speaks_for_the_noun_before_it() {
    let a: Article =
        coded("Workers in Eldoret met a builder who said he was owed for the new stadium.");
    let q = quote_starting(&a, "he was owed");
    assert_eq!(a.text(q.speaker_span.unwrap()), "who");
    assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("builder"));
    // An apposition's noun stands for the name it describes.
    let a: Article = coded(
        "The council heard Amina Wanjiru, a farmer who says the new dam has dried her wells.",
    );
    let q = quote_starting(&a, "the new dam");
    assert_eq!(a.text(q.speaker_span.unwrap()), "who");
    assert!(
        q.speaker
            .as_ref()
            .is_some_and(|s| s.name.contains("Wanjiru")),
        "{q:?}"
    );
    // So does "that" right before its verb, where no subject was found.
    let a: Article =
        coded("The senator that criticized the levy last spring lost her seat in May.");
    let q = quote_starting(&a, "the levy");
    assert_eq!(a.text(q.speaker_span.unwrap()), "that");
    assert_eq!(q.speaker.as_ref().map(|s| s.name.as_str()), Some("senator"));
}

#[test]
fn a_speech_quoted_over_two_paragraphs_keeps_its_speaker() {
    let qs = quotes(
            "Ruto told the crowd in Nakuru: \"We will finish the dam before the rains come back.\"\n\n\"Every county will get its share of the water, and nobody will be left behind.\"",
        );
    let second = find(&qs, "Every county");
    assert!(second.1.contains("Ruto"), "{qs:?}");
}

#[test]
fn a_cue_inside_another_quote_is_its_words_unless_a_named_actor_speaks() {
    let qs = quotes("The mayor said residents are finding themselves priced out of the city.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    let qs = quotes("The mayor said Kenya had told Uganda that the border would reopen soon.");
    assert!(qs.iter().any(|q| q.1 == "Kenya"), "{qs:?}");
    // A stance or an act inside those words is the mayor's account of it.
    let qs = quotes("The mayor said Kenya wants to reopen the border before the rains.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].1, "The mayor", "{qs:?}");
}

#[test]
fn a_name_and_a_colon_closing_a_paragraph_is_no_speech() {
    // Found by fuzzing: the speech was taken to start in the next paragraph.
    let qs = quotes("MINISTER:\n\nThe harbour reopened on Monday after the storm passed.");
    assert!(qs.iter().all(|q| q.1 != "MINISTER"), "{qs:?}");
}

#[test]
fn a_label_or_a_heading_before_a_colon_is_no_speaker() {
    let qs = quotes("The council met on Monday.\n\nCorrection: An earlier version of this story gave the wrong date for the vote.");
    assert!(qs.iter().all(|q| q.1 != "Correction"), "{qs:?}");
    let qs = quotes("The council met on Monday.\n\nRain Before Recess: The vote on the harbour budget was put off until March.");
    assert!(qs.iter().all(|q| q.1 != "Rain Before Recess"), "{qs:?}");
    let qs = quotes(
        "The council met on Monday.\n\nSurvey: Most residents want the harbour budget cut by half.",
    );
    assert!(qs.iter().any(|q| q.1 == "Survey"), "{qs:?}");
}

#[test]
fn a_title_in_quotation_marks_that_no_one_says_is_no_speech() {
    let qs = quotes(
        "Fans lined up for hours to see \u{201c}Night Train to Lisbon\u{201d} at the festival.",
    );
    assert!(qs.is_empty(), "{qs:?}");
    let qs = quotes("\u{201c}We Will Win Again,\u{201d} the mayor said on Monday.");
    assert_eq!(qs.len(), 1, "{qs:?}");
}

#[test]
fn a_text_that_ends_on_a_comma_after_a_cue_is_read() {
    // Found by fuzzing: the look past the last comma ran off the tokens.
    let qs = quotes("Officials said the talks in Geneva would resume next week,");
    assert_eq!(qs.len(), 1, "{qs:?}");
}

#[test]
fn the_person_a_description_after_the_cue_ends_in_speaks() {
    let qs = quotes(
            "\u{201c}It is fine,\u{201d} said Republican party boss Reince Priebus.\n\n\u{201c}It is late,\u{201d} said an Iowa Democrat.",
        );
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].1, "Reince Priebus", "{qs:?}");
    assert_eq!(qs[1].1, "an Iowa Democrat", "{qs:?}");
}

#[test]
fn verbs_of_loud_or_quiet_speech_are_cues() {
    let qs = quotes(
            "\u{201c}Go back to your seat,\u{201d} Odinga barked.\n\n\u{201c}Power to the people!\u{201d} the protesters shouted.",
        );
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].1, "Odinga", "{qs:?}");
}

#[test]
fn a_body_nothing_resolves_speaks_by_its_name() {
    let qs = quotes("The plan will cost $2 billion, according to KRX.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_eq!(qs[0].1, "KRX", "{qs:?}");
}

#[test]
fn a_description_after_the_cue_is_the_speaker() {
    let qs =
        quotes("\"The levee will not hold another week,\" said a senior engineer at the port.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].1.starts_with("a senior engineer"), "{qs:?}");
}

#[test]
fn a_quote_split_by_a_long_attribution_is_one_quote() {
    let qs = quotes(
            "\"We will rebuild the bridge by spring,\" said Mara Okonjo, the regional works commissioner for the north. \"The money is already in the budget.\"",
        );
    let direct: Vec<_> = qs.iter().filter(|q| q.0 == QuoteKind::Direct).collect();
    assert_eq!(direct.len(), 1, "{qs:?}");
    assert!(
        direct[0].3.starts_with("We will rebuild") && direct[0].3.ends_with("budget."),
        "{qs:?}"
    );
}

#[test]
fn speakers_after_questions_dashes_inversions_and_colons() {
    let qs = quotes("\"Why would anyone trust this count of the ballots?\" Mwangi asked.");
    assert_eq!(find(&qs, "Why would anyone").1, "Mwangi");
    let qs = quotes(
            "Governor Kamau spoke in Nakuru. \"We will rebuild the school before the rains,\" he told the crowd.",
        );
    assert_eq!(find(&qs, "We will rebuild").1, "Kamau");
    let qs = quotes("\"We have waited three years for this bridge to open,\" said Otieno.");
    assert_eq!(find(&qs, "We have waited").1, "Otieno");
    let qs = quotes("\"The schools here have no teachers left at all this term.\" ― Amina Yusuf");
    assert_eq!(find(&qs, "The schools here").1, "Amina Yusuf");
    let qs = quotes(
            "Wanjiru continued:\n\n\"The river rose in one night and took the whole market with it.\"\n",
        );
    assert_eq!(find(&qs, "The river rose").1, "Wanjiru");
}

#[test]
fn a_transcript_line_behind_a_stray_mark_keeps_its_speaker() {
    let qs = quotes(
            "The minister spoke to the host on Sunday.\n\n\"HOST: Will the border open this week?\n\n\"OKAFOR: We expect the crossing to open on Friday for trucks and buses.\n",
        );
    let q = find(&qs, "We expect the crossing");
    assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "OKAFOR"));
}

#[test]
fn direct_quote_with_speaker_before_and_a_colon() {
    let qs =
        quotes("Erdogan told reporters: \"Turkey will keep the corridor open for every ship.\"");
    assert_eq!(find(&qs, "Turkey will keep").1, "Recep Tayyip Erdogan");
}

#[test]
fn the_next_quote_in_a_paragraph_keeps_its_speaker() {
    let qs = quotes("Netanyahu said: \"The operation will go on until the hostages are home.\" \"Nobody will stop us from doing that,\" he added.");
    assert_eq!(find(&qs, "Nobody will stop").1, "Benjamin Netanyahu");
}

#[test]
fn an_unbalanced_mark_does_not_cost_the_other_quotes() {
    let qs = quotes("Sisi said \"the crossing must stay open for aid trucks at all times.\nBlinken said the United States was working with Egypt on the crossing.");
    assert!(
        qs.iter()
            .any(|q| q.1 == "Joe Biden" || q.1 == "Antony Blinken"),
        "{qs:#?}"
    );
}

#[test]
fn according_to_an_agency_is_a_chain_not_a_speaker() {
    let qs = quotes("According to the Iranian Fars news agency, Araghchi said the talks with the Europeans would resume in Oman.");
    let q = find(&qs, "the talks with");
    assert_eq!(q.1, "Abbas Araghchi");
    assert_eq!(q.2, ["Fars"]);
}

#[test]
fn an_agency_or_outlet_that_quoted_the_speaker_is_the_chain() {
    let qs = quotes(
            "Iran's state news agency IRNA quoted Araghchi as saying that Tehran would not remain silent.",
        );
    let q = find(&qs, "Tehran would not remain silent");
    assert_eq!(q.1, "Abbas Araghchi", "{qs:#?}");
    assert_eq!(q.2, ["IRNA"]);
    let qs = quotes(
            "Blinken was quoted by Axios as telling Israeli officials that an offensive would be a mistake.",
        );
    let q = find(&qs, "an offensive would be a mistake");
    assert_eq!(q.2, ["Axios"], "{qs:#?}");
    // A named outlet told is a channel too; the press at large is not.
    let qs = quotes("The minister told Al Jazeera that the talks had stalled.");
    assert_eq!(
        find(&qs, "the talks had stalled").2,
        ["Al Jazeera"],
        "{qs:#?}"
    );
    let qs = quotes("The minister told reporters that the talks had stalled.");
    assert!(find(&qs, "the talks had stalled").2.is_empty(), "{qs:#?}");
}

#[test]
fn a_time_after_the_one_told_is_no_part_of_the_report() {
    let qs = quotes("An official told IRNA on Tuesday the talks would resume.");
    let q = find(&qs, "the talks would resume");
    assert_eq!(q.2, ["IRNA"], "{qs:#?}");
    let qs = quotes("The minister told Al Jazeera last week that the talks had stalled.");
    find(&qs, "the talks had stalled");
}

#[test]
fn where_a_report_was_made_is_no_part_of_it() {
    let qs = quotes("Hezbollah said in a statement it had fired rockets at a base.");
    find(&qs, "it had fired rockets");
    let qs = quotes("The ministry said on Telegram its forces had downed 30 drones.");
    find(&qs, "its forces had downed");
    // (Not a preposition that opens what was asked for.)
    let qs = quotes("The family has called on police to release the videos.");
    assert!(qs.iter().all(|q| !q.3.starts_with("the videos")), "{qs:#?}");
}

#[test]
fn a_title_run_ending_in_its_holder_closes_the_report_before_it() {
    for text in [
            "Ministers agreed on Monday to widen sanctions on Iran, EU foreign policy chief Josep Borrell said.",
            "Ministers agreed on Monday to widen sanctions on Iran, the bloc's foreign policy chief Josep Borrell said.",
        ] {
            let qs = quotes(text);
            let q = find(&qs, "Ministers agreed on Monday");
            assert_eq!(q.1, "Josep Borrell", "{qs:#?}");
            assert!(qs.iter().all(|q| !q.3.contains("Borrell said")), "{qs:#?}");
        }
}

#[test]
fn a_state_s_organ_after_a_place_and_a_comma_speaks() {
    // ("in Flint, Mich., said": the state is where the town is; "in
    // Belgium, Oman's foreign ministry said": Oman speaks.)
    let qs = quotes("Iran freed an aid worker in exchange for a diplomat jailed in Belgium, Oman's foreign ministry said.");
    assert_eq!(find(&qs, "Iran freed").1, "Oman", "{qs:#?}");
}

#[test]
fn a_lawyer_speaks_for_a_client_but_is_not_the_client() {
    let text = "Nasrin Karimi, a reporter, was detained on Saturday, according to her lawyer. Karimi was taken to a detention centre, her lawyer said. She was held in Tabriz, the lawyer said, adding that no charge had been brought.";
    let qs = quotes(text);
    for start in [
        "Nasrin Karimi, a reporter",
        "Karimi was taken",
        "She was held",
        "no charge",
    ] {
        assert_eq!(find(&qs, start).1, "lawyer", "{start}: {qs:#?}");
    }
}

#[test]
fn the_one_told_in_a_passive_telling_is_not_its_speaker() {
    let qs = quotes("Karimi had not been told of any charge, the lawyer said.");
    assert!(qs.iter().all(|q| q.1 != "Karimi"), "{qs:#?}");
    let qs = quotes("Sanders was told just before the vote that he would probably lose narrowly.");
    let q = qs.iter().find(|q| q.3.contains("he would probably lose"));
    assert_eq!(q.map(|q| q.1.as_str()), Some("?"), "{qs:#?}");
    // ("to be told" is one too.)
    let qs = quotes("McAllister pushed her way back through emergency workers, only to be told her youngest daughter was already dead.");
    let q = qs.iter().find(|q| q.3.contains("youngest daughter"));
    assert!(q.is_none_or(|q| q.1 == "?"), "{qs:#?}");
    // ("is telling" is no passive.)
    let qs = quotes("Donald Trump is telling a veterans group that the military is depleted.");
    assert_eq!(find(&qs, "the military is").1, "Donald Trump", "{qs:#?}");
}

#[test]
fn the_name_before_an_aside_speaks_not_the_role_inside_it() {
    let qs = quotes("In the bank scandal, people were wrongly charged fees, saw their credit ratings fall, got cards in the mail they never asked for or were just confused.");
    assert!(qs.iter().all(|q| !q.1.contains("scandal")), "{qs:#?}");
    for text in [
            "\"The ruling protects everyone,\" Robert McDuff, a lawyer for the groups, said.",
            "\"The ruling protects everyone,\" Robert McDuff, lawyer for one of four groups, said in a statement.",
            "Robert McDuff, lawyer for the groups, said the ruling protects everyone.",
        ] {
            let qs = quotes(text);
            let q = qs
                .iter()
                .find(|q| q.3.to_lowercase().starts_with("the ruling protects"))
                .unwrap_or_else(|| panic!("{text}: {qs:#?}"));
            assert_eq!(q.1, "Robert McDuff", "{text}: {qs:#?}");
        }
}

#[test]
fn a_claim_reaches_us_through_no_one_who_denies_it() {
    let qs = quotes(
        "The RSF said its fighters had seized a base on the city's edge, a claim the army denied.",
    );
    let q = find(&qs, "its fighters had seized");
    assert_eq!(q.1, "Rapid Support Forces", "{qs:#?}");
    assert!(q.2.is_empty(), "{qs:#?}");
}

#[test]
fn a_participle_describing_the_medium_reports_nothing_of_its_own() {
    let qs = quotes(
        "The RSF said in a statement posted on Telegram that its fighters had seized a base.",
    );
    assert_eq!(qs.len(), 1, "{qs:#?}");
    find(&qs, "its fighters had seized");
    // The medium may still speak: "the statement talked about".
    let qs = quotes("The statement talked about the right of voters to choose.");
    assert!(!qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_source_who_asked_not_to_be_named_says_nothing_by_it() {
    let qs = quotes("The source, who asked not to be named, said the talks would resume.");
    find(&qs, "the talks would resume");
    assert!(
        qs.iter().all(|q| !q.3.contains("not to be named")),
        "{qs:#?}"
    );
}

#[test]
fn a_direct_quote_after_a_participle_is_the_first_cue_s_speaker() {
    let qs = quotes(
            "The United Nations relief agency UNRWA said 450,000 people had fled Rafah, adding that \"nowhere is safe in Gaza.\"",
        );
    let q = find(&qs, "nowhere is safe");
    assert_eq!(q.1, "UNRWA", "{qs:#?}");
}

#[test]
fn a_source_that_told_an_agency_carries_it_on_every_quote() {
    let qs = quotes(
            "A senior Iraqi official told Reuters the militias had been warned. The official said the government had asked Tehran to restrain them.",
        );
    let q = find(&qs, "the government had asked");
    assert!(q.1.contains("official"), "{q:?}");
    assert_eq!(q.2, ["Reuters"]);
}

#[test]
fn a_vow_s_time_a_hearer_s_name_and_a_closing_according_to_are_not_content() {
    let qs = quotes(
        "Iran vowed on Tuesday to retaliate against Israel. \
             Amir-Abdollahian told his Syrian counterpart, Faisal Mekdad, that Israel bore full \
             responsibility, according to the IRNA news agency.",
    );
    find(&qs, "to retaliate against Israel");
    let q = find(&qs, "Israel bore full responsibility");
    assert_eq!(q.3, "Israel bore full responsibility", "{q:?}");
    assert_eq!(q.2, vec!["IRNA".to_string()], "{q:?}");
}

#[test]
fn an_agency_after_the_report_is_its_speaker() {
    let qs = quotes(
        "The minister arrived in Baghdad on Monday, IRNA reported. \
             Qatar said that talks would resume in Cairo, Tasnim reported.",
    );
    let q = find(&qs, "The minister arrived");
    assert_eq!(q.1, "IRNA");
    assert!(!q.3.contains("reported"), "{q:?}");
    let outer = find(&qs, "Qatar said");
    assert_eq!(outer.1, "Tasnim");
    let inner = find(&qs, "talks would resume");
    assert_eq!(inner.2, vec!["Tasnim".to_string()], "{inner:?}");
    assert!(!inner.3.contains("Tasnim"), "{inner:?}");
}

#[test]
fn aides_advisers_and_supporters_speak_for_themselves_not_for_whom_they_serve() {
    let qs = quotes(
        "The count ended late on Sunday. Supporters of Tom Reyes said the vote was rigged. \
         Two aides to Governor Laura Mendez said she would appeal. Critics of Tom Reyes said \
         the campaign had run out of money.",
    );
    assert_eq!(find(&qs, "the vote was rigged").1, "Supporters", "{qs:#?}");
    assert_eq!(find(&qs, "she would appeal").1, "aides", "{qs:#?}");
    assert_eq!(find(&qs, "the campaign had run").1, "Critics", "{qs:#?}");
}

#[test]
fn a_short_quote_with_its_speaker_and_cue_right_after_is_direct() {
    // Three words with a long attribution after them are no scare quotes.
    let qs = quotes(
        "The count ended late on Sunday. \"We will appeal,\" an adviser to Tom Reyes said. \
         \"It is over,\" a lawyer for the family said on Monday.",
    );
    let q = find(&qs, "We will appeal");
    assert_eq!(
        (q.0, q.1.as_str()),
        (QuoteKind::Direct, "adviser"),
        "{qs:#?}"
    );
    let q = find(&qs, "It is over");
    assert_eq!(q.0, QuoteKind::Direct, "{qs:#?}");
}

#[test]
fn a_cue_inside_a_report_speaks_only_with_a_speaker_of_its_own_there() {
    // "attacking" takes Mendez from the sentence, outside the report: it is
    // the report's words. Kenya speaks inside Reyes's report: its own.
    let qs = quotes(
        "Governor Laura Mendez said a calm message works better for her than attacking \
         Ortiz before the vote. The mayor, Tom Reyes, said Kenya had told Uganda that the \
         border would stay open.",
    );
    assert!(!qs.iter().any(|q| q.3 == "Ortiz"), "{qs:#?}");
    assert!(find(&qs, "a calm message").3.contains("attacking Ortiz"));
    let inner = find(&qs, "the border would stay open");
    assert_eq!(inner.1, "Kenya", "{inner:?}");
}

#[test]
fn postposed_attribution_and_nested_speech() {
    let qs = quotes("Qatar has said that both sides accepted the draft, the source said.");
    let outer = find(&qs, "Qatar has said");
    assert!(outer.1.contains("source"));
    let inner = find(&qs, "both sides accepted");
    assert_eq!(inner.1, "Qatar");
    assert!(
        inner.2.first().is_some_and(|c| c.contains("source")),
        "{inner:?}"
    );
}

#[test]
fn quoted_words_inside_a_report_belong_to_the_report() {
    let qs = quotes(
            "Ruto says the new levy is \u{201c}a small price for schools\u{201d} and \u{201c}fair to all.\u{201d} \
             Odinga told reporters: \u{201c}We will not pay this tax at all.\u{201d}",
        );
    let report = find(&qs, "the new levy is");
    assert_eq!(report.0, QuoteKind::Indirect);
    assert!(report.3.contains("fair to all"), "{report:?}");
    assert!(
        !qs.iter().any(|q| q.3.starts_with("a small price")),
        "{qs:#?}"
    );
    // A quote the colon hands the floor to stays direct.
    let direct = find(&qs, "We will not pay");
    assert_eq!(direct.0, QuoteKind::Direct);
}

#[test]
fn a_second_cue_of_the_speaker_ends_the_first_report() {
    let qs = quotes("Odinga said the levy was unfair and warned that it would hurt farmers.");
    let first = find(&qs, "the levy was unfair");
    assert_eq!(first.3, "the levy was unfair", "{qs:#?}");
    // The second cue may have a pronoun of its own, after "and" or "but".
    let qs = quotes("Odinga said the levy was unfair, but he added that farmers would be heard.");
    let first = find(&qs, "the levy was unfair");
    assert_eq!(first.3, "the levy was unfair", "{qs:#?}");
    let second = find(&qs, "farmers would be heard");
    assert_eq!(second.3, "farmers would be heard", "{qs:#?}");
}

#[test]
fn a_clause_reported_by_its_quoted_words_goes_on_into_the_quote_after_its_attribution() {
    let qs = quotes(
        "Most courses are \"barely breaking even,\" Dana Whitfield said from her office in \
         Tulsa. \"Nobody should buy a golf course for the money.\" She left soon after.",
    );
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert!(qs[0].3.starts_with("Most courses"), "{qs:?}");
    assert!(qs[0].3.ends_with("for the money."), "{qs:?}");
    assert_eq!(qs[0].1, "Dana Whitfield", "{qs:?}");
}

#[test]
fn a_quote_with_a_cue_of_its_own_is_not_merged_into_the_one_before() {
    let qs = quotes(
            "\"We will not sign this deal,\" Odinga said. He added, \"The farmers deserve better than a levy.\"",
        );
    let first = find(&qs, "We will not sign");
    assert_eq!(first.3, "We will not sign this deal,", "{qs:#?}");
    find(&qs, "The farmers deserve better");
    // Split by its attribution alone, it stays one quote.
    let qs = quotes("\"We will not sign,\" Odinga said, \"until the levy is gone.\"");
    assert_eq!(qs.len(), 1, "{qs:#?}");
}

#[test]
fn a_cue_after_quoted_words_that_goes_on_to_a_clause_reports_the_clause() {
    let qs = quotes(
        "Walking into the hall to chants of \"four more years,\" the mayor said his campaign \
         was closing strong.",
    );
    assert_eq!(find(&qs, "his campaign was").1, "the mayor", "{qs:#?}");
    assert!(!qs.iter().any(|q| q.3.contains("Walking")), "{qs:#?}");
    // (A hearer is no clause: the quote before is what was told.)
    let qs = quotes("\"The mill will reopen in May,\" Tom Reyes told his aides.");
    assert_eq!(find(&qs, "The mill will reopen").1, "Tom Reyes", "{qs:#?}");
}

#[test]
fn a_few_words_written_as_a_title_inside_a_sentence_name_a_work() {
    let qs = quotes(
        "Tom Reyes, the longtime host of the radio show \"Harbour Nights,\" said in an \
         interview that the station would close.",
    );
    assert_eq!(
        find(&qs, "the station would close").1,
        "Tom Reyes",
        "{qs:#?}"
    );
    assert!(
        !qs.iter().any(|q| q.3.contains("Harbour Nights")),
        "{qs:#?}"
    );
    let qs = quotes(
        "Actor Tom Reyes, who on Thursday earned a Golden Globe nomination for his work in \
         ``Harbour Nights,'' said the station would close.",
    );
    assert_eq!(
        find(&qs, "the station would close").1,
        "Tom Reyes",
        "{qs:#?}"
    );
    // (After a cue, quoted words are said: "chanting "U-S-A! U-S-A!"".)
    let qs = quotes("The crowd in the square kept chanting \"Four More Years!\"");
    find(&qs, "Four More Years!");
}

#[test]
fn an_aside_in_dashes_stands_between_a_subject_and_its_cue() {
    let qs = quotes("The mayor — who has led the town since 2010 — said the mill would reopen.");
    assert_eq!(find(&qs, "the mill would reopen").1, "The mayor", "{qs:#?}");
    // (Hyphens set off as dashes; a cue's -s form after the aside.)
    let qs =
        quotes("Some economists - including two on the board - warn that the bank could stall.");
    assert_eq!(
        find(&qs, "the bank could stall").1,
        "Some economists",
        "{qs:#?}"
    );
    let qs = quotes("The economist — who sits on the board — claims the bank could stall.");
    assert_eq!(
        find(&qs, "the bank could stall").1,
        "The economist",
        "{qs:#?}"
    );
}

#[test]
fn an_aside_in_dashes_holds_two_words_at_least() {
    let at = |text: &str, word: &str| {
        let a: Article = coded(text);
        let doc = crate::doc::Doc::new(&a);
        let k = (0..doc.toks.len()).find(|&k| doc.lower(k) == word).unwrap();
        super::aside_in_dashes_before(&doc, k).map(|open| doc.lower(open + 1).to_string())
    };
    assert_eq!(
        at("The mayor — who led the town — said so.", "said").as_deref(),
        Some("who")
    );
    assert_eq!(
        at("A link to what - the - media - wont - tell - you.", "tell"),
        None
    );
}

#[test]
fn a_clause_reported_up_to_a_colon_leaves_the_quote_after_it_to_its_own_cue() {
    let text = "Tom Reyes said he was too busy to look for the records: \"I have a lot going \
                on. Good luck with the story,\" he wrote in an email.";
    let qs = quotes(text);
    let report = find(&qs, "he was too busy");
    assert_eq!(
        report.3, "he was too busy to look for the records",
        "{qs:#?}"
    );
    let a: Article = coded(text);
    let quote = a
        .layers
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .unwrap();
    assert_eq!(quote.cue.map(|c| a.text(c)), Some("wrote"), "{qs:#?}");
}

#[test]
fn a_relative_after_its_preposition_ends_a_report() {
    let qs = quotes(
        "Ana Ortiz said the levy was fair, to which Tom Reyes interjected: \"It is just not true.\"",
    );
    assert_eq!(
        find(&qs, "the levy was fair").3,
        "the levy was fair",
        "{qs:#?}"
    );
    assert_eq!(find(&qs, "It is just not true").1, "Tom Reyes", "{qs:#?}");
}

#[test]
fn only_a_verb_of_saying_comes_before_its_subject() {
    let qs = quotes("Ana Ortiz said on Wednesday she, too, wants a Justice Department inquiry.");
    let q = find(&qs, "she, too");
    assert_eq!(
        q.3, "she, too, wants a Justice Department inquiry",
        "{qs:#?}"
    );
    assert_eq!(q.1, "Ana Ortiz", "{qs:#?}");
    let qs = quotes(
        "The poll, released on Wednesday night by the Harbour Institute of Maine, showed Mrs. \
         Ortiz leading Mr. Reyes among likely voters, 46 percent to 44 percent.",
    );
    assert_eq!(find(&qs, "Mrs. Ortiz leading").1, "The poll", "{qs:#?}");
}

#[test]
fn a_report_goes_on_over_but_that_and_a_short_aside() {
    let qs = quotes(
        "Ana Ortiz predicted that wages would fall, but that overtime pay would make up for it.",
    );
    assert!(
        find(&qs, "wages would fall").3.ends_with("make up for it"),
        "{qs:#?}"
    );
    let qs = quotes(
        "Tom Reyes says the audit of the mill, while troublesome, was handled well by the board.",
    );
    assert!(
        find(&qs, "the audit").3.ends_with("by the board"),
        "{qs:#?}"
    );
    // (Not over "that" as a determiner after a report no "that" opened.)
    let qs = quotes("Inspectors found a leaking valve, but that valve turned out to be sound.");
    assert!(!find(&qs, "a leaking valve").3.contains("sound"), "{qs:#?}");
    // (A contrast with a clause of its own still ends it.)
    let qs = quotes("Tom Reyes says the audit was fair, while the board kept its own counsel.");
    assert_eq!(find(&qs, "the audit").3, "the audit was fair", "{qs:#?}");
}

#[test]
fn a_second_subject_and_cue_after_a_link_open_a_report_of_their_own() {
    let qs = quotes(
        "The mill is expected to reopen in the spring, and aides say the mayor will visit it.",
    );
    assert_eq!(find(&qs, "the mayor will visit").1, "aides", "{qs:#?}");
    assert!(!find(&qs, "to reopen").3.contains("aides"), "{qs:#?}");
    let qs = quotes(
        "Some 20 percent of voters said they trust the council; 29 percent said they trust the mayor.",
    );
    assert_eq!(
        find(&qs, "they trust the council").3,
        "they trust the council",
        "{qs:#?}"
    );
    // (A passive after the link is no second report.)
    let qs = quotes("Tom Reyes said the fee depends on the economy and the player being sought.");
    assert!(
        find(&qs, "the fee depends").3.ends_with("being sought"),
        "{qs:#?}"
    );
}

#[test]
fn an_answer_is_a_report_of_one_or_two_words() {
    let qs = quotes("Asked whether the mill would reopen, Tom Reyes said no.");
    assert_eq!(find(&qs, "no").1, "Tom Reyes", "{qs:#?}");
    let qs = quotes("Reporters asked if the council could block it. The mayor said it could.");
    assert_eq!(find(&qs, "it could").1, "The mayor", "{qs:#?}");
    // (Two words that are not a pronoun and its verb are no clause.)
    let qs = quotes("The mayor said little.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn an_inverted_attribution_after_the_report() {
    let qs = quotes(
            "The levy will not bring the jobs back to the valley, said Wanjiru Kamau, an economist at the university.",
        );
    let q = find(&qs, "The levy will not bring");
    assert_eq!(q.0, QuoteKind::Indirect);
    assert_eq!(
        q.3, "The levy will not bring the jobs back to the valley",
        "{qs:#?}"
    );
    // A time after a postposed speaker does not become the content.
    let qs =
        quotes("The talks in Nairobi will resume next month, Kenyan officials said on Wednesday.");
    find(&qs, "The talks in Nairobi will resume next month");
    assert!(!qs.iter().any(|q| q.3.contains("Wednesday")), "{qs:#?}");
    // A name set off after its description is the subject, not a report.
    let qs = quotes(
        "The mill's former manager, Tom Reyes, said the buyer who replaced him, Ana Ortiz, \
         should resign over the audit.",
    );
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert!(qs[0].3.starts_with("the buyer who replaced him"), "{qs:#?}");
    assert_eq!(qs[0].1, "Tom Reyes", "{qs:#?}");
    // (A town's state is no name set off.)
    let qs = quotes("The old manager died at a hospital in Springfield, Mo., said a spokesman.");
    assert_eq!(
        find(&qs, "The old manager died").1,
        "a spokesman",
        "{qs:#?}"
    );
}

#[test]
fn quoted_words_inside_a_reported_clause_report_the_clause() {
    let qs =
        quotes("The new levy is \"a disaster for farmers,\" said Wanjiru Kamau, an economist.");
    let q = find(&qs, "The new levy is");
    assert_eq!(q.0, QuoteKind::Indirect);
    assert!(q.3.ends_with("a disaster for farmers,\""), "{qs:#?}");
    let qs = quotes("\"We are horrified and angry\" at the closure of the market, Kamau said.");
    let q = find(&qs, "\"We are horrified and angry\"");
    assert!(q.3.ends_with("closure of the market"), "{qs:#?}");
}

#[test]
fn comparisons_names_nouns_and_visits_are_no_reports() {
    for text in [
        "Odinga has won 758 votes, compared with 538 for Ruto in the county.",
        "The militia, known as the Sentinels of the Valley, holds the hills.",
        "The lead for Odinga continues to grow after a win in the county.",
        "The court struck down the governor's plan to tax every farm in the valley.",
        "Nakuru state delegate Mary Wanjiku cheered the result in the hall.",
        "Odinga spoke at a memorial service in Nakuru for the victims of the floods.",
        "Odinga spoke for thirty minutes to the farmers in the hall.",
        "Ruto trails in pledged delegates by a wide margin in the valley.",
        "Odinga spoke to reporters on Tuesday after the vote in Nakuru.",
        "Odinga was talking to the farmers of the valley at a rally.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // What a speaker spoke about is reported.
    let qs = quotes("Odinga spoke about the levy and the price of maize at a rally in Nakuru.");
    find(&qs, "the levy and the price of maize");
    // And past the ones spoken to, what it was about.
    let qs = quotes("Odinga was talking to the farmers about the levy on maize.");
    let q = find(&qs, "the levy on maize");
    assert_eq!(q.3, "the levy on maize", "{qs:#?}");
}

/// The speaker's name of the quote starting with `start` in `text`.
fn speaker_of(text: &str, start: &str) -> String {
    find(&quotes(text), start).1.clone()
}

#[test]
fn a_region_that_owns_a_role_in_the_aside_is_no_speaker() {
    // (Aceh and Hormozgan are regions the names pass finds, as the
    // knowledge base finds Bavaria.)
    for text in [
            "Tomas Varga, head of Aceh's emergency affairs, said several buildings were damaged.",
            "Tomas Varga, head of Hormozgan province's emergency affairs, said several buildings were damaged.",
        ] {
            assert_eq!(speaker_of(text, "several buildings"), "Tomas Varga", "{text}");
        }
}

#[test]
fn quoted_words_the_reported_clause_goes_on_after_belong_to_the_report() {
    // After "that", the clause goes on past the closing mark.
    let qs = quotes("Farah argued that \"outsiders\" had stirred the unrest in the port.");
    let q = find(&qs, "\"outsiders\" had stirred the unrest");
    assert_eq!((q.0, q.1.as_str()), (QuoteKind::Indirect, "Farah"));
    // Words the speaker closed with a comma are the quote.
    let qs = quotes("Farah said that \"we will rebuild every pier,\" and left the hall.");
    assert_eq!(find(&qs, "we will rebuild").0, QuoteKind::Direct, "{qs:#?}");
    // "that's" opens the content; it is no complementizer.
    assert_eq!(
        speaker_of(
            "Okafor said that's what the council had expected all along.",
            "that's what"
        ),
        "Okafor"
    );
    // So is "that" before a verb: "said that is a distortion".
    assert_eq!(
        speaker_of(
            "Okafor said that is a distortion of the record.",
            "that is a distortion"
        ),
        "Okafor"
    );
}

#[test]
fn a_report_after_a_long_aside_of_the_one_told() {
    assert_eq!(
        speaker_of(
            "Nadia Rahimi told a rally in Herat, Afghanistan on Monday that the road would reopen.",
            "the road would reopen"
        ),
        "Nadia Rahimi"
    );
    assert_eq!(
        speaker_of(
            "Nadia Rahimi told a rally in Herat she would run again next year.",
            "she would run again"
        ),
        "Nadia Rahimi"
    );
    // Said over a medium and a clause about it.
    assert_eq!(speaker_of("Daniel Ortiz said on the radio, where he hosts a weekly show, that the mayor should resign.", "the mayor should resign"), "Daniel Ortiz");
}

#[test]
fn speakers_no_list_knows_before_and_after_the_cue() {
    // A cue coordinated with the sentence's first verb: its opening noun phrase.
    assert_eq!(
        speaker_of(
            "The veteran envoy spent a decade in Cairo and says the talks are doomed.",
            "the talks are doomed"
        ),
        "The veteran envoy"
    );
    // Inverted, a description ending in a name, or a noun phrase before a relative clause.
    assert_eq!(
        speaker_of(
            "The harvest will fall short this year, says agronomist Leila Haddad in Homs.",
            "The harvest will fall short"
        ),
        "Leila Haddad"
    );
    assert_eq!(
        speaker_of(
            "The plan cannot pass the chamber, said a group of senators who oppose it.",
            "The plan cannot pass"
        ),
        "a group of senators"
    );
    // A noun phrase after a comma right before the cue, not an actor in the report.
    assert_eq!(
        speaker_of(
            "Rebels shelled the airport overnight, the report said.",
            "Rebels shelled the airport"
        ),
        "the report"
    );
    // "As ... noted," and "As reported by ...," open a report of the main clause.
    assert_eq!(
        speaker_of(
            "As the newspaper noted, the vote is close because turnout fell.",
            "the vote is close because turnout fell"
        ),
        "the newspaper"
    );
    assert_eq!(
        speaker_of(
            "As reported by the Harbour Gazette, the bridge was closed in March.",
            "the bridge was closed"
        ),
        "the Harbour Gazette"
    );
}

#[test]
fn agencies_shows_and_who_declined() {
    // An agency naming a thing it made is no channel of the report.
    assert_eq!(
        speaker_of(
            "Brian Osei said the AFP report was misleading.",
            "the AFP report was misleading"
        ),
        "Brian Osei"
    );
    // With no one else reporting in the sentence, the agency is the source.
    assert_eq!(
        speaker_of(
            "The convoy reached the border at dawn, according to Reuters.",
            "The convoy reached the border"
        ),
        "Reuters"
    );
    // A show's name in quotation marks is no quote of the cue after it,
    // which reports a clause of its own.
    let qs = quotes(
        "On the program \"Morning Hour,\" Governor Tan said if the bill passed she would sign it.",
    );
    assert!(
        qs.iter().all(|q| !q.3.starts_with("Morning Hour")),
        "{qs:#?}"
    );
    assert_eq!(find(&qs, "if the bill passed").1, "Tan");
    // Declining to comment is on the record.
    let qs = quotes("The ministry declined to comment.");
    assert_eq!(find(&qs, "to comment").0, QuoteKind::Indirect);
    // Phrasal verbs of another sense report nothing.
    assert!(quotes("The union called off the strike on Friday.").is_empty());
}

#[test]
fn where_a_report_ends() {
    // An earlier event or a description the writer adds.
    let qs = quotes("Most voters say the mayor is honest, after half said so in May.");
    assert!(qs.iter().any(|q| q.3 == "the mayor is honest"), "{qs:#?}");
    // (Also after a comma that closes quoted words.)
    let qs = quotes("Ortiz called the plan \"reckless,\" a charge the mayor rejects.");
    assert!(qs.iter().any(|q| q.3 == "the plan \"reckless"), "{qs:#?}");
    let qs = quotes("The firm announced it would cut 3,000 jobs, a blow to the region.");
    assert!(
        qs.iter().any(|q| q.3 == "it would cut 3,000 jobs"),
        "{qs:#?}"
    );
    // A second cue after a conjunction and its own subject opens a report of its own.
    let qs = quotes("A third say they are unsure, and one in five say the plan has failed.");
    assert!(qs.iter().any(|q| q.3 == "they are unsure"), "{qs:#?}");
    find(&qs, "the plan has failed");
    // An aside about the object, then what the cue holds against it.
    let qs = quotes("Ortiz accused Tan, the mayor of the port city, of hiding the audit.");
    assert!(
        find(&qs, "Tan").3.ends_with("of hiding the audit"),
        "{qs:#?}"
    );
}

#[test]
fn a_quote_left_open_at_a_paragraph_s_end_goes_on_in_the_next() {
    let text = "Amal Haddad told the Gazette that the ferry was \"never safe for the crossing.\n\n\"The owners knew it for years.\"\n\nThe ferry sank in May.";
    let qs = quotes(text);
    let q = find(&qs, "the ferry was");
    assert!(q.3.ends_with("The owners knew it for years."), "{qs:#?}");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    // A closed quote is not continued.
    let text = "\"The ferry was never safe,\" Amal Haddad said.\n\n\"We knew it,\" a sailor said.";
    assert_eq!(quotes(text).len(), 2);
}

#[test]
fn to_continue_reports_only_a_clause_or_a_quote() {
    // What goes on is no speaker of the clause after it.
    let text = "The strikes will go on if the offensive continues, raising fears in the region.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    // A speaker who goes on speaking still does.
    let qs = quotes(
            "\"We will not stop until the talks resume,\" Omar Haddad continued. He continued that the envoys had failed.",
        );
    let q = find(&qs, "We will not stop");
    assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "Omar Haddad"));
    let q = find(&qs, "the envoys had failed");
    assert_eq!(q.1, "Omar Haddad");
}

#[test]
fn who_was_told_is_not_what_was_told() {
    let qs = quotes(
            "Kenya will send a special force to the north, Defence Minister Aden Duale told a Senate panel on Wednesday.",
        );
    find(&qs, "Kenya will send a special force");
    assert!(!qs.iter().any(|q| q.3.contains("Senate panel")), "{qs:#?}");
    let qs = quotes("Odinga told reporters he would not sign the levy into law.");
    let q = find(&qs, "he would not sign");
    assert_eq!(q.3, "he would not sign the levy into law", "{qs:#?}");
    let text = "The speech differed from what Odinga told the farmers before the rally on Monday.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
}

#[test]
fn an_attack_by_a_state_or_a_force_is_an_act_and_by_a_person_a_report() {
    for text in [
        "Russia attacked Kyiv with drones overnight.",
        "Houthi rebels attacked a merchant ship in the Red Sea on Sunday.",
        // (Also as a participle opening the sentence.)
        "Attacking the port at dawn, Russia shelled the town of Izmail.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    let qs = quotes("Odinga attacked the levy in a speech on Monday.");
    find(&qs, "the levy");
}

#[test]
fn a_postposed_attribution_may_close_with_a_clause_of_time() {
    let qs = quotes(
        "Drones hit a power plant near Kisumu overnight, the police said on Thursday, \
             hours after the army accused rebels of attacking a depot.",
    );
    let q = find(&qs, "Drones hit a power plant");
    assert_eq!(
        q.3, "Drones hit a power plant near Kisumu overnight",
        "{qs:#?}"
    );
}

#[test]
fn a_report_told_to_an_agency_needs_no_that_and_an_aside_keeps_its_head() {
    let qs =
        quotes("A Kenyan official, who declined to be named, told Reuters the levy would stay.");
    let q = find(&qs, "the levy would stay");
    assert_eq!(q.3, "the levy would stay", "{qs:#?}");
    assert_eq!(q.1, "Kenyan official", "{qs:#?}");
    // Spoken to an agency with no report after it.
    let qs = quotes("The minister talked to Reuters on Monday.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn the_hearer_an_aside_and_the_time_of_the_report_are_not_its_content() {
    let qs =
        quotes("Odinga told reporters in Kisumu on Friday that the levy would fall on farmers.");
    let q = find(&qs, "the levy would fall");
    assert_eq!(q.3, "the levy would fall on farmers", "{qs:#?}");
    let qs = quotes("The ministry said in Nairobi that the levy would stay.");
    assert_eq!(find(&qs, "the levy would stay").3, "the levy would stay");
    for text in [
        "Kenya said on Wednesday it had seized a fishing boat.",
        "Kenya said Wednesday it had seized a fishing boat.",
        "Kenya said on Jan. 5 it had seized a fishing boat.",
    ] {
        let qs = quotes(text);
        assert_eq!(
            find(&qs, "it had seized").3,
            "it had seized a fishing boat",
            "{text}"
        );
    }
}

#[test]
fn a_thing_called_by_a_name_is_no_report() {
    let text = "Farmers in Nakuru formed a group called Maize Matters to fight the levy.";
    assert!(quotes(text).is_empty(), "{:#?}", quotes(text));
    let qs = quotes("A government spokesman called the levy a burden for farmers.");
    find(&qs, "the levy");
}

#[test]
fn a_contrast_the_writer_adds_and_a_time_before_that_are_not_the_report() {
    let qs = quotes(
        "Odinga said the levy was rigged against farmers, while his rival has gained in the polls.",
    );
    let q = find(&qs, "the levy was rigged");
    assert_eq!(q.3, "the levy was rigged against farmers", "{qs:#?}");
    let qs = quotes("Odinga said earlier this year that he would sign the levy into law.");
    let q = find(&qs, "he would sign");
    assert_eq!(q.3, "he would sign the levy into law", "{qs:#?}");
}

#[test]
fn a_question_put_to_a_speaker_is_reported() {
    let qs = quotes("Asked whether he would sign the levy, Odinga said he had not decided.");
    let q = find(&qs, "whether he would sign");
    assert_eq!(q.3, "whether he would sign the levy", "{qs:#?}");
    find(&qs, "he had not decided");
    let qs = quotes("But when asked about the price of maize, Ruto declined to comment.");
    find(&qs, "about the price of maize");
    // An asking verb after its subject is no question put.
    let qs = quotes("Odinga asked whether the levy was legal.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
}

#[test]
fn a_bare_verb_reports_after_any_subject() {
    let qs = quotes("Experts like Wanjiru Kamau, an economist, say the levy will hurt farmers.");
    find(&qs, "the levy will hurt farmers");
    let qs = quotes("Among farmers in Nakuru, one in five say they will vote for Ruto.");
    find(&qs, "they will vote for Ruto");
}

#[test]
fn a_plural_noun_or_the_writer_right_before_the_cue_speaks() {
    let qs =
        quotes("Ruto proposed a levy on maize, but analysts agreed it was still a heavy burden.");
    assert_eq!(find(&qs, "it was still").1, "analysts", "{qs:?}");
    let qs = quotes("The firm filed in Nakuru, where restructuring experts say judges move fast.");
    assert_eq!(
        find(&qs, "judges move fast").1,
        "restructuring experts",
        "{qs:?}"
    );
    let qs = quotes("Like Odinga, I believe that Ruto will lose the vote.");
    assert_eq!(find(&qs, "Ruto will lose").1, "I", "{qs:?}");
    let qs = quotes("In fairness to Ruto, I should say that Odinga paid them.");
    assert_eq!(find(&qs, "Odinga paid them").1, "I", "{qs:?}");
}

#[test]
fn a_verb_after_but_takes_the_sentence_subject_and_the_next_paragraph_keeps_it() {
    let qs = quotes(
            "Senator Jane Roe used to back Odinga, but now said Ruto had \"the duty to unite us.\"\n\n\"I think he can do that, but the drought unites us more.\"",
        );
    assert_eq!(find(&qs, "Ruto had").1, "Jane Roe", "{qs:?}");
    assert_eq!(find(&qs, "I think he can").1, "Jane Roe", "{qs:?}");
    // A quote after a report in its own paragraph is the reporter's too.
    let qs = quotes(
            "The cabinet may wait for the talks to end, Jane Roe said. \"The other factor is the drought.\"",
        );
    assert_eq!(find(&qs, "The other factor").1, "Jane Roe", "{qs:?}");
}

#[test]
fn the_state_after_a_town_is_where_the_speaker_is_from() {
    let qs = quotes("Jane Roe, 22, of Flint, Mich., said she had not given up hope.");
    assert_eq!(find(&qs, "she had not").1, "Jane Roe", "{qs:?}");
    // ("yet" is no word of the speaker's.)
    let qs = quotes("The candidate yet refuses to publish his own returns.");
    assert_eq!(find(&qs, "to publish").1, "The candidate", "{qs:?}");
}

#[test]
fn according_to_a_party_s_people_names_them() {
    let qs = quotes("Odinga will not run again, according to several senior Democrats.");
    assert_eq!(
        find(&qs, "Odinga will not").1,
        "several senior Democrats",
        "{qs:?}"
    );
}

#[test]
fn a_poll_reports_what_it_shows_and_what_a_phrase_naming_it_opens() {
    let qs = quotes("A new Gallup poll shows Ruto leading Odinga by nine points.");
    assert_eq!(find(&qs, "Ruto leading Odinga").1, "Gallup", "{qs:?}");
    let qs = quotes(
        "In a Gallup poll released Monday, 50 percent chose Ruto, although many were undecided.",
    );
    let q = find(&qs, "50 percent chose Ruto");
    assert_eq!(q.1, "Gallup", "{qs:?}");
    assert!(!q.3.contains("undecided"), "{qs:?}");
    // A cue of its own in the clause is the report's; a gerund opens no such phrase.
    let qs = quotes("In a memo released Tuesday, the campaign manager acknowledged the loss.");
    assert!(
        qs.iter()
            .all(|q| !q.3.contains("campaign manager acknowledged")),
        "{qs:?}"
    );
    let qs = quotes("In breaking down the poll results, voters favored Ruto.");
    assert!(qs.iter().all(|q| !q.3.starts_with("voters")), "{qs:?}");
}

#[test]
fn a_pronoun_s_second_cue_after_an_auxiliary_and_a_day_spoken_on() {
    let qs = quotes(
            "Ruto spoke on Monday, promising lower taxes for farmers, but he has also warned of deep cuts.",
        );
    assert!(!qs.iter().any(|q| q.3 == "Monday"), "{qs:?}");
    assert_eq!(
        find(&qs, "lower taxes").3,
        "lower taxes for farmers",
        "{qs:?}"
    );
}

#[test]
fn a_coordinated_cue_and_a_described_subject_keep_the_speaker() {
    let qs = quotes("Odinga said that Ruto is playing games and said that Kamau is weak.");
    let second = find(&qs, "Kamau is weak");
    assert_eq!(second.1, "Odinga", "{qs:#?}");
    let qs = quotes(
            "Wanjiru Kamau, an economist who has refused to endorse Ruto, said the farmers deserved better.",
        );
    let q = find(&qs, "the farmers deserved better");
    assert_ne!(q.1, "William Ruto", "{qs:#?}");
    assert!(!q.3.contains("Kamau"), "{qs:#?}");
}

#[test]
fn a_description_ending_in_a_name_after_the_cue_speaks() {
    let a: Article =
        coded("\"We will not sign this levy,\" said former union leader Wanjiru Kamau.");
    let q = &a.layers.quotes[0];
    let speaker = q.speaker_span.map(|s| a.text(s).to_string());
    // The person the description ends in, resolved as a person.
    assert_eq!(speaker.as_deref(), Some("Wanjiru Kamau"), "{q:#?}");
    assert_eq!(
        q.speaker.as_ref().map(|e| e.kind),
        Some(sitrep_core::EntityKind::Person),
        "{q:#?}"
    );
    let qs = quotes(
            "After meeting Ruto, Senator Wanjiru Kamau, who has endorsed Odinga, said the levy was unfair.",
        );
    let q = find(&qs, "the levy was unfair");
    assert!(!q.1.contains("Ruto") && !q.1.contains("Odinga"), "{qs:#?}");
}

#[test]
fn participles_places_and_negations_keep_the_speaker() {
    let qs = quotes(
            "\"Ruto has misled every farmer in the valley,\" Odinga said, adding that the levy was unfair.",
        );
    let q = find(&qs, "the levy was unfair");
    assert_eq!(q.1, "Odinga", "{qs:#?}");
    let qs = quotes("Odinga, during a rally in Nakuru, Kenya, said the levy was unfair.");
    let q = find(&qs, "the levy was unfair");
    assert_eq!(q.1, "Odinga", "{qs:#?}");
    let qs = quotes("Odinga, a veteran of the opposition, has not endorsed Ruto.");
    let q = find(&qs, "Ruto");
    assert_eq!(q.1, "Odinga", "{qs:#?}");
}

#[test]
fn a_person_before_a_colon_speaks_the_quote_after_it() {
    let qs = quotes(
            "As Professor Wanjiru Kamau put it: \"The valley does a better job at feeding the country than any other.\"",
        );
    let q = find(&qs, "The valley does a better job");
    assert!(q.1.contains("Kamau"), "{qs:#?}");
    // A list after a colon has no speaker.
    let qs = quotes(
        "Three districts were on the list: \"Nakuru, Naivasha and the hills above them all.\"",
    );
    assert!(qs.iter().all(|q| q.1 == "?"), "{qs:#?}");
    let qs = quotes("Kamau elaborated in a column that the farmers may reconsider their votes.");
    find(&qs, "the farmers may reconsider");
}

/// The kind and the speaker of the quote opening with `start`.
fn kind_and_speaker(text: &str, start: &str) -> (QuoteKind, String) {
    let q = find(&quotes(text), start).clone();
    (q.0, q.1)
}

/// No quote opens with any of `words`.
fn reports_none_of(text: &str, words: &[&str]) {
    let qs = quotes(text);
    for w in words {
        assert!(
            qs.iter().all(|q| !q.3.starts_with(w)),
            "{w:?} reported in {qs:#?}"
        );
    }
}

#[test]
fn words_that_only_look_like_reports_report_nothing() {
    // A noun that names a thing opens a relative clause, not a report.
    reports_none_of(
        "Kamau campaigned hard in the state that she won in 2008.",
        &["she won"],
    );
    // A gerund after an article, and the credits of wire copy.
    reports_none_of(
        "The Post said there was no attempt to circumvent the reporting requirements of the act. \
             Kamau led Otieno with 95 percent of precincts reporting.\n\n\
             Lerer reported from Los Angeles. (Additional reporting by Ann Lee in Nairobi.)",
        &[
            "requirements",
            "Kamau led",
            "from Los Angeles",
            "by Ann Lee",
        ],
    );
    // An -ed form after a determiner and words of degree is an adjective.
    reports_none_of(
            "Otieno won the hotly contested race in Kisumu. It was the party's last contested primary of the year.",
            &["race in Kisumu", "primary of the year"],
        );
    // Verbs of another sense.
    reports_none_of(
            "Kamau found himself in a tight race. Otieno was found guilty of fraud. Wanjiru helped found the group in 2008. \
             Odinga appeared on KTN to tout his plan. Ruto is best known for his speeches. \
             The plan would let firms write off their losses. The emails that a clerk deleted were found.",
            &["himself", "guilty", "the group", "KTN", "his speeches", "off their losses", "The emails"],
        );
    // A noun of result, and a written work as what is written.
    reports_none_of(
        "Without a strong showing in Iowa, the campaign may struggle. \
             Weaver wrote a children's book about the farm. \
             Scribner will publish a biography written by two reporters of the Nation.",
        &["in Iowa", "a children's book", "by two reporters"],
    );
    let text = "Weaver wrote in a letter that the levy was unfair.";
    assert_eq!(speaker_of(text, "the levy was unfair"), "Weaver");
    // "maintain" reports a clause, not what it keeps.
    reports_none_of(
        "Kamau maintained a large lead in the polls.",
        &["a large lead"],
    );
    let text = "Kamau maintained that he had done nothing wrong.";
    assert_eq!(speaker_of(text, "he had done"), "Kamau");
}

#[test]
fn a_page_s_labels_and_lists_before_a_colon_are_no_speakers() {
    let text = "The senator spoke on Monday.\n\nContributing: Ann Lee and Bo Chen in Nairobi.\n\n\
                    Kenya: Tim Albrecht, Brad Anderson, Rob Barron, Jane Doe.\n\nQ: Have you talked to the governor lately?";
    let qs = quotes(text);
    assert!(
        qs.iter()
            .all(|q| !matches!(q.1.as_str(), "Contributing" | "Kenya" | "Q")),
        "{qs:#?}"
    );
    // A name before a colon still speaks.
    let qs = quotes("The debate ran late.\n\nKAMAU: We will not raise the levy on fuel this year.");
    assert_eq!(find(&qs, "We will not raise").1, "Kamau", "{qs:#?}");
}

#[test]
fn a_noun_phrase_taken_as_content_keeps_its_relative_clause_and_ends_at_a_second_verb() {
    // (text, the content's first words, the content)
    for (text, start, content) in [
        (
            "Kamau mentioned the rival who was likely to beat him.",
            "the rival",
            "the rival who was likely to beat him",
        ),
        (
            "Otieno endorsed Kamau for governor and drafted the budget bill.",
            "Kamau",
            "Kamau for governor",
        ),
        // Where the report was made is no part of it.
        (
            "The senator criticized the plan in an interview on KTN on Sunday.",
            "the plan",
            "the plan",
        ),
    ] {
        assert_eq!(find(&quotes(text), start).3, content, "{text}");
    }
}

#[test]
fn an_attribution_inside_the_sentence_it_reports_takes_the_whole_sentence() {
    let text = "The club's heavy investment in its courts, Ms. Tanzer said, \"is a perfect example of adapting\" to the economics of tennis.";
    let q = kind_and_speaker(text, "The club's heavy investment");
    assert_eq!(q, (QuoteKind::Indirect, "Tanzer".into()));
    let content = find(&quotes(text), "The club's").3.clone();
    assert!(content.ends_with("economics of tennis"), "{content}");
    // A quote that is a sentence of its own stays direct.
    let qs = quotes("Asked about the levy, Ryan said, \"Sure. I get that, too.\"");
    assert_eq!(find(&qs, "Sure.").0, QuoteKind::Direct, "{qs:#?}");
}

#[test]
fn a_name_s_role_and_an_abbreviated_rank_do_not_take_the_speaker() {
    let text = "\u{201c}The numbers we have seen put our campaign on pace,\u{201d} Jeff Weaver, Sanders\u{2019} campaign manager, said.";
    let q = kind_and_speaker(text, "The numbers we have seen");
    assert_eq!(q, (QuoteKind::Direct, "Jeff Weaver".into()));
    let text =
        "\"It is a serious matter for the region,\" said retired Army Lt. Gen. Mick Bednarek.";
    assert_eq!(speaker_of(text, "It is a serious matter"), "Mick Bednarek");
    // A role's words after "said" before the name that closes them.
    let text = "Two men were arrested in the city, said police spokesman Gregg Miliote.";
    assert_eq!(speaker_of(text, "Two men were arrested"), "Gregg Miliote");
}

#[test]
fn one_accused_of_a_charge_is_not_its_speaker() {
    let qs =
        quotes("A fired accountant accused of wounding two bosses was arraigned on Wednesday.");
    let q = find(&qs, "wounding two bosses");
    assert_eq!(
        (q.1.as_str(), q.3.as_str()),
        ("?", "wounding two bosses"),
        "{qs:#?}"
    );
    // In the active, the accuser is named.
    let text = "These are the rivals who he accused of lying about the levy.";
    assert_ne!(speaker_of(text, "lying about the levy"), "?");
}

#[test]
fn the_person_a_description_of_roles_names_speaks() {
    // An office's "of" before the body it is held in ("president and CEO of
    // Mountain Dairy"), and two roles joined by "and" before the name
    // ("businessman and blogger Paul Kessel"): the person speaks.
    let cases = [
        (
            "Mark Hansen, president and CEO of Mountain Dairy, told the board on Monday that the plant would close.",
            "the plant would close",
        ),
        (
            "\"We lost money every month,\" said Denver businessman and blogger Mark Hansen, a critic of the mayor.",
            "We lost money",
        ),
    ];
    for (text, content) in cases {
        assert_eq!(speaker_of(text, content), "Mark Hansen", "{text}");
    }
}

#[test]
fn a_cue_s_participle_before_its_agent_reports_nothing_of_the_noun_before_it() {
    // "criticized by Kessel": a passive with no auxiliary; the projects say
    // nothing, and "by Kessel" is no report.
    let qs = quotes(
        "The plan would have funded local projects often criticized by Kessel and his allies.",
    );
    assert!(qs.is_empty(), "{qs:#?}");
    // "countered by telling": the report hangs on the participle alone.
    let qs = quotes(
        "Prosecutor Anthony Evans countered by telling jurors that Simpson was trying to deflect blame.",
    );
    assert!(!qs.iter().any(|q| q.3.starts_with("by ")), "{qs:#?}");
    let q = find(&qs, "Simpson was trying");
    assert_eq!(q.1, "Anthony Evans");
}

#[test]
fn an_attribution_closed_by_a_place_and_a_participle_takes_the_words_before_it() {
    // "..., Hansen said Tuesday in Denver, noting ...": the time and the
    // place close the attribution at the comma before the participle.
    for text in [
        "The plans are sickening, Hansen said Tuesday in Denver, noting the council had failed twice.",
        "The plans are sickening, Hansen said in Denver, adding that the council had failed twice.",
    ] {
        let qs = quotes(text);
        let q = find(&qs, "The plans are sickening");
        assert_eq!(q.3, "The plans are sickening", "{text}");
        assert!(!qs.iter().any(|q| q.3.contains("in Denver")), "{qs:#?}");
    }
}

#[test]
fn a_modal_run_into_its_pronoun_keeps_a_bare_verb_from_reporting() {
    // "he'd welcome" is "he would welcome": what follows is the report's,
    // not a second report hung on "welcome".
    let qs = quotes("Hansen said he'd welcome the new council.");
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(qs[0].3, "he'd welcome the new council");
}

#[test]
fn an_agency_inside_the_report_is_no_channel() {
    // "said he'd fight Reuters": the agency is what the report names, not
    // the one it was told to; "told Reuters the group ..." still is.
    let qs = quotes("The senator said he'd fight Reuters in court.");
    let q = find(&qs, "he'd fight Reuters");
    assert!(q.2.is_empty(), "{q:?}");
    let qs = quotes("The senator told Reuters the group would not agree.");
    find(&qs, "the group would not agree");
}

#[test]
fn the_examples_after_including_belong_to_the_object() {
    let qs = quotes(
        "The mayor blamed several factors, including budget cuts, the heat and the rise of crime.",
    );
    let q = find(&qs, "several factors");
    assert_eq!(
        q.3,
        "several factors, including budget cuts, the heat and the rise of crime"
    );
}

#[test]
fn a_relative_report_in_the_attribution_between_merged_quotes_is_kept() {
    let qs = quotes(
        "\"The candidates just do not understand the army,\" said Capt. Jo Pardo, who said he would not vote for either man. \"Their plans are far out there.\"",
    );
    let q = find(&qs, "he would not vote");
    assert_eq!(q.1, "Jo Pardo");
    assert!(
        qs.iter()
            .any(|q| q.3.starts_with("The candidates") && q.3.ends_with("far out there.")),
        "{qs:#?}"
    );
}

#[test]
fn a_second_verb_of_the_subject_after_and_ends_a_noun_phrase_report() {
    // "endorsed Hansen last week and has appeared ...": an auxiliary after
    // "and" opens the subject's next verb, as an -ed form does.
    let qs =
        quotes("The governor endorsed Hansen last week and has appeared at his rallies since.");
    let q = find(&qs, "Hansen");
    assert!(!q.3.contains("appeared"), "{q:?}");
}

#[test]
fn a_relative_after_a_comma_closing_a_report_is_the_writer_s() {
    // ", which raised concerns ...": the writer's comment on the report.
    let qs = quotes(
        "Hansen said he was being sarcastic in his remarks, which raised concerns among the council's lawyers.",
    );
    let q = find(&qs, "he was being sarcastic");
    assert_eq!(q.3, "he was being sarcastic in his remarks");
    // A relative set inside the report, whose main clause goes on after it,
    // stays in it.
    let qs =
        quotes("Hansen said the old stone church, which he described as a small one, is about 30 years old.");
    let q = find(&qs, "the old stone church");
    assert!(q.3.ends_with("is about 30 years old"), "{q:?}");
}

#[test]
fn implying_is_reporting() {
    let qs = quotes("The mayor implied that the council had hidden the audit.");
    let q = find(&qs, "the council had hidden");
    assert_eq!(q.1, "The mayor");
    assert_eq!(q.3, "the council had hidden the audit");
}

#[test]
fn a_question_put_after_a_cue_or_in_the_passive_is_the_asker_s() {
    let qs = quotes(
        "\"Absolutely,\" Hansen said when asked by Mark Olson whether the plan still stood.",
    );
    let q = find(&qs, "whether the plan still stood");
    assert_eq!(q.1, "Mark Olson");
    let qs = quotes("Hansen was asked by host Mark Olson whether his aim was to close the plant.");
    let q = find(&qs, "whether his aim");
    assert_eq!(q.1, "Mark Olson");
}

#[test]
fn scare_quotes_inside_a_clause_attributed_after_it_are_the_clause_s() {
    let qs = quotes(
        "People should not wave around words like “maybe” and “perhaps”, Hansen told reporters.",
    );
    assert_eq!(qs.len(), 1, "{qs:#?}");
    assert_eq!(
        qs[0].3,
        "People should not wave around words like “maybe” and “perhaps”"
    );
}

#[test]
fn according_to_inside_a_parenthesis_reports_the_parenthesis() {
    let qs = quotes(
        "The county is mostly rural (62 percent of its voters live on farms, according to the census office), as is its neighbor.",
    );
    let q = find(&qs, "62 percent");
    assert_eq!(q.3, "62 percent of its voters live on farms");
}

#[test]
fn a_participle_closing_a_sentence_is_no_postposed_attribution() {
    // "sometimes speaking in the voice of God, counseling ...": the time or
    // place after a participle does not make it an attribution of the
    // sentence before it.
    let qs = quotes(
        "On the tape his voice drones on for two hours, using old words and sometimes speaking in the voice of a prophet, counseling his followers.",
    );
    assert!(
        !qs.iter().any(|q| q.3.starts_with("On the tape")),
        "{qs:#?}"
    );
}

#[test]
fn a_relative_closed_by_a_quote_and_a_comma_stays_in_the_report() {
    let qs = quotes(
        "Hansen said the old stone church, which he described as \"just a local church,\" is about 30 years old.",
    );
    let q = find(&qs, "the old stone church");
    assert!(q.3.ends_with("is about 30 years old"), "{q:?}");
}

#[test]
fn a_name_inside_a_relative_about_the_subject_does_not_speak() {
    let cases = [
        (
            "The local leaders who backed Mark Hansen said they would rally behind the ticket.",
            "they would rally",
            "The local leaders",
        ),
        // The relative's own subject still speaks.
        (
            "They found the clerk who Mark Hansen said had stolen the funds from the plant.",
            "had stolen the funds",
            "Mark Hansen",
        ),
    ];
    assert_speakers(&cases);
}

#[test]
fn an_attribution_set_between_commas_reports_the_whole_sentence() {
    let cases = [
        // With a time after the cue.
        "The harvest, Mark Hansen said on Tuesday, is the smallest in a decade.",
        // With a gerund opening the clause after it.
        "Though the first move was smooth, Mark Hansen said, replacing the board would be much harder.",
    ];
    for text in cases {
        let qs = quotes(text);
        assert_eq!(qs.len(), 1, "{qs:#?}");
        let q = &qs[0];
        assert_eq!(q.1, "Mark Hansen", "{text}");
        assert!(
            text.starts_with(&q.3) && q.3.len() > text.len() - 3,
            "{q:?}"
        );
    }
    // A participle of report closing the sentence is not its content.
    for text in [
        "The plant will close, Mark Hansen said, citing the cost of the repairs.",
        "The plant will close, Mark Hansen said on Friday, in a move seen as a blow to the town.",
    ] {
        let qs = quotes(text);
        assert_eq!(
            find(&qs, "The plant will close").3,
            "The plant will close",
            "{text}"
        );
    }
}

#[test]
fn a_time_after_a_stance_s_object_is_not_the_object() {
    let cases = [
        ("Governor Ella Brandt endorsed Mark Hansen last week and has campaigned with him since.", "Mark Hansen"),
        ("Ella Brandt endorsed Mark Hansen on Thursday, calling him a steady hand.", "Mark Hansen"),
        ("Ella Brandt opposed the pipeline in 2019 when it came to a vote.", "the pipeline"),
    ];
    for (text, object) in cases {
        let qs = quotes(text);
        assert_eq!(find(&qs, object).3, object, "{text}");
    }
    // Not before the infinitive the object goes on to, nor inside a name.
    let qs = quotes("Farm leaders called on the council Wednesday to block the new levy.");
    assert!(
        qs.iter().any(|q| q.3.ends_with("block the new levy")),
        "{qs:#?}"
    );
    let qs = quotes("Ella Brandt praised the June 5 accord with the mill workers.");
    assert_eq!(
        find(&qs, "the June").3,
        "the June 5 accord with the mill workers"
    );
}

#[test]
fn verbs_of_praise_and_reproach_attribute_their_object() {
    // `cues.tsv` lists them as stances with a noun phrase object; "thanks
    // to" is no thanks (`not-cue-phrases.txt`).
    for (text, object, speaker) in [
        (
            "Mayor Ella Brandt lambasted the council's budget plan.",
            "the council's budget plan",
            "Ella Brandt",
        ),
        (
            "At the rally, Mark Hansen thanked the mill workers.",
            "the mill workers",
            "Mark Hansen",
        ),
        (
            "Senator Ruth Okafor chided the governor.",
            "the governor",
            "Ruth Okafor",
        ),
    ] {
        let qs = quotes(text);
        let q = find(&qs, object);
        assert_eq!((q.1.as_str(), q.3.as_str()), (speaker, object), "{text}");
    }
    let qs = quotes("The mill survived the winter thanks to a loan from the county.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_participle_opening_its_sentence_reports_its_phrase_for_the_main_subject() {
    // (speaker, the whole content)
    let cases = [
        (
            "Noting that the dam was late, Mark Hansen said the county would pay.",
            ("Mark Hansen", "the dam was late"),
        ),
        (
            "Citing the cost of the repairs, the council rejected the plan.",
            ("the council", "the cost of the repairs"),
        ),
        // (The subject's noun phrase ends before a reporting verb.)
        (
            "Citing the flood, the Valley Courier reports the mill closed.",
            ("the Valley Courier", "the flood"),
        ),
    ];
    for (text, (speaker, content)) in cases {
        let qs = quotes(text);
        let q = find(&qs, content);
        assert_eq!((q.1.as_str(), q.3.as_str()), (speaker, content), "{text}");
    }
    // Not a turn to a topic, nor a phrase of where or for whom one spoke.
    for (text, not_content) in [
        (
            "Speaking of the mill, he said it closed in May.",
            "the mill",
        ),
        (
            "Writing in a company blog, Mark Hansen thanked the growers.",
            "a company blog",
        ),
        (
            "Mark Hansen spoke on behalf of the growers at the council.",
            "behalf",
        ),
    ] {
        let qs = quotes(text);
        assert!(
            !qs.iter().any(|q| q.3.contains(not_content)),
            "{text}: {qs:#?}"
        );
    }
}

#[test]
fn a_participle_after_a_comma_speaks_for_the_noun_phrase_opening_its_clause() {
    // Not for the actor named in the predicate before it.
    assert_speakers(&[(
        "The county council gave Mark Hansen a warning, saying that he had misled the growers.",
        "he had misled",
        "The county council",
    )]);
}

#[test]
fn the_holder_of_a_view_reports_the_clause_it_is_held_on() {
    assert_speakers(&[
        (
            "In their view, the growers could win the vote in May.",
            "the growers could win",
            "their",
        ),
        (
            "The only fix, in Professor Mark Hansen's view, would be a new dam.",
            "The only fix",
            "Mark Hansen",
        ),
    ]);
}

#[test]
fn a_manner_adverb_between_a_cue_and_its_topic() {
    for text in [
        "Mark Hansen arrived at the plant. He spoke at length about the cost of the repairs.",
        "Mark Hansen spoke openly about the cost of the repairs.",
    ] {
        let qs = quotes(text);
        let q = find(&qs, "the cost of the repairs");
        assert_eq!(q.1, "Mark Hansen", "{text}");
    }
}

#[test]
fn a_quote_closing_on_its_own_mark_takes_the_attribution_after_it() {
    let qs = quotes(
        "\"And I am not being paid for any of it!\" Mark Hansen declared, a point he makes at every stop on the tour.",
    );
    let q = find(&qs, "And I am not being paid");
    assert_eq!((q.0, q.1.as_str()), (QuoteKind::Direct, "Mark Hansen"));
    assert!(!qs.iter().any(|q| q.3.starts_with("a point")), "{qs:#?}");
    // A sentence opening on the cue of the next quote keeps it.
    let qs = quotes(
        "\"Who pays for the repairs?\" Mark Hansen asked. \"Nobody in this town will say.\" Ella Brandt added, \"The mill will pay, as it always has.\"",
    );
    assert_eq!(find(&qs, "The mill will pay").1, "Ella Brandt");
}

#[test]
fn a_role_s_noun_is_the_subject_of_a_cue_that_is_also_a_noun() {
    assert_speakers(&[
        (
            "The governor claims the new levy will cut costs for farmers.",
            "the new levy will cut costs",
            "The governor",
        ),
        (
            "The party's candidate plans to return to the valley on Saturday.",
            "to return to the valley",
            "The party's candidate",
        ),
    ]);
    // With no determiner the -s form stays a plural noun.
    let qs = quotes("Governor claims adjusters were paid late again this year.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_verb_that_carries_on_into_the_cue_keeps_its_subject() {
    assert_speakers(&[
        (
            "We continue to believe that the mill will reopen in the spring.",
            "the mill will reopen",
            "We",
        ),
        (
            "Mark Hansen went on to warn that the mill would close in the spring.",
            "the mill would close",
            "Mark Hansen",
        ),
    ]);
    // An infinitive after another verb reports, for the clause's subject
    // or, after a verb that hands the act on, for its object.
    assert_speakers(&[
        (
            "Mark Hansen moved quickly to criticize the levy on river barges.",
            "the levy",
            "Mark Hansen",
        ),
        (
            "Senator Ruth Okafor prompted Ella Brandt to criticize the levy.",
            "the levy",
            "Ella Brandt",
        ),
    ]);
    // An infinitive after a cue, or a carrying verb after a modal, is not
    // yet said; nor is a cue before a preposition it does not report by.
    // ("wants" reports its infinitive, "to warn ...": a stance.)
    for (text, not_content) in [
        (
            "Mark Hansen wants to warn the council about the mill.",
            "the council",
        ),
        (
            "The insurers will continue to deny the claims of the mill workers.",
            "the claims",
        ),
        (
            "The Delta Mill Company continues to add to its fleet of river barges.",
            "to its fleet",
        ),
    ] {
        let qs = quotes(text);
        assert!(
            !qs.iter().any(|q| q.3.starts_with(not_content)),
            "{text}: {qs:#?}"
        );
    }
    // A cue carried on is said: "continued to say", "went on to say".
    let qs = quotes("Tom Reyes continued to say he had never seen the audit.");
    assert_eq!(find(&qs, "he had never seen").1, "Tom Reyes", "{qs:#?}");
    // (Nor is an adjective's infinitive anyone's report but the writer's.)
    let qs =
        quotes("Mark Hansen spoke for an hour, and it is safe to say the mill will not reopen.");
    assert!(qs.is_empty(), "{qs:#?}");
    // (A cue's object does not yet say what it was urged to.)
    let qs = quotes("Senator Ruth Okafor urged Ella Brandt to criticize the levy.");
    assert!(!qs.iter().any(|q| q.3 == "the levy"), "{qs:#?}");
}

#[test]
fn a_negated_cue_reports_its_stance_within_its_clause() {
    assert_speakers(&[
        (
            "Mark Hansen did not say whether the mill would close.",
            "whether the mill",
            "Mark Hansen",
        ),
        (
            "Mark Hansen does not believe the mill will close this year.",
            "the mill will close",
            "Mark Hansen",
        ),
    ]);
    // A cue's bare form that is also a noun is a verb after "did not" or
    // "doesn't"; the negation is no part of the speaker.
    let qs = quotes("Mark Hansen did not mention the mill in his speech at the fair.");
    assert_eq!(find(&qs, "the mill").1, "Mark Hansen");
    let qs = quotes("At the fair on Sunday, she didn't mention the mill.");
    let q = find(&qs, "the mill");
    assert_eq!(q.1, "she");
    // A modal's cue is not yet said.
    let qs = quotes("Mark Hansen will say more about the mill at the council meeting.");
    assert!(qs.is_empty(), "{qs:#?}");
    // A cue inside a condition reports only the condition's clause.
    let qs = quotes(
        "Mark Hansen said that if Canada does not want the talks to fail, the levy must be cut.",
    );
    assert!(
        !qs.iter()
            .any(|q| q.1 != "Mark Hansen" && q.3.contains("levy")),
        "{qs:#?}"
    );
    // A cue with nothing after it but another's attribution reports nothing.
    let qs = quotes(
        "The fire was set on purpose, but the chief did not elaborate, the Valley Courier reported.",
    );
    assert!(!qs.iter().any(|q| q.3.contains("Courier")), "{qs:#?}");
}

#[test]
fn a_relative_or_a_share_of_people_before_a_present_cue() {
    assert_speakers(&[
        (
            "The council heard from farmers who claim the levy has doubled.",
            "the levy has doubled",
            "farmers",
        ),
        (
            "In the survey, 42 percent say they are liberal.",
            "they are liberal",
            "42 percent",
        ),
    ]);
}

#[test]
fn a_cue_that_is_also_a_noun_closing_its_sentence_after_its_speaker() {
    assert_speakers(&[
        (
            "Mark Hansen came to the mill at dawn. The mill will close in May, he notes.",
            "The mill will close",
            "Mark Hansen",
        ),
        (
            "The levy doubled this year, Ella Brandt reports.",
            "The levy doubled",
            "Ella Brandt",
        ),
    ]);
    // A plural noun closing a sentence stays a noun.
    let qs = quotes("The governor lost seven percentage points.");
    assert!(qs.is_empty(), "{qs:#?}");
}

#[test]
fn a_participle_s_unnamed_subject_opens_the_sentence() {
    assert_speakers(&[
        (
            "The nurse later sued, claiming the quarantine violated her rights.",
            "the quarantine violated",
            "The nurse",
        ),
        (
            "The new tenant moved out on Monday, saying the rent was unfair.",
            "the rent was unfair",
            "The new tenant",
        ),
    ]);
}

#[test]
fn a_phrase_of_where_or_when_it_was_said_is_no_report() {
    for text in [
        "Amara Osei, the spokeswoman for the Accra council, said in a statement.",
        "The ministry's budget is the largest, as mentioned above.",
        "The treasurer, Kofi Mensah, wrote from Kumasi.",
        "The minister, who has since resigned, said at the time.",
    ] {
        assert!(quotes(text).is_empty(), "{text}: {:#?}", quotes(text));
    }
    // A longer phrase may hold the report; "believe in" is a stance.
    let qs = quotes("Osei said in Accra on Monday the levy would be cut.");
    find(&qs, "in Accra on Monday the levy would be cut");
    let qs = quotes("Young farmers in the valley still believe in the cooperative.");
    find(&qs, "in the cooperative");
    let qs = quotes("Police said at least three farmers, a man and two women, were hurt.");
    find(&qs, "at least three farmers");
    let qs = quotes("Osei hinted at \"irregularities\".");
    find(&qs, "at \"irregularities");
}

#[test]
fn a_participle_after_a_preposition_of_time_or_manner_speaks_for_its_clause_s_subject() {
    assert_speakers(&[
        // Opening the sentence: the main clause's subject.
        (
            "After thanking the farmers of the valley, Amara Osei left the hall.",
            "the farmers of the valley",
            "Amara Osei",
        ),
        (
            "One month after announcing his support for the levy, Amara Osei resigned.",
            "his support for the levy",
            "Amara Osei",
        ),
        // Inside it: the subject of the clause the preposition follows, not
        // a name nearer the cue.
        (
            "Amara Osei deflected questions about Kofi Mensah before saying the vote would wait.",
            "the vote would wait",
            "Amara Osei",
        ),
        (
            "Amara Osei praised the council, before clarifying that she would vote against the levy.",
            "she would vote against the levy",
            "Amara Osei",
        ),
        // With no actor named, the noun phrase opening the sentence.
        (
            "Both women framed their remarks by portraying the levy as a theft.",
            "the levy as a theft",
            "Both women",
        ),
    ]);
    // What the cue before such a participle takes ends there.
    let qs = quotes(
        "Kofi Mensah defended his plan of keeping farmers out of the market by citing a survey.",
    );
    assert_eq!(
        find(&qs, "his plan").3,
        "his plan of keeping farmers out of the market",
        "{qs:#?}"
    );
    assert_eq!(find(&qs, "a survey").1, "Kofi Mensah");
}

#[test]
fn no_speaker_ends_in_a_form_of_be_or_a_preposition() {
    let a: Article = coded("Party leaders are now openly questioning whether the levy can pass.");
    let q = &a.layers.quotes[0];
    assert_eq!(a.text(q.speaker_span.unwrap()), "Party leaders");
    // ("was clear even before they" had spoken here.)
    let text =
        "It was clear even before they knew what the results would be that the aides were worried.";
    let a: Article = coded(text);
    let q = &a.layers.quotes[0];
    assert_eq!(a.text(q.speaker_span.unwrap()), "they");
}

#[test]
fn a_dateline_neither_speaks_nor_opens_the_sentence() {
    assert_speakers(&[
        (
            "Levy stays.\n\nKUMASI, Ghana -- The council said the levy would stay.",
            "the levy would stay",
            "The council",
        ),
        (
            "Osei leaves.\n\nACCRA (AP) — After thanking the farmers of the valley, Amara Osei left the hall.",
            "the farmers of the valley",
            "Amara Osei",
        ),
    ]);
}

#[test]
fn the_noun_phrase_after_with_speaks_at_its_participle() {
    assert_speakers(&[
        (
            "Kenya's army pushed north, with Amara Osei noting that the roads were closed.",
            "the roads were closed",
            "Amara Osei",
        ),
        // Not over a preposition: "with this crowd after questioning".
        (
            "Kofi Mensah began the day in a hole with the farmers after questioning the levy.",
            "the levy",
            "Kofi Mensah",
        ),
    ]);
}

/// Each text's quote whose content starts with its words has a speaker span
/// of those words.
fn assert_speaker_spans(cases: &[(&str, &str, &str)]) {
    for &(text, content, speaker) in cases {
        let a: Article = coded(text);
        let q = quote_starting(&a, content);
        let span = q.speaker_span.map(|s| a.text(s));
        assert_eq!(span, Some(speaker), "{text}");
    }
}

#[test]
fn a_participle_speaks_for_its_own_clause_s_subject() {
    assert_speakers(&[
        // A predicate after "but" takes the sentence's subject; an
        // honorific does not hide that the name after it is the object.
        (
            "Amara Osei stuck to the budget but turned against Mr. Mensah, saying he would ruin the valley.",
            "he would ruin the valley",
            "Amara Osei",
        ),
        (
            "Amara Osei stuck to the budget but turned against the levy, saying it would ruin the valley.",
            "it would ruin the valley",
            "Amara Osei",
        ),
        // A second clause after "and" has its own subject.
        (
            "Prosecutors charged the officer with murder and Amara Osei fired her police chief, Kofi Mensah, acknowledging that the city had lost trust.",
            "the city had lost trust",
            "Amara Osei",
        ),
        // A phrase opening the clause is no subject, nor the state after
        // its town.
        (
            "In Kumasi, Ghana, on Sunday, Amara Osei tried to explain her plan, saying that the levy would stay.",
            "the levy would stay",
            "Amara Osei",
        ),
        (
            "Two weeks after Justice Kofi Mensah died, Justice Amara Osei broke a long silence by asking questions from the bench.",
            "questions from the bench",
            "Amara Osei",
        ),
        // The comma before the participle closes a subordinate clause.
        (
            "The levy must go, though in a news conference last week Amara Osei used stronger language, saying the levy must be destroyed.",
            "the levy must be destroyed",
            "Amara Osei",
        ),
    ]);
    assert_speaker_spans(&[
        (
            "In three separate interviews, the justice sounded off on Mensah, saying she would not retire.",
            "she would not retire",
            "the justice",
        ),
        (
            "One operative inside the campaign tried to play down Mensah's remarks, saying they were not a big deal.",
            "they were not a big deal",
            "One operative inside the campaign",
        ),
    ]);
}

#[test]
fn a_verb_after_and_takes_its_clause_s_subject() {
    assert_speakers(&[(
        "The Kumasi crowd cheered when Amara Osei spotted a sign in the crowd and asked it to be fetched for her.",
        "it to be fetched",
        "Amara Osei",
    )]);
    assert_speaker_spans(&[(
        "Colonel Kofi Mensah started the debate when he brought up the Kumasi bombing and later said, \"It is not just one group doing this to us.\"",
        "It is not just one group",
        "he",
    )]);
    // Not a name after a preposition opening the clause: "after Mensah for".
    assert_speakers(&[(
        "Likewise, Amara Osei went after Kofi Mensah for his silence and called for him to quit the race.",
        "him to quit the race",
        "Amara Osei",
    )]);
}

#[test]
fn an_adverb_or_a_participle_s_aside_before_the_subject_is_no_speaker() {
    assert_speakers(&[
        (
            "On Wednesday, however, the director of the agency, Kofi Mensah, said that the files were private.",
            "the files were private",
            "Kofi Mensah",
        ),
        (
            "Amara Osei, later alleging that Kofi Mensah had rigged the count, said she would appeal.",
            "she would appeal",
            "Amara Osei",
        ),
    ]);
}

#[test]
fn a_quote_inside_a_sentence_or_after_its_colon_is_the_subject_s() {
    assert_speakers(&[(
        "Mrs. Osei introduced him as \"a fighter for the farmers of the valley\" at the rally.",
        "a fighter for the farmers",
        "Osei",
    )]);
    assert_speaker_spans(&[
        // The subject, not a possessive pronoun nearer the colon.
        (
            "Amara Osei listed the one wish of the year as her own: \"that the roads of the valley are open again.\"",
            "that the roads of the valley",
            "Amara Osei",
        ),
        (
            "Speaking on Monday, Amara Osei listed the one wish of the year as her own: \"that the roads of the valley are open again.\"",
            "that the roads of the valley",
            "Amara Osei",
        ),
        // A title's holder.
        (
            "Senate Majority Leader Kofi Mensah listed his worries: \"The roads of the valley are closed and the farmers are angry.\"",
            "The roads of the valley",
            "Kofi Mensah",
        ),
    ]);
}

#[test]
fn a_relative_pronoun_speaks_over_a_time_or_a_first_verb() {
    assert_speaker_spans(&[
        (
            "Kofi Mensah, who has in the past described the levy as a theft, was there.",
            "the levy as a theft",
            "who",
        ),
        (
            "Kofi Mensah - who read the report and discussed a path ahead with advisers - stayed.",
            "a path ahead",
            "who",
        ),
        // An antecedent no name resolves.
        (
            "His plan was derided by the leader of the opposition in the valley, who suggested that the minister should resign.",
            "the minister should resign",
            "who",
        ),
        // Not over the cue's own subject, nor in a relative with no comma.
        (
            "The levy, which critics said was unfair, stays.",
            "was unfair",
            "critics",
        ),
        (
            "Her campaign also announced support from mothers who have lost children and said some of the women would campaign for her.",
            "some of the women would campaign",
            "Her campaign",
        ),
    ]);
}

#[test]
fn a_noun_of_one_who_speaks_or_a_share_before_the_cue_is_its_subject() {
    assert_speaker_spans(&[
        (
            "Kofi Mensah netted thousands per speech before his bid, but his campaign said he halted all paid speeches.",
            "he halted all paid speeches",
            "his campaign",
        ),
        (
            "Mensah's favorability sits at 32 points, though 32 percent said they had no opinion of him.",
            "they had no opinion of him",
            "32 percent",
        ),
        // The noun phrase opens at its determiner, save a medium's noun.
        (
            "Growing numbers of farmers are joining the union now the company says the levy will stay.",
            "the levy will stay",
            "the company",
        ),
        (
            "The town released a statement saying the levy would stay.",
            "the levy would stay",
            "The town released a statement",
        ),
    ]);
}

#[test]
fn a_cue_joined_to_a_verb_after_it_reports_nothing() {
    let qs = quotes("Amara Osei said and did the same things as Kofi Mensah.");
    assert!(qs.iter().all(|q| !q.3.starts_with("and")), "{qs:#?}");
}

proptest::proptest! {
    /// The search for the spans holding a span finds what a scan of them all
    /// finds.
    #[test]
    fn spans_holding_a_span_are_found_as_a_scan_finds_them(
        spans in proptest::collection::vec((0usize..200, 0usize..60), 0..40),
        inner in (0usize..220, 0usize..30),
    ) {
        let spans: Vec<sitrep_core::Span> = spans.iter().map(|&(s, n)| sitrep_core::Span::new(s, s + n)).collect();
        let inner = sitrep_core::Span::new(inner.0, inner.0 + inner.1);
        let index = super::SpansByStart::new(spans.clone());
        let mut found: Vec<usize> = index.containing(inner).collect();
        found.sort_unstable();
        let scanned: Vec<usize> = (0..spans.len()).filter(|&j| spans[j].contains(inner)).collect();
        proptest::prop_assert_eq!(found, scanned);
    }
}

#[test]
fn a_state_after_a_state_and_a_comma_is_a_subject() {
    // Only a town's state ("in Kumasi, Ghana,") is where someone is from.
    assert_speakers(&[(
        "As Europe faces a more muscular Russia, Germany has pledged to bolster its army.",
        "to bolster its army",
        "Germany",
    )]);
}

#[test]
fn a_person_who_states_reports() {
    // "states" after a name is the verb, not a description of states
    // (an unknown surname is a person only late in the actor passes).
    assert_speakers(&[(
        "Delia Farrand states that the levy failed the farmers.",
        "the levy failed",
        "Delia Farrand",
    )]);
}

#[test]
fn a_relative_before_a_verb_of_saying_speaks_a_direct_quote() {
    assert_speakers(&[
        (
            "The thread held a reply from Delia Farrand who wrote, \"The levy will bankrupt the farms.\"",
            "The levy will bankrupt",
            "Delia Farrand",
        ),
        // Not the relative of a stance: the words are the speaker's after them.
        (
            "Mayor Tom Reyes spoke at the fair. Candidates who think \"the levy is fair are simply wrong,\" Reyes said.",
            "the levy is fair",
            "Tom Reyes",
        ),
    ]);
}

#[test]
fn a_verb_of_saying_with_nothing_reported_introduces_the_next_quote() {
    assert_speakers(&[(
        "Delia Farrand, the union's spokeswoman, said in a statement. \"The levy will bankrupt the farms.\"",
        "The levy will bankrupt",
        "Delia Farrand",
    )]);
}

#[test]
fn a_quoting_phrase_hands_the_quote_to_its_subject() {
    assert_speakers(&[
        (
            "The levy failed in March. As Senator Wanjiru Kamau put it, \"The votes were never there.\"",
            "The votes were never there",
            "Wanjiru Kamau",
        ),
        (
            "\"The votes were never there,\" as Wanjiru Kamau put it on Tuesday in Nakuru.",
            "The votes were never there",
            "Wanjiru Kamau",
        ),
    ]);
    // Not a phrase of its own: "put it this way" opens what is said after
    // it, and "to put it into play" reports nothing.
    let qs = quotes("\"I will put it this way,\" Kamau said. \"The votes were never there.\"");
    assert_eq!(find(&qs, "I will put it").1, "Kamau", "{qs:#?}");
    let qs = quotes(
        "Odinga promised to put it into play with a rally, a \"march for the valley and its farmers\" in May.",
    );
    assert!(
        qs.iter()
            .all(|q| !q.3.starts_with("march") || q.1 != "Odinga"),
        "{qs:#?}"
    );
    // A few quoted words beside such a phrase stay scare quotes.
    for text in [
        "Kamau tried to put it, \"the whole levy,\" on the ballot.",
        "Kamau put it thus, \"the whole levy,\" and sat down.",
    ] {
        let qs = quotes(text);
        assert!(
            qs.iter().all(|q| !q.3.starts_with("the whole levy")),
            "{qs:#?}"
        );
    }
}

#[test]
fn the_subject_before_a_describing_aside_speaks_the_quote_after_its_cue() {
    assert_speakers(&[
        (
            "Tomas Varga, a tax lawyer and senior fellow at the Rift Institute, said: \"The levy was never lawful.\"",
            "The levy was never lawful",
            "Tomas Varga",
        ),
        (
            "Tomas Varga, an adviser to Raila Odinga, said, \"The levy was never lawful.\"",
            "The levy was never lawful",
            "Tomas Varga",
        ),
        // A named person in a clause of the aside's own speaks there.
        (
            "Varga opposed the levy in Kenya, a country that the former minister, Raila Odinga, called \"the breadbasket of the region.\"",
            "the breadbasket",
            "Raila Odinga",
        ),
        (
            "Parliament passed the levy, which the former minister, Raila Odinga, called \"a betrayal of every farmer in the valley.\"",
            "a betrayal of every farmer",
            "Raila Odinga",
        ),
    ]);
}

#[test]
fn a_statement_closing_the_paragraph_before_is_its_subject_s() {
    assert_speakers(&[(
        "When the levy passed in 1998, Senator Wanjiru Kamau released the following statement:\n\n\"We offer our condolences to every farmer in the valley.\"",
        "We offer our condolences",
        "Wanjiru Kamau",
    )]);
}

#[test]
fn a_place_closing_an_aside_is_no_speaker() {
    assert_speakers(&[
        (
            "Wanjiru Kamau, who lost her farm in Eldoret, Kenya, in July 2012, said the levy was unfair.",
            "the levy was unfair",
            "Wanjiru Kamau",
        ),
        (
            "Senator Tom Reyes, facing a spirited challenge in Iowa, a swing state, said he would welcome the levy.",
            "he would welcome the levy",
            "Tom Reyes",
        ),
        // A state that speaks before its own aside still does.
        (
            "Kenya, which has denied the charge, said the levy was fair.",
            "the levy was fair",
            "Kenya",
        ),
    ]);
}
