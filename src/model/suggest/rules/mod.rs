//! Every word list the suggestion rules use, in one place: the stages and scales here, the
//! words of each language in `english.rs` and `chinese.rs`.
//!
//! To teach the rules a new word, add it to the list here; `english.rs` and `chinese.rs` build
//! their patterns from these lists (escaped, longest first), and `tests/suggest/README.md`
//! explains what each list is for. English lists are matched without regard to case, unless a
//! list says otherwise. Status phrases are regular-expression fragments, so that one entry can
//! allow an optional word; everything else is literal text.

use super::Language;
use crate::model::dataset::Bound;

/// A project stage a briefing can state, with the phrases that state it.
pub struct Stage {
    /// The status id a draft dataset uses, a slug.
    pub id: &'static str,
    /// The status label a draft dataset of an English text uses.
    pub label: &'static str,
    /// The status label a draft dataset of a Chinese text uses: its readers see it on the
    /// filters, cards and handout (an English label left them a word they may not read).
    pub chinese_label: &'static str,
    /// Regular-expression fragments, matched case-insensitively between word boundaries.
    pub english: &'static [&'static str],
    /// Regular-expression fragments.
    pub chinese: &'static [&'static str],
    /// An event the project goes through rather than a stage it stays at: a later stage joined
    /// to it in one clause ("was completed and put into operation", 竣工后已投产) is where the
    /// project is. Stages that hold together ("under construction and equipment is being
    /// installed") are both stated.
    pub passed: bool,
}

/// The stages, in the order a draft dataset lists them. Where two phrases overlap, the longer
/// one wins (`建成投产` before `投产`), whatever the stage.
pub const STAGES: &[Stage] = &[
    Stage {
        id: "planning",
        label: "Planning",
        chinese_label: "前期规划",
        // A stage the project is in, not work that may be done ("completed the preliminary
        // work", 已完成前期手续, say it is over).
        english: &[r"(?:in|at) the (?:planning|preliminary|pre-construction) stage"],
        chinese: &[
            r"前期规划阶段",
            r"规划阶段",
            r"前期阶段",
            r"(?:正在|正处于|处于)前期(?:规划|工作)",
        ],
        passed: false,
    },
    Stage {
        id: "under-construction",
        label: "Under construction",
        chinese_label: "在建",
        english: &[
            r"under construction",
            r"being built",
            r"construction (?:is|was) (?:well |now )?under ?way",
            // A building topped out is still being built: its fitting out follows. Named, since
            // output "topped out at" a figure is no building's.
            r"(?:project|plant|building|factory|facility|workshop|base|phase [ivx0-9]+) (?:was |has been |had been )?topped out",
            r"structure (?:has been|had been|was|is) (?:capped|topped out)",
            // Looking at the works (not asking about them) says that building is under way.
            r"(?:looked at|viewed|inspected|toured|visited) the construction (?:situation|site)",
        ],
        chinese: &[
            // "Is being built, at speed": how news items usually say it. "加快建设" alone is
            // more often a request ("speed up construction") than a state, so it needs 正在.
            r"正在(?:加紧|加快|抓紧|全力|紧张)?建设",
            // Read whole, so that 在建 is not read in 在建设过程中 ("while building"), which
            // states no stage (`chinese::STAGES_ENDING_THEIR_CLAUSE`).
            r"在建设(?:中|阶段)?",
            r"建设中",
            r"在建",
            r"(?:察看|查看|视察)(?:了)?(?:项目)?(?:建设情况|施工现场)",
            r"(?:主体结构|主体工程|主体)(?:已经|已)?(?:全面)?封顶",
            r"正在(?:进行)?(?:主体)?施工",
            r"施工中",
        ],
        passed: false,
    },
    Stage {
        id: "construction-started",
        label: "Construction started",
        chinese_label: "已开工",
        english: &[
            r"(?:started|began|commenced|starts|begins) construction",
            r"construction (?:started|began|commenced|has started|has begun)",
            r"broke ground",
            r"groundbreaking",
        ],
        chinese: &[r"开工建设", r"已开工", r"破土动工", r"开工"],
        passed: false,
    },
    Stage {
        id: "equipment-installation",
        label: "Equipment installation",
        chinese_label: "设备安装调试",
        english: &[
            r"equipment installation(?: and commissioning)?",
            r"installing (?:the |its )?(?:production )?equipment",
            r"(?:equipment|production lines?) (?:is |are )?being installed",
            r"(?:equipment|production lines?) (?:is |are )?being (?:debugged|commissioned)",
            r"equipment (?:debugging|commissioning)",
        ],
        // "加快设备安装" is a request: the clause's not-yet words (加快, 要求) leave it out.
        chinese: &[
            r"设备安装调试",
            r"设备安装",
            r"设备进场安装",
            r"(?:进入|处于|正在)安装调试",
            r"(?:正在进行|正在|进入|处于)(?:设备)?调试",
            r"设备调试",
        ],
        passed: false,
    },
    Stage {
        id: "completed",
        label: "Construction completed",
        chinese_label: "已竣工",
        // Built, and not yet said to produce: a project completed and put into operation is in
        // operation (`passed`). Work
        // done is no stage ("the preliminary work was completed"), so the English phrases name
        // what was completed: its construction, or the project itself by its head.
        english: &[
            r"construction (?:of (?:the|its) (?:[\p{L}-]+ ){1,5})?(?:was|has been|had been|is|is now) (?:fully |successfully |now )?completed",
            r"(?:completed|finished) (?:its |the )?construction",
            r"(?:project|plant|factory|gigafactory|facility|mill|station|base|phase [ivx0-9]+) (?:was|has been|had been|is|is now) (?:fully |successfully |now )?completed",
            r"passed (?:the |its )?(?:completion|final) acceptance",
        ],
        // `完成` before a stage says it is past (`已完成设备安装`), but a completion passed is this one.
        chinese: &[
            r"完成(?:了)?竣工验收",
            r"已竣工",
            r"全面竣工",
            r"竣工验收",
            r"竣工",
            r"已建成",
            r"全面建成",
        ],
        passed: true,
    },
    Stage {
        id: "trial-production",
        label: "Trial production",
        chinese_label: "试生产",
        english: &[r"trial production", r"trial operation", r"trial run"],
        chinese: &[r"试生产", r"试运行", r"试产"],
        passed: false,
    },
    Stage {
        id: "in-operation",
        label: "In operation",
        chinese_label: "已投产",
        english: &[
            r"put into (?:operation|production|use|service)",
            r"(?:went|gone|came) into (?:operation|production)",
            r"(?:started|began|commenced|starts|begins) (?:production|operation|operating)",
            r"(?:production|operation) (?:started|began|commenced)",
            r"in operation",
            r"in mass production",
            r"mass production (?:started|began|commenced)",
            r"(?:started|began|commenced) mass production",
            r"(?:was|were|has been|have been) commissioned",
            r"came on stream",
            // A power station's start: it delivers from the day it is on the grid.
            r"connected to the grid",
            r"grid-connected",
        ],
        chinese: &[
            // Completed and producing is in operation, whichever word comes first.
            r"(?:已|全面)?(?:建成|竣工)(?:并)?(?:投产|投用|投入使用|投入运营)",
            r"正式投产",
            r"已投产",
            r"投入运营",
            r"正式运营",
            r"投入使用",
            r"投产",
            r"投用",
            r"并网发电",
            r"并网",
        ],
        passed: false,
    },
    Stage {
        id: "full-production",
        label: "Full production",
        chinese_label: "全面达产",
        english: &[
            r"(?:reached|reach|achieved|in|at) full (?:production|capacity)",
            r"full production",
            r"reached (?:its |the )?design(?:ed)? capacity",
        ],
        chinese: &[r"全面达产", r"已达产", r"满产", r"达产"],
        passed: false,
    },
];

/// The label a draft dataset of a text in `language` gives the stage `id` ("Trial production",
/// 试生产, for `trial-production`), or the id itself for one that is not a stage.
pub fn stage_label(id: &str, language: Language) -> &str {
    known_stage_label(id, language).unwrap_or(id)
}

/// The label of the stage `id` in `language`, or none for an id that is not one of the stages
/// the rules find.
pub fn known_stage_label(id: &str, language: Language) -> Option<&'static str> {
    STAGES.iter().find(|stage| stage.id == id).map(|stage| match language {
        Language::English => stage.label,
        Language::Chinese => stage.chinese_label,
    })
}

/// The powers of ten that scale words stand for.
const SCALES: &[(&str, u32)] = &[
    ("thousand", 3),
    ("million", 6),
    ("billion", 9),
    ("trillion", 12),
    ("千", 3),
    ("万", 4),
    ("十万", 5),
    ("百万", 6),
    ("千万", 7),
    ("亿", 8),
    ("十亿", 9),
    ("百亿", 10),
    ("千亿", 11),
    ("万亿", 12),
];

/// The power of ten a scale word stands for (`million` → 6, `万` → 4, `bn` → 9),
/// case-insensitively.
pub fn scale_power(word: &str) -> Option<u32> {
    SCALES
        .iter()
        .chain(english::SCALE_ABBREVIATIONS)
        .find(|(scale, _)| scale.eq_ignore_ascii_case(word))
        .map(|(_, power)| *power)
}

/// The scale words of one language with their powers of ten, as the rules write them.
pub fn scales(chinese: bool) -> impl Iterator<Item = (&'static str, u32)> {
    SCALES.iter().copied().filter(move |(word, _)| word.is_ascii() != chinese)
}

/// The scale words of one language, for building patterns.
pub fn scale_words(chinese: bool) -> Vec<&'static str> {
    scales(chinese).map(|(word, _)| word).collect()
}

/// Signs right before a figure that bound it, in either language (`≥5万吨`, "~5 GW"); unlike a
/// word, a sign may follow a letter or a Han character directly.
pub const BOUND_SIGNS: &[(&str, Bound)] = &[
    ("~", Bound::About),
    ("～", Bound::About),
    ("≈", Bound::About),
    ("≥", Bound::AtLeast),
    ("＞", Bound::MoreThan),
    (">", Bound::MoreThan),
    ("≤", Bound::UpTo),
    ("＜", Bound::LessThan),
    ("<", Bound::LessThan),
];

/// Words and signs that join the two ends of a range of figures ("50,000 to 60,000 tons",
/// 5至6万吨, "5-6 GW"): the validator takes the higher end as a bound of up to, the lower end as
/// one of at least.
pub const RANGE_JOINERS: &[&str] = &["to", "至", "到", "-", "–", "~", "～"];
/// A word before a range's lower end, and the word that joins its two ends ("between 50,000
/// and 60,000 tons"): "and" joins the ends of a range only after it.
pub const BETWEEN_AND: (&str, &str) = ("between", "and");
/// Words before the lower end that make two joined figures a change, not a range ("from 50,000
/// to 60,000 tons", "rose 15,000 to 60,000", "by 20,000 to 60,000", 从5万吨到6万吨, 增加2万至8万吨):
/// neither end is then a bound.
pub const CHANGE_BEFORE: &[&str] = &[
    "from",
    "by",
    "rise",
    "rises",
    "rising",
    "rose",
    "risen",
    "raise",
    "raises",
    "raised",
    "raising",
    "increase",
    "increases",
    "increased",
    "increasing",
    "grow",
    "grows",
    "grew",
    "grown",
    "growing",
    "climb",
    "climbs",
    "climbed",
    "fall",
    "falls",
    "fell",
    "fallen",
    "cut",
    "cuts",
    "drop",
    "drops",
    "dropped",
    "jump",
    "jumps",
    "jumped",
    "gain",
    "gains",
    "gained",
    "lift",
    "lifts",
    "lifted",
    "boost",
    "boosts",
    "boosted",
    "up",
    "down",
    "从",
    "由",
    "增加",
    "增长",
    "提高",
    "提升",
    "减少",
    "降低",
    "下降",
];
/// Words before "from" that make what follows a range, not a change: "capacities range from 5
/// to 10 MW".
pub const RANGE_FROM: &[&str] =
    &["range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"];
/// Words that may stand between a change's word and the figure it changes from, passed over to
/// find that word: "from about 50,000 to 60,000", "from its current 5 to 10 GW", 从约5万到8万吨.
pub const BEFORE_A_CHANGED_FIGURE: &[&str] = &[
    "about",
    "around",
    "approximately",
    "roughly",
    "nearly",
    "almost",
    "just",
    "only",
    "some",
    "the",
    "its",
    "their",
    "current",
    "present",
    "existing",
    "约",
    "近",
    "目前的",
    "现有的",
];
/// Words right before a range's lower end that make its figures a name ("Type 3-5", "Article 5
/// to 60,000 tons", "Phases 1-2"), not a range.
pub const NAMING_BEFORE: &[&str] = &[
    "type", "model", "article", "section", "phases", "lines", "units", "nos.", "class", "grade",
    "version", "level", "tier",
];

/// The periods a capacity can be stated per, as the suggestion names them.
pub const YEAR: &str = "year";
pub const MONTH: &str = "month";
pub const DAY: &str = "day";

pub mod chinese;
pub mod english;
