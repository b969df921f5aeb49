//! Every word list the suggestion rules use, in one place.
//!
//! To teach the rules a new word, add it to the list here; `english.rs` and `chinese.rs` build
//! their patterns from these lists (escaped, longest first), and `tests/suggest/README.md`
//! explains what each list is for. English lists are matched without regard to case, unless a
//! list says otherwise. Status phrases are regular-expression fragments, so that one entry can
//! allow an optional word; everything else is literal text.

/// A project stage a briefing can state, with the phrases that state it.
pub struct Stage {
    /// The status id a draft dataset uses, a slug.
    pub id: &'static str,
    /// The status label a draft dataset uses.
    pub label: &'static str,
    /// Regular-expression fragments, matched case-insensitively between word boundaries.
    pub english: &'static [&'static str],
    /// Regular-expression fragments.
    pub chinese: &'static [&'static str],
}

/// The stages, in the order a draft dataset lists them. Where two phrases overlap, the longer
/// one wins (`建成投产` before `投产`), whatever the stage.
pub const STAGES: &[Stage] = &[
    Stage {
        id: "under-construction",
        label: "Under construction",
        english: &[
            r"under construction",
            r"being built",
            // Looking at the works (not asking about them) says that building is under way.
            r"(?:looked at|viewed|inspected|toured|visited) the construction (?:situation|site)",
        ],
        chinese: &[
            r"正在建设",
            r"建设中",
            r"在建",
            r"(?:察看|查看|视察)(?:了)?(?:项目)?(?:建设情况|施工现场)",
        ],
    },
    Stage {
        id: "construction-started",
        label: "Construction started",
        english: &[
            r"(?:started|began|commenced|starts|begins) construction",
            r"construction (?:started|began|commenced|has started|has begun)",
            r"broke ground",
            r"groundbreaking",
        ],
        chinese: &[r"开工建设", r"已开工", r"破土动工", r"开工"],
    },
    Stage {
        id: "trial-production",
        label: "Trial production",
        english: &[r"trial production", r"trial operation", r"trial run"],
        chinese: &[r"试生产", r"试运行", r"试产"],
    },
    Stage {
        id: "in-operation",
        label: "In operation",
        english: &[
            r"put into (?:operation|production|use|service)",
            r"(?:went|gone|came) into (?:operation|production)",
            r"(?:started|began|commenced|starts|begins) (?:production|operation|operating)",
            r"(?:production|operation) (?:started|began|commenced)",
            r"in operation",
            r"came on stream",
        ],
        chinese: &[
            r"建成投产",
            r"正式投产",
            r"已投产",
            r"投入运营",
            r"正式运营",
            r"投入使用",
            r"投产",
            r"投用",
        ],
    },
    Stage {
        id: "full-production",
        label: "Full production",
        english: &[
            r"(?:reached|reach|achieved|in|at) full (?:production|capacity)",
            r"full production",
            r"reached (?:its |the )?design(?:ed)? capacity",
        ],
        chinese: &[r"全面达产", r"已达产", r"满产", r"达产"],
    },
];

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

/// The power of ten a scale word stands for (`million` → 6, `万` → 4), case-insensitively.
pub fn scale_power(word: &str) -> Option<u32> {
    SCALES.iter().find(|(scale, _)| scale.eq_ignore_ascii_case(word)).map(|(_, power)| *power)
}

/// The scale words of one language, for building patterns.
pub fn scale_words(chinese: bool) -> Vec<&'static str> {
    SCALES.iter().map(|(word, _)| *word).filter(|word| word.is_ascii() != chinese).collect()
}

/// The periods a capacity can be stated per, as the suggestion names them.
pub const YEAR: &str = "year";
pub const MONTH: &str = "month";
pub const DAY: &str = "day";

pub mod english {
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
    /// Words shortly before a figure that say it is not a capacity (a saving, a sale).
    pub const NOT_CAPACITY_WORDS: &[&str] = &[
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
    pub const PERIODS_BEFORE: &[(&str, &str)] = &[
        ("annual", super::YEAR),
        ("annually", super::YEAR),
        ("yearly", super::YEAR),
        ("monthly", super::MONTH),
        ("daily", super::DAY),
    ];
    /// A period phrase right after the unit or what is counted: `300 million doses per year`.
    pub const PERIODS_AFTER: &[(&str, &str)] = &[
        ("per year", super::YEAR),
        ("a year", super::YEAR),
        ("annually", super::YEAR),
        ("each year", super::YEAR),
        ("every year", super::YEAR),
        ("per annum", super::YEAR),
        ("per month", super::MONTH),
        ("a month", super::MONTH),
        ("monthly", super::MONTH),
        ("each month", super::MONTH),
        ("every month", super::MONTH),
        ("per day", super::DAY),
        ("a day", super::DAY),
        ("daily", super::DAY),
        ("each day", super::DAY),
    ];
    /// Words that end what is counted (`of drive motors … project`).
    pub const COUNTED_STOP_WORDS: &[&str] = &[
        "which", "that", "with", "where", "is", "was", "are", "were", "has", "have", "had", "will",
        "to", "in", "at", "for", "from", "by", "per", "a", "an", "the", "each", "every",
        "annually", "monthly", "daily", "this", "last", "next", "since", "on",
    ];

    /// The last word of a project mention, lower case: `the X plant`, `X project`.
    pub const PROJECT_HEADS: &[&str] = &["project", "plant", "base", "factory", "facility", "mill"];
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
    /// Words just after a status phrase that make it a plan: `put into operation as soon as possible`.
    pub const NOT_YET_AFTER: &[&str] = &[
        "as soon as possible",
        "soon",
        "by the end",
        "before the end",
        "next year",
        "within the year",
    ];
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
        "Vice Mayor",
        "Deputy Mayor",
        "Vice Governor",
        "Deputy Governor",
        "Mayor",
        "Governor",
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
    ];
    /// A title right after one of these names someone mentioned, not present (`General Secretary`).
    pub const TITLE_EXCLUDED_AFTER: &[&str] = &["General"];
    /// A group title before a list of names: `City leaders Liu Wei, Wu Wei, Huang Hui`.
    pub const LEADER_GROUPS: &[&str] = &[
        "City leaders",
        "City leader",
        "Provincial leaders",
        "District leaders",
        "Municipal leaders",
        "County leaders",
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
    /// Words that are capitalised after `in` without being a place.
    pub const NOT_PLACES: &[&str] = &["The", "This", "That", "In", "At", "On"];
    /// Determiners that cannot open an industry name (`the industry`).
    pub const NOT_INDUSTRY_WORDS: &[&str] = &["the", "this", "that", "its", "whole", "key"];
}

pub mod chinese {
    /// Units of production: a figure with one of these is a capacity even without a period.
    pub const PRODUCTION_UNITS: &[&str] = &[
        "千瓦时",
        "平方米",
        "立方米",
        "千瓦",
        "兆瓦",
        "吉瓦",
        "GWh",
        "MWh",
        "kWh",
        "GW",
        "MW",
        "套",
        "吨",
        "剂",
        "台",
        "辆",
        "片",
        "件",
        "桶",
        "支",
        "颗",
        "块",
        "只",
        "瓶",
        "盒",
        "箱",
    ];
    /// Units that count many things (`3个项目`): a capacity only with a period or capacity word.
    pub const COUNT_UNITS: &[&str] = &["个", "条", "座", "部", "张", "双", "米", "公里"];
    /// Currencies: a figure with one of these is an amount of money, never a capacity.
    pub const CURRENCIES: &[&str] = &["美元", "欧元", "港元", "日元", "元"];
    /// What a sum of money is, when one of these comes shortly before it.
    pub const MONEY_WORDS: &[&str] = &[
        "总投资",
        "计划投资",
        "投资",
        "年产值",
        "产值",
        "营业收入",
        "营收",
        "销售收入",
        "销售额",
        "税收",
        "利税",
    ];
    /// Period words shortly before a figure, longest first: `年产能30万吨`, `月产5万片`.
    pub const PERIODS_BEFORE: &[(&str, &str)] = &[
        ("年设计产能", super::YEAR),
        ("年生产能力", super::YEAR),
        ("年产能", super::YEAR),
        ("年产量", super::YEAR),
        ("年生产", super::YEAR),
        ("年加工", super::YEAR),
        ("年处理", super::YEAR),
        ("年发电量", super::YEAR),
        ("年发电", super::YEAR),
        ("年产", super::YEAR),
        ("每年", super::YEAR),
        ("月产能", super::MONTH),
        ("月产量", super::MONTH),
        ("月产", super::MONTH),
        ("每月", super::MONTH),
        ("日产能", super::DAY),
        ("日产量", super::DAY),
        ("日产", super::DAY),
        ("每天", super::DAY),
        ("每日", super::DAY),
    ];
    /// Words shortly before a figure that say it is an amount produced or installed.
    pub const CAPACITY_WORDS: &[&str] = &["产能", "生产能力", "装机容量", "装机", "设计规模"];
    /// Words shortly before a figure that say it is not a capacity (a saving, a sale).
    pub const NOT_CAPACITY_WORDS: &[&str] =
        &["减少", "减排", "节约", "节省", "排放", "销售", "出口", "进口"];
    /// Words between a period word and the figure that say nothing about what is counted.
    pub const FILLER_WORDS: &[&str] = &["可达", "超过", "达到", "达", "约", "为", "超", "近"];
    /// Words that end what is counted (`84万套驱动电机…项目`).
    pub const COUNTED_STOP_WORDS: &[&str] =
        &["项目", "生产线", "的", "和", "已", "目前", "今年", "总投资", "基地", "工厂"];

    /// The last word of a project mention; `厂` only when a name character does not follow.
    pub const PROJECT_HEADS: &[&str] = &["项目", "基地", "工厂", "电站", "厂"];
    /// Characters after `厂` that make it part of another word (`厂房`, `厂长`).
    pub const FACTORY_NOT_BEFORE: &[char] = &['房', '长', '区', '商', '家', '址'];
    /// A head followed by one of these is a modifier, not a name's end: `项目建设`.
    pub const HEAD_MODIFIED_BY: &[&str] = &["建设", "推进", "进展", "情况", "进度"];
    /// Words that end a project mention's surroundings on its left: `来到X项目`.
    pub const NAME_BOUNDARY_WORDS: &[&str] = &[
        "察看了",
        "调研了",
        "来到",
        "走进",
        "深入",
        "察看",
        "查看",
        "调研",
        "考察",
        "视察",
        "参观",
        "先后",
        "前往",
        "了解到",
        "在",
        "到",
        "赴",
        "和",
        "与",
        "了",
        "该",
        "是",
        "为",
        "对",
        "即",
        "将",
    ];
    /// Words that alone do not name a project (`重点项目`, `该项目`).
    pub const GENERIC_NAME_WORDS: &[&str] = &[
        "重点", "重大", "产业", "工业", "增量", "相关", "在建", "新建", "续建", "一批", "若干",
        "一个", "这个", "大", "好", "该", "此", "各", "等", "新",
    ];

    /// Endings that make a name a sector, not a project (`先进制造业项目`, `化工重点项目`).
    pub const GENERIC_NAME_ENDINGS: &[&str] =
        &["重点", "重大", "增量", "一批", "相关", "产业", "工业", "制造业", "服务业"];

    /// Words in the clause before a status phrase that make it a plan, a wish or a question.
    pub const NOT_YET_BEFORE: &[&str] = &[
        "力争", "争取", "确保", "预计", "计划", "拟", "尽快", "早日", "加快", "加速", "推动",
        "推进", "希望", "要求", "有望", "即将", "年底", "年内", "尚未", "未", "还没", "询问",
        "是否", "将",
    ];
    /// Verbs earlier in the sentence that make what follows a request: `希望企业…早日投产`.
    pub const REQUEST_VERBS: &[&str] = &["希望", "要求", "鼓励", "督促", "勉励", "叮嘱"];

    /// Titles that precede an official's name, longest first.
    pub const TITLES: &[&str] = &[
        "常务副市长",
        "市政府秘书长",
        "市委书记",
        "省委书记",
        "区委书记",
        "县委书记",
        "副市长",
        "副省长",
        "秘书长",
        "市长",
        "省长",
        "区长",
        "县长",
        "书记",
    ];
    /// A group title before a list of names: `市领导刘伟、吴伟、黄辉`.
    pub const LEADER_GROUPS: &[&str] = &["市委领导", "市领导", "省领导", "区领导"];
    /// What may follow a name: a name of two or three characters is cut where one of these begins.
    pub const AFTER_NAME_WORDS: &[&str] = &[
        "来到", "专题", "调研", "主持", "出席", "参加", "陪同", "一行", "分别", "先后", "首先",
        "深入", "带队", "率队", "强调", "指出", "表示", "察看", "走进", "考察", "视察", "前往",
        "同志", "到", "赴", "在", "等", "说",
    ];
    /// Words in a sentence that say the officials named in it took part.
    pub const TAKING_PART_WORDS: &[&str] = &["参加", "陪同", "参与", "出席"];
    /// Verbs before a place (`到浦口区`), and the endings a place name has.
    pub const PLACE_VERBS: &[&str] = &["来到", "前往", "在", "到", "赴"];
    pub const PLACE_ENDINGS: &[&str] = &["工业园区", "新区", "园区", "市", "区", "县"];
    /// Verbs before an industry name: `发展新能源产业`.
    pub const INDUSTRY_VERBS: &[&str] = &["发展", "壮大", "推动", "培育", "打造"];
}
