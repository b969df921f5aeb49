//! The English word lists (see the module above for how they are used).

use super::{DAY, MONTH, YEAR};
use crate::model::dataset::Bound;

/// The letters an ordinal day may carry ("March 5th"), before the end of its word.
pub const DAY_SUFFIXES: &[&str] = &["st", "nd", "rd", "th"];
/// Month names, case-sensitive (so that "may" the verb is not a month), with their numbers.
pub const MONTHS: &[(&str, u8)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Jan.", 1),
    ("Feb.", 2),
    ("Mar.", 3),
    ("Apr.", 4),
    ("Jun.", 6),
    ("Jul.", 7),
    ("Aug.", 8),
    ("Sept.", 9),
    ("Sep.", 9),
    ("Oct.", 10),
    ("Nov.", 11),
    ("Dec.", 12),
];

/// Words right before a year ("in 2024", "since 2020"): a figure after one is a date, not a
/// capacity. ("of" and "by" are left out: "a capacity of 2000 sets", "up by 2000 tons".)
pub const YEAR_BEFORE: &[&str] = &[
    "in", "since", "from", "until", "till", "through", "during", "early", "late", "mid", "end of",
];
/// Words right before a number that orders, not counts ("Phase 2", "Line 3", "No. 5").
pub const ORDINAL_BEFORE: &[&str] = &["phase", "stage", "line", "no.", "number"];

/// Currency written after a figure: `4.5 billion yuan`.
pub const CURRENCIES_AFTER: &[&str] =
    &["yuan", "US dollars", "dollars", "euros", "RMB", "pounds", "yen"];
/// Currency written before a figure: `RMB 4.5 billion`, `$3 million`.
pub const CURRENCIES_BEFORE: &[&str] = &["RMB", "CNY", "US$", "HK$", "$", "€", "£", "¥"];
/// What a sum of money is, when one of these comes shortly before it.
pub const MONEY_WORDS: &[&str] = &[
    "total investment",
    "investment",
    "invested",
    "annual output value",
    "output value",
    "revenue",
    "sales",
    "taxes",
];

/// Words right before a figure that bound it ("more than 840,000 sets"), each with its bound;
/// a longer phrase before one it ends with ("just over" before "over").
pub const BOUNDS_BEFORE: &[(&str, Bound)] = &[
    // Negated first: "no more than" is at most, "no fewer than" at least.
    ("no more than", Bound::UpTo),
    ("not more than", Bound::UpTo),
    ("not over", Bound::UpTo),
    ("no fewer than", Bound::AtLeast),
    ("not fewer than", Bound::AtLeast),
    ("not under", Bound::AtLeast),
    ("more than", Bound::MoreThan),
    ("just over", Bound::MoreThan),
    ("over", Bound::MoreThan),
    ("in excess of", Bound::MoreThan),
    ("exceeding", Bound::MoreThan),
    ("as many as", Bound::UpTo),
    ("as much as", Bound::UpTo),
    ("at most", Bound::UpTo),
    ("a maximum of", Bound::UpTo),
    ("a minimum of", Bound::AtLeast),
    ("upwards of", Bound::MoreThan),
    ("upward of", Bound::MoreThan),
    ("greater than", Bound::MoreThan),
    ("exceeds", Bound::MoreThan),
    ("exceeded", Bound::MoreThan),
    ("exceed", Bound::MoreThan),
    ("surpassing", Bound::MoreThan),
    ("surpasses", Bound::MoreThan),
    ("surpassed", Bound::MoreThan),
    ("surpass", Bound::MoreThan),
    ("nearly", Bound::Nearly),
    ("almost", Bound::Nearly),
    ("close to", Bound::Nearly),
    ("approximately", Bound::About),
    ("about", Bound::About),
    ("around", Bound::About),
    ("roughly", Bound::About),
    ("some", Bound::About),
    ("up to", Bound::UpTo),
    ("at least", Bound::AtLeast),
    ("no less than", Bound::AtLeast),
    ("not less than", Bound::AtLeast),
    ("less than", Bound::LessThan),
    ("fewer than", Bound::LessThan),
    ("just under", Bound::LessThan),
    ("under", Bound::LessThan),
    ("below", Bound::LessThan),
    ("approx.", Bound::About),
];
/// Words right before a figure that the validator accepts as the bound a quote says of it,
/// though the suggestions put no bound on a figure after them: "above" bounds a target as often
/// as a capacity ("keep investment above 100 billion yuan" is labelled without one), "top" is as
/// often a rank ("the top 5 makers"), and "c." a reference.
pub const BOUNDS_BEFORE_ACCEPTED: &[(&str, Bound)] = &[
    ("above", Bound::MoreThan),
    ("top", Bound::MoreThan),
    ("tops", Bound::MoreThan),
    ("topped", Bound::MoreThan),
    ("topping", Bound::MoreThan),
    ("circa", Bound::About),
    ("ca.", Bound::About),
    ("c.", Bound::About),
];
/// Words of [`BOUNDS_BEFORE_ACCEPTED`] that rank or point after a determiner: "the top 5
/// makers", "its top 60,000-ton line", "the above 5 projects".
pub const RANKS_AFTER_A_DETERMINER: &[&str] = &["top", "above"];
/// Determiners before which "top" or "above" ranks or points.
pub const DETERMINERS: &[&str] =
    &["the", "its", "our", "their", "his", "her", "this", "that", "these", "those", "all", "a"];
/// Abbreviations of [`BOUNDS_BEFORE_ACCEPTED`] that bound only in lower case after a word or an
/// opening bracket: "C." is an initial (Block C., D.C.) and "; c." the third item of a list.
pub const LOWER_CASE_AFTER_A_WORD: &[&str] = &["c.", "ca."];
/// Written right after a figure's number, a bound of more than it ("60,000+ tons", "a
/// 60,000-plus-ton line"), unless a number follows ("5+3" is a sum) or a letter does ("5+N" is
/// a name).
pub const MORE_THAN_AFTER: &[&str] = &["+", "-plus"];
/// Scale words written short, right after a figure ("20k", "1.5mn", "1.5 bn"). The validator
/// reads them so that 1.5mn tons is not taken as 1.5 tons; "m" is left out, as it is as often
/// metres.
pub const SCALE_ABBREVIATIONS: &[(&str, u32)] = &[("k", 3), ("mn", 6), ("bn", 9), ("tn", 12)];
/// Words right after a figure and its unit that bound it ("840,000 sets or more"). The
/// validator looks for them in a quote with those before a figure; the suggestions read them
/// after a capacity's unit and period.
pub const BOUNDS_AFTER: &[(&str, Bound)] = &[
    ("or more", Bound::AtLeast),
    ("or above", Bound::AtLeast),
    ("and above", Bound::AtLeast),
    ("or less", Bound::UpTo),
    ("or fewer", Bound::UpTo),
    ("or below", Bound::UpTo),
    ("or so", Bound::About),
    ("or higher", Bound::AtLeast),
    ("or greater", Bound::AtLeast),
];
/// Words that begin a sentence about the one thing the sentence before spoke of ("It has a total
/// investment of 2.3 billion yuan"), capitalised as a sentence begins: "it" inside a sentence is
/// as often the city or the plan.
pub const ONE_THING_SUBJECTS: &[&str] = &["It", "Its"];
/// Verbs that make "over" a part of themselves, not a bound: "handed over 5 million yuan".
/// ("signed over 3 billion yuan in contracts" and "holds over 20,000 tons" are more than.)
pub const OVER_VERBS: &[&str] = &[
    "hand",
    "hands",
    "handed",
    "handing",
    "turn",
    "turns",
    "turned",
    "turning",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
    "pass",
    "passes",
    "passed",
    "passing",
    "carry",
    "carries",
    "carried",
    "carrying",
    // Words after which "over" means "concerning" or "across": "concerns over", "a row over".
    "concern",
    "concerns",
    "dispute",
    "disputes",
    "talks",
    "row",
    "rows",
    "fight",
    "fights",
    "clash",
    "clashes",
    "worries",
    "switch",
    "switched",
    "transfer",
    "transferred",
];
/// Verbs that take "about" as their preposition: "learned about 840,000 sets made here" is what
/// was learned, not a bound ("makes about 840,000 sets" is one). "said", "think" and "know" are
/// left out, as "said about 5,000 workers would be hired" and "think about 60,000 tons will be
/// made" are about.
pub const ABOUT_VERBS: &[&str] = &[
    "learn",
    "learns",
    "learned",
    "learnt",
    "learning",
    "hear",
    "hears",
    "heard",
    "hearing",
    "ask",
    "asks",
    "asked",
    "asking",
    "talk",
    "talks",
    "talked",
    "talking",
    "inquire",
    "inquired",
    "inquiring",
    "speak",
    "spoke",
    "tell",
    "told",
    "care",
    "cared",
    "worry",
    "worried",
    "briefed",
    "informed",
    // Nouns and adjectives whose "about" says what they concern: "questions about", "news about".
    "question",
    "questions",
    "detail",
    "details",
    "news",
    "report",
    "reports",
    "concerned",
    "optimistic",
    "pessimistic",
    "confident",
    "write",
    "wrote",
    "written",
    "read",
    "reading",
    "bring",
    "brings",
    "brought",
    "bringing",
];
/// Verbs whose "up" goes with them, leaving "to" to say the level reached, not a bound: "will
/// ramp up to 60,000 tons", "went up to 10 GW" ("can treat up to 5,000 tons" is one).
pub const UP_VERBS: &[&str] = &[
    "ramp", "ramps", "ramped", "ramping", "scale", "scales", "scaled", "scaling", "go", "goes",
    "went", "gone", "going", "climb", "climbs", "climbed", "climbing", "rise", "rises", "rose",
    "risen", "rising", "step", "steps", "stepped", "stepping", "move", "moves", "moved", "moving",
    "double", "doubles", "doubled", "doubling", "grow", "grows", "grew", "grown", "growing",
    "build", "builds", "built", "building", "boost", "boosts", "boosted", "boosting", "come",
    "comes", "came", "coming", "shot", "jump", "jumps", "jumped", "jumping",
];
/// Words after which "around" says what a thing is built on, not a bound: "built around 5 GW of
/// cells", "revolves around".
pub const AROUND_WORDS: &[&str] = &[
    "built",
    "build",
    "builds",
    "centred",
    "centered",
    "centre",
    "center",
    "centres",
    "centers",
    "revolve",
    "revolves",
    "revolved",
    "revolving",
    "based",
    "organised",
    "organized",
];
/// Bound words that are a verb's particle or preposition after one of its verbs, or a noun's
/// preposition after one of its nouns.
pub const PARTICLES_OF_VERBS: &[(&str, &[&str])] =
    &[("over", OVER_VERBS), ("about", ABOUT_VERBS), ("up to", UP_VERBS), ("around", AROUND_WORDS)];
/// Words that make "up to" a total reached when one of them comes within the three words before
/// it ("bringing total capacity up to 20 GWh", "adds up to"); elsewhere "up to" states a bound
/// ("a capacity of up to 5 GW", "can treat up to 5,000 tons").
pub const TOTAL_REACHED: &[&str] = &[
    "bring",
    "brings",
    "bringing",
    "brought",
    "total",
    "totals",
    "totaling",
    "totalling",
    "add",
    "adds",
    "added",
    "adding",
    "raise",
    "raises",
    "raised",
    "raising",
    "lift",
    "lifts",
    "lifted",
    "lifting",
    "push",
    "pushes",
    "pushed",
    "pushing",
    "increase",
    "increases",
    "increased",
    "increasing",
    "expand",
    "expands",
    "expanded",
    "expanding",
    "grow",
    "grows",
    "grew",
    "growing",
];
/// Words right after "or more", "and above", "or less" or "or so" that make them part of another
/// phrase ("or more than 10 percent of", "and above all", "or more precisely", "or so the
/// company says").
pub const NOT_BOUND_AFTER: &[&str] =
    &["than", "all", "precisely", "accurately", "exactly", "the", "it", "they", "we", "he", "she"];

/// Units of production: a figure with one of these is a capacity even without a period.
pub const PRODUCTION_UNITS: &[&str] = &[
    "sets",
    "set",
    "tons",
    "ton",
    "tonnes",
    "tonne",
    "units",
    "pieces",
    "vehicles",
    "cars",
    "wafers",
    "chips",
    "doses",
    "gigawatts",
    "megawatts",
    "kilowatts",
    "GW",
    "MW",
    "kW",
    "GWh",
    "MWh",
    "kWh",
    "gigawatt-hours",
    "barrels",
    "square meters",
    "square metres",
    "cubic meters",
    "cubic metres",
    "modules",
    "panels",
    "engines",
    "motors",
    "batteries",
];
/// Words after a figure that never make it a capacity.
pub const NOT_UNITS: &[&str] = &[
    "percent",
    "per",
    "times",
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "days",
    "hours",
    "people",
    "persons",
    "employees",
    "workers",
    "jobs",
    "projects",
    "enterprises",
    "companies",
    "and",
    "or",
    "of",
    "to",
    "in",
    "the",
    "a",
];
/// Words shortly before a figure that say it is an amount produced.
pub const CAPACITY_WORDS: &[&str] = &[
    "output",
    "capacity",
    "produce",
    "produces",
    "producing",
    "production",
    "make",
    "makes",
    "manufacture",
    "manufactures",
];
/// Words shortly before a figure that say it is not a capacity: a saving, a sale, an addition
/// (`The second phase will add another 8 GWh`), which is not what the project produces, a target
/// (`aims to raise annual output to 1 million units by 2025`) or a figure compared with
/// (`up from 300,000 units last year`).
pub const NOT_CAPACITY_WORDS: &[&str] = &[
    "aims",
    "aim",
    "aiming",
    "target",
    "targets",
    "goal",
    "up from",
    "down from",
    "compared with",
    "compared to",
    "add",
    "adds",
    "added",
    "adding",
    "another",
    "additional",
    "reduce",
    "reduced",
    "reduces",
    "cut",
    "cuts",
    "save",
    "saves",
    "saved",
    "saving",
    "emission",
    "emissions",
    "sold",
    "sell",
    "sells",
    "export",
    "exported",
    "exports",
];
/// A period word shortly before the figure: `annual output of`.
pub const PERIODS_BEFORE: &[(&str, &str)] =
    &[("annual", YEAR), ("annually", YEAR), ("yearly", YEAR), ("monthly", MONTH), ("daily", DAY)];
/// A period phrase right after the unit or what is counted: `300 million doses per year`.
pub const PERIODS_AFTER: &[(&str, &str)] = &[
    ("per year", YEAR),
    ("a year", YEAR),
    ("annually", YEAR),
    ("each year", YEAR),
    ("every year", YEAR),
    ("per annum", YEAR),
    ("per month", MONTH),
    ("a month", MONTH),
    ("monthly", MONTH),
    ("each month", MONTH),
    ("every month", MONTH),
    ("per day", DAY),
    ("a day", DAY),
    ("daily", DAY),
    ("each day", DAY),
];
/// Words that end what is counted (`of drive motors … project`), and the clauses of when a
/// figure holds (`of copper components when completed`, `after completion`).
pub const COUNTED_STOP_WORDS: &[&str] = &[
    "which", "that", "with", "where", "is", "was", "are", "were", "has", "have", "had", "will",
    "to", "in", "at", "for", "from", "by", "per", "a", "an", "the", "each", "every", "annually",
    "monthly", "daily", "this", "last", "next", "since", "on", "when", "after", "upon", "once",
    "until", "before", "if",
];

/// The last words of a project mention, lower case: `the X plant`, `X project`, `the X phase two
/// fab`, `X's new production line`. A head of more than one word is a space apart, and found as
/// a whole ([`project_head_at_start`], [`project_head_at_end`]): `line` alone is no head ("the line
/// was ready", "in line with").
pub const PROJECT_HEADS: &[&str] = &[
    "project",
    "plant",
    "base",
    "factory",
    "gigafactory",
    "facility",
    "mill",
    "park",
    "station",
    "fab",
    "production line",
];
/// The most words a head of [`PROJECT_HEADS`] has: how many words the rules read to find one.
pub const MOST_HEAD_WORDS: usize = 2;

/// How many of the first of `words` make a project head (`plant`, `production line`), if they
/// begin with one. The words are as written: compared without case, and without the punctuation
/// around them (`line,`).
pub fn project_head_at_start(words: &[&str]) -> Option<usize> {
    longest_head(|count| words.get(..count))
}

/// How many of the last of `words` make a project head, if they end with one (`Sunrise battery
/// production line,`), compared as [`project_head_at_start`] compares them.
pub fn project_head_at_end(words: &[&str]) -> Option<usize> {
    longest_head(|count| words.get(words.len().checked_sub(count)?..))
}

/// The word count of the longest head of [`PROJECT_HEADS`] equal to the words `words_of(count)`
/// gives for the head's count of words (none when there are fewer words).
fn longest_head<'words>(
    words_of: impl Fn(usize) -> Option<&'words [&'words str]>,
) -> Option<usize> {
    PROJECT_HEADS
        .iter()
        .filter_map(|head| {
            let count = head.split(' ').count();
            let words = words_of(count)?;
            let equal = head.split(' ').zip(words).all(|(head_word, word)| {
                head_word.eq_ignore_ascii_case(
                    word.trim_matches(|character: char| !character.is_alphanumeric()),
                )
            });
            equal.then_some(count)
        })
        .max()
}

/// Number words a figure may be written in before a scale word ("two million pieces"), with
/// their digits.
pub const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("fifteen", "15"),
    ("twenty", "20"),
    ("thirty", "30"),
    ("forty", "40"),
    ("fifty", "50"),
    ("hundred", "100"),
];
/// Heads that also end a place's name. Capitalised they do (`Suzhou Industrial Park` is where the
/// projects are; `the auto parts industrial park of Xinhe Parts` is one), and a sentence that
/// has only them speaks of no one project by them (`the three projects in the park have…`).
pub const PLACE_HEADS: &[&str] = &["park"];

/// The heads that name one project and never a place ([`PROJECT_HEADS`] without
/// [`PLACE_HEADS`]): "The project has…", "This plant is…" speak of one project; "the park" may
/// be where several are.
pub fn one_project_heads() -> Vec<&'static str> {
    PROJECT_HEADS.iter().copied().filter(|head| !PLACE_HEADS.contains(head)).collect()
}
/// Words before a park's name (`in the Wujin industrial park`) that make it where something is:
/// a place, not a project.
pub const IN_A_PLACE: &[&str] = &["in", "at", "inside", "within", "into", "across", "near"];
/// A head followed by one of these is a modifier, not a name's end: `project construction`.
pub const HEAD_MODIFIED_BY: &[&str] = &[
    "construction",
    "promotion",
    "progress",
    "site",
    "sites",
    "recruitment",
    "management",
    "approval",
    "approvals",
    "owners",
    "team",
    "teams",
    "investment",
    "level",
];
/// Verbs before `by` and an enterprise right after a project mention: `built by Northwind Co.`.
pub const BUILT_BY: &[&str] =
    &["built", "run", "operated", "owned", "developed", "invested", "constructed"];
/// Abbreviations a company's name may end with, full stop included: `Northwind Energy Storage Co.`.
pub const COMPANY_ABBREVIATIONS: &[&str] = &["Co.", "Inc.", "Ltd.", "Corp.", "Co., Ltd."];

/// Words that begin a sentence and never continue a company's name: after one, a name's last
/// word and its full stop ended the sentence before it ("…of Huaneng New Energy Co. The plant…").
pub const SENTENCE_STARTS: &[&str] = &[
    "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "There", "A", "An",
];
/// Signs written as part of a name (`the Acme™ motor plant`), unlike the other symbols and
/// pictographs, which are no word of a name (`the Sunrise 🚗 module plant` is `Sunrise module
/// plant`).
pub const NAME_MARKS: &[char] = &['™', '®', '©', '℠'];
/// Words that begin a project mention's surroundings, not the name: `came to X project`.
pub const NAME_BOUNDARY_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "our",
    "to",
    "at",
    "in",
    "into",
    "on",
    "from",
    "for",
    "by",
    "with",
    "where",
    "which",
    "visited",
    "inspected",
    "toured",
    // A headline's present tense: `Mayor visits Sunrise Energy plant` names the plant only.
    "visits",
    "inspects",
    "tours",
    "came",
    "went",
    "entered",
    "learning",
    "learned",
    "about",
    "said",
    "reached",
    "whether",
    "how",
    "then",
    "first",
];

/// Nouns of a figure that a word of [`NOT_YET_BEFORE`] may describe ("planned capacity",
/// "expected output", "planned investment"), which then says nothing of the status phrase after.
pub const FIGURE_NOUNS: &[&str] = &[
    "capacity",
    "capacities",
    "output",
    "outputs",
    "investment",
    "investments",
    "production",
    "scale",
    "area",
    "value",
    "annual",
    "total",
];

/// Work other than the project, which a status phrase later in its clause is said of: "The
/// preliminary work for the Xinhe Battery project was completed" is no completed project.
pub const OTHER_WORK_BEFORE: &[&str] = &[
    "preliminary work",
    "preliminary works",
    "preparatory work",
    "preparatory works",
    "pre-construction work",
    "early work",
    "early works",
    "design work",
    "approval procedures",
    "preliminary procedures",
    // Equipment's installation, whose completion is not the project's (helper-74).
    "equipment installation",
    "installation of equipment",
    // A later phase's stage is not the project's (helper-74: "Its second phase is in the
    // planning stage" put the project at planning).
    "second phase",
    "third phase",
    "fourth phase",
    "next phase",
    "later phase",
    "phase ii",
    "phase iii",
    "phase iv",
    "phase two",
    "phase three",
];

/// Words in the clause before a status phrase that make it a plan, a wish or a question.
pub const NOT_YET_BEFORE: &[&str] = &[
    "will",
    "would",
    "shall",
    "to be",
    "expected",
    "expects",
    "plan",
    "plans",
    "planned",
    "planning",
    "aim",
    "aims",
    "aiming",
    "strive",
    "striving",
    "hope",
    "hoped",
    "hopes",
    "should",
    "must",
    "can",
    "could",
    "may",
    "might",
    "speed up",
    "accelerate",
    "ensure",
    "soon",
    "whether",
    "if",
    "not",
    "scheduled",
    "set to",
    "going to",
    "target",
    "when",
];
/// Verbs of a project's own events: a date right after one and `on` or `in` ("construction
/// started on March 3", "was signed on June 30") is that event's, not the visit's.
pub const EVENT_VERBS: &[&str] = &[
    "started",
    "began",
    "begun",
    "commenced",
    "signed",
    "completed",
    "launched",
    "opened",
    "held",
    "kicked off",
    "broke ground",
    "commissioned",
    "landed",
    "settled",
    "approved",
    "registered",
];
/// Verbs of a project's first products, with what it made between them and `on` or `in` ("rolled
/// out its first batteries on August 15"): that date is the event's too. Unlike "held a meeting
/// on", which may be the visit's, what these did is the project's own.
pub const FIRST_PRODUCT_VERBS: &[&str] =
    &["rolled out", "rolled off", "delivered", "shipped", "produced"];
/// Words in the clause before a status phrase that make it a condition of what follows (`after
/// reaching full production the plant will…`), when the sentence goes on in the future
/// ([`FUTURE_WORDS`]).
pub const CONDITION_BEFORE: &[&str] = &["after", "once", "upon"];
/// Words right before a stage phrase that say the project is not at that stage: past it
/// (`completed trial production`) or short of it (`nearing full production`).
pub const NOT_THERE_BEFORE: &[&str] = &[
    "completed",
    "completing",
    "finished",
    "finishing",
    "ended",
    "nearing",
    "approaching",
    "near",
    "nearly",
    "almost",
    "close to",
];
/// Words after a status phrase, in its sentence, that put what follows it in the future.
pub const FUTURE_WORDS: &[&str] =
    &["will", "would", "shall", "can", "could", "is expected", "are expected"];
/// Words between two stage phrases that say the project went from the first to the second
/// ("was completed and put into operation", "completed construction, and is now in operation"):
/// one of these, then one of [`STAGE_JOINER_VERBS`], then `in`, each optional.
pub const STAGE_JOINERS: &[&str] = &["and then", "and", "then"];
pub const STAGE_JOINER_VERBS: &[&str] =
    &["was", "were", "has been", "had been", "has", "is now", "is", "now"];
/// Words just after a status phrase that make it a plan: `put into operation as soon as possible`,
/// `trial production is planned for next year`. Not after a phrase that opens with one of
/// [`STATE_OPENINGS`], which then describes a subject ("the plant under construction is expected
/// to …" is under construction).
pub const NOT_YET_AFTER: &[&str] = &[
    "is planned",
    "are planned",
    "is scheduled",
    "are scheduled",
    "is expected",
    "are expected",
    "is due",
    "is set",
    "is slated",
    "is targeted",
    "as soon as possible",
    "soon",
    "by the end",
    "before the end",
    "next year",
    "within the year",
];
/// Verbs of a figure's change, before `from` and `to` ("will expand its capacity from 10 GWh to
/// 20 GWh").
pub const CHANGE_VERBS: &[&str] = &[
    "increase",
    "increases",
    "increased",
    "raise",
    "raises",
    "raised",
    "expand",
    "expands",
    "expanded",
    "boost",
    "boosts",
    "boosted",
    "lift",
    "lifts",
    "lifted",
    "grow",
    "grows",
    "grew",
    "grown",
    "rise",
    "rises",
    "rose",
    "risen",
    "scale up",
    "scaled up",
    "upgrade",
    "upgraded",
];
/// The first words of a stage phrase that states where a project is rather than an event it
/// goes through ("under construction", "being built", "in operation").
pub const STATE_OPENINGS: &[&str] = &["under", "being", "in", "at", "now"];
/// Verbs earlier in the sentence that make what follows a request: `hoped that … put into operation`.
pub const REQUEST_VERBS: &[&str] = &[
    "hoped",
    "hopes",
    "hope",
    "urged",
    "urges",
    "urge",
    "asked",
    "asks",
    "ask",
    "called on",
    "calls on",
    "required",
    "requires",
    "demanded",
    "encouraged",
    "instructed",
];

/// Titles that precede an official's name (case-insensitive; the longest is tried first).
pub const TITLES: &[&str] = &[
    "Executive Vice Mayor",
    "Executive Vice Governor",
    // A deputy's title whole, as translations hyphenate it too: a vice-mayor is no mayor.
    "Executive Vice-Mayor",
    "Executive Vice-Governor",
    "Vice Mayor",
    "Vice-Mayor",
    "Deputy Mayor",
    "Vice Governor",
    "Vice-Governor",
    "Deputy Governor",
    "Mayor",
    "Governor",
    "Deputy Party Secretary",
    "Party Secretary",
    "District Secretary",
    "County Secretary",
    "Municipal Party Secretary",
    "Secretary-General",
    "Deputy Secretary",
    "Secretary",
    "Chairman",
    "District Mayor",
    "County Mayor",
    // A member of the Party committee's standing committee (常委), after the committee's division
    // or not (`Municipal Party Standing Committee Member`, `Standing Committee Member`).
    "Party Standing Committee Member",
    "Standing Committee Member",
];
/// The titles of a department's head (`Director Chen Hong of the Municipal Development and
/// Reform Commission`). Alone they also name the head of a workshop or a firm's office, so they
/// are an official's title only with the department after the name.
pub const DEPARTMENT_HEAD_TITLES: &[&str] = &["Deputy Director", "Director"];
/// Words after a place's name that, right before a title, say whose the title is: a division
/// (`Wujin district Party Secretary`, `Sanjiang New Area …`) or an organ of it (`… Party Working
/// Committee Secretary`), one or more of them (case-insensitive). The place's name, the words
/// and the title are the role together.
pub const TITLE_PLACE_WORDS: &[&str] = &[
    "district",
    "county",
    "city",
    "municipal",
    "provincial",
    "province",
    "town",
    "township",
    "new area",
    "new district",
    "development zone",
    "economic development zone",
    // 经济技术开发区 as its English names write it: `Xuzhou Economic and Technological
    // Development Zone`. Its "and" is the division's, so that no "and" joins a place's name to
    // the words before it (`Huatai Metals and Wujin District Deputy Mayor`).
    "economic and technological development zone",
    "economic-technological development zone",
    "high-tech zone",
    "hi-tech zone",
    "industrial park",
    "party working committee",
    "party committee",
    "working committee",
    "management committee",
    "administrative committee",
];
/// Words that open a sentence's phrase of when or where (`On Monday, Party Secretary Zhang
/// Wei…`, `In Wujin, …`): capitalised there, they begin no official's name and no place's. None
/// is a Chinese surname as English writes it (`He`, `An` are, and stay names).
pub const OPENING_WORDS: &[&str] = &[
    "On",
    "In",
    "At",
    "During",
    "Since",
    "After",
    "Before",
    "Until",
    "From",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "Yesterday",
    "Today",
    "Meanwhile",
    "Recently",
    "Then",
];
/// Titles written after an official's name, set off by a comma (`Wang Lei, director of the
/// Municipal Development and Reform Commission`; case-insensitive; the longest is tried first).
pub const TITLES_AFTER_NAME: &[&str] = &[
    "deputy secretary-general",
    "secretary-general",
    "executive vice mayor",
    "executive vice-mayor",
    "deputy director",
    "director-general",
    "director",
    "deputy head",
    "head",
    "chief",
    "deputy party secretary",
    "party secretary",
    "deputy secretary",
    "secretary",
    "chairwoman",
    "chairman",
    "chair",
    "vice president",
    "president",
    "general manager",
    "commissioner",
    "vice mayor",
    "vice-mayor",
    "deputy mayor",
    "mayor",
    "vice governor",
    "vice-governor",
    "governor",
];
/// Verbs a headline capitalises after a name (`Mayor Zhou Jianguo Inspects Key Projects`): the
/// name ends before them.
pub const HEADLINE_VERBS: &[&str] = &[
    "Inspects",
    "Inspected",
    "Visits",
    "Visited",
    "Tours",
    "Toured",
    "Investigates",
    "Surveys",
    "Examines",
    "Stresses",
    "Urges",
    "Calls",
    "Meets",
    "Holds",
    "Chairs",
    "Leads",
    "Attends",
    "Pays",
    "Conducts",
    "Goes",
    "Heads",
    "Checks",
    "Reviews",
    "Promotes",
    "Emphasizes",
    "Emphasises",
    "Says",
    "Notes",
    "Highlights",
    "Receives",
    "Signs",
    "Launches",
    "Opens",
    "Hosts",
    "Presides",
    "Researches",
    "Studies",
    "Explores",
    "Sees",
    "Learns",
    "Hears",
    "Listens",
    "Demands",
    "Asks",
    "Discusses",
    "Encourages",
    "Sets",
    "Vows",
    "Pledges",
];
/// A title right after one of these names someone mentioned, not present (`General Secretary`).
pub const TITLE_EXCLUDED_AFTER: &[&str] = &["General"];
/// A group title before a list of names: `City leaders Liu Wei, Wu Wei, Huang Hui`.
pub const LEADER_GROUPS: &[&str] = &[
    // Several officials of one title (`Vice mayors Zhao Lin and Qian Bo accompanied him`).
    "Vice mayors",
    "Deputy mayors",
    "Vice governors",
    "Deputy governors",
    "City leaders",
    "City leader",
    "Provincial leaders",
    "District leaders",
    "Municipal leaders",
    "County leaders",
];
/// Words after two projects named in a sentence that join them, so that the figure or status
/// after them is theirs together, and neither's: "A and B together produce…".
pub const JOINT_WORDS: &[&str] =
    &["together", "combined", "in total", "jointly", "between them", "a total of"];
/// Subjects that name several projects at once: "Both projects are in operation."
pub const SEVERAL_PROJECTS: &[&str] = &[
    "both projects",
    "both of them",
    "the two projects",
    "the three projects",
    "these projects",
    "all three projects",
    "the above projects",
];
/// Words in a sentence that say the officials named in it took part.
pub const TAKING_PART_WORDS: &[&str] = &[
    "took part",
    "taking part",
    "accompanied",
    "accompanying",
    "participated",
    "attended",
    "were present",
    "was present",
    "joined",
    "respectively",
];
/// Last words of a place's name (`Nantong Economic Development Zone`, `Yangtze River Delta`,
/// `Jiangyin Port`): two or more capitalised words a project's name begins with that end in one
/// of these are where it is, not its enterprise.
pub const PLACE_ENDINGS: &[&str] = &[
    "Zone", "Delta", "Port", "Park", "District", "County", "City", "Province", "Area", "Region",
    "River", "Lake", "Bay", "Island", "Valley", "Town", "Township", "Village", "Harbor", "Harbour",
];
/// Words opening a clause after a place's name that describe it by what is in it (`The Jiangbei
/// Industrial Park, where the Xinhe Battery Project is located, has…`).
pub const PLACE_DESCRIBED_BY: &[&str] =
    &["where", "in which", "home to", "which is home to", "which hosts", "which houses"];
/// Words that are capitalised after `in` without being a place.
pub const NOT_PLACES: &[&str] = &["The", "This", "That", "In", "At", "On"];
/// Determiners that cannot open an industry name (`the industry`).
pub const NOT_INDUSTRY_WORDS: &[&str] = &["the", "this", "that", "its", "whole", "key"];
