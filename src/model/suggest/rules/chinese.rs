//! The Chinese word lists (see the module above for how they are used).

use super::{DAY, MONTH, YEAR};
use crate::model::dataset::Bound;

/// Words right before a figure that bound it (`超过5万吨`, `近6万吨`), each with its bound; a
/// longer word before one it ends with (`将近` before `近`).
pub const BOUNDS_BEFORE: &[(&str, Bound)] = &[
    // Negated first: 不超过 is at most, where 超过 alone is more than, and 不少于 at least, where
    // 少于 alone is less than.
    ("不少于", Bound::AtLeast),
    ("不低于", Bound::AtLeast),
    ("不超过", Bound::UpTo),
    ("不超", Bound::UpTo),
    ("不多于", Bound::UpTo),
    ("不到", Bound::LessThan),
    ("不足", Bound::LessThan),
    ("少于", Bound::LessThan),
    ("超过", Bound::MoreThan),
    ("多于", Bound::MoreThan),
    ("逾", Bound::MoreThan),
    ("突破", Bound::MoreThan),
    ("超出", Bound::MoreThan),
    ("超", Bound::MoreThan),
    ("将近", Bound::Nearly),
    ("逼近", Bound::Nearly),
    ("接近", Bound::Nearly),
    ("近", Bound::Nearly),
    ("大约", Bound::About),
    // A sum converted, about as much in another currency (`3亿美元（约合人民币21亿元）`).
    ("约合人民币", Bound::About),
    ("约合", Bound::About),
    ("约", Bound::About),
    ("最高可达", Bound::UpTo),
    ("最高达", Bound::UpTo),
    ("最多可达", Bound::UpTo),
    ("最高", Bound::UpTo),
    ("最多", Bound::UpTo),
    ("多达", Bound::UpTo),
    ("至少", Bound::AtLeast),
];

/// Words that end with a bound's character but are no bound (`签约15亿元`, `最近5万吨`).
pub const NOT_BOUNDS: &[&str] = &[
    "签约",
    "如约",
    "缔约",
    "新近",
    "相近",
    "反超",
    "重大突破",
    "历史最高",
    "历史最多",
    "全国最高",
    "全国最多",
    "全省最高",
    "全省最多",
    "全市最高",
    "全市最多",
    "节约",
    "合约",
    "制约",
    "预约",
    "契约",
    "邀约",
    "条约",
    "公约",
    "履约",
    "最近",
    "附近",
    "临近",
    "就近",
    "靠近",
    "邻近",
    "亲近",
    "贴近",
    "赶超",
    "高超",
    "约定",
    "约束",
    "集约",
    "近年",
    "近期",
    "近日",
    "超前",
    "超越",
    "超声",
    "以上率下",
    "最高水平",
    "最高标准",
    "以下简称",
    "不到位",
    "上下联动",
    "左右逢源",
];

/// Words after a figure's unit that begin with a bound's word but are none (`上下游`, "up- and
/// downstream").
pub const NOT_BOUNDS_AFTER: &[&str] = &[
    "上下游",
    "上下功夫",
    "上下料",
    "以下简称",
    "以下属",
    "以下游",
    "以上述",
    "以上游",
    "以上下",
    "以上海",
    "以内外",
    "以内蒙",
    "左右手",
    "左右两",
];
/// Words between a bound and its figure (`超过了84万套`, `约为6万吨`, `约达10GW`).
pub const BOUND_PARTICLES: &[&str] = &["达到", "了", "为", "达", "有", "在", "于"];
/// Currency written before a figure (`超过人民币50亿元`).
pub const CURRENCIES_BEFORE: &[&str] = &["人民币"];

/// Words right after a number that orders, not counts (`二期`, `1号线`).
pub const ORDINAL_AFTER: &[&str] = &["期", "号"];
/// The word after a year (`2024年`).
pub const YEAR_AFTER: &str = "年";
/// Words right after a month's or a day's number (`3月5日`).
pub const MONTH_OR_DAY_AFTER: &[&str] = &["月", "日"];

/// Words right before a bare 十, 百, 千, 万 or 亿 that say more than it, as the bound words before
/// a figure (超, 逾) also do there: 过万吨 is more than 10,000 tons, 上万台 more than 10,000
/// sets, 过百亿 more than 10 billion.
pub const BOUNDS_BEFORE_A_SCALE: &[(&str, Bound)] =
    &[("过", Bound::MoreThan), ("上", Bound::MoreThan)];
/// Words that end with the 过 or 上 of [`BOUNDS_BEFORE_A_SCALE`] without bounding a scale word
/// after them: 新上万吨级生产线 is a new ten-thousand-ton line, 通过万吨级码头 passes through a
/// ten-thousand-ton dock, 不过万吨 and 没过万吨 are not more than ten thousand tons.
pub const NOT_BOUNDS_BEFORE_A_SCALE: &[&str] = &[
    "新上",
    "加上",
    "海上",
    "线上",
    "基础上",
    "之上",
    "以上",
    "马上",
    "通过",
    "经过",
    "没过",
    "不过",
];

/// Words between a figure's number and its unit that bound it from below (`6万余吨`, `200多台`,
/// `20余万吨`).
pub const BOUNDS_WITHIN: &[&str] = &["余", "多"];
/// Words that begin with a 余 or 多 after a figure without bounding it: 3万多晶硅片 is 30,000
/// polycrystalline wafers, 10万余热利用 waste heat. (3万多元 and 3万多个 are more than.)
pub const NOT_BOUNDS_WITHIN: &[&str] = &["多晶", "多功能", "多肽", "多数", "余热", "余压", "余下"];

/// Words right after a figure's unit (or its period, `5万吨/年以上`) that bound it (`5万吨以上`,
/// `10GW左右`, `3万吨以内`).
pub const BOUNDS_AFTER: &[(&str, Bound)] = &[
    // Inclusive: the figure and above (`5万吨及以上`, `5万吨（含）以上`).
    ("及以上", Bound::AtLeast),
    ("或以上", Bound::AtLeast),
    ("（含）以上", Bound::AtLeast),
    ("(含)以上", Bound::AtLeast),
    ("以上", Bound::MoreThan),
    ("左右", Bound::About),
    ("上下", Bound::About),
    ("以内", Bound::UpTo),
    ("以下", Bound::UpTo),
];

/// Units of production: a figure with one of these is a capacity even without a period.
pub const PRODUCTION_UNITS: &[&str] = &[
    "千瓦时",
    "平方米",
    "立方米",
    "千瓦",
    "兆瓦",
    "吉瓦",
    // A set counted by its machines (`20万台套`), one unit: not 台 with 套 as what is counted.
    "台套",
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
/// Words before an area that make it a building's or a site's (`新建厂房12万平方米`,
/// `占地面积约20万平方米`), not an area the project makes (`年产隔膜5亿平方米`).
pub const AREA_WORDS: &[&str] = &["面积", "厂房", "占地", "用地", "建筑", "车间", "仓库", "办公楼"];
pub const AREA_UNIT: &str = "平方米";
/// Units that count many things (`3个项目`): a capacity only with a period or capacity word.
pub const COUNT_UNITS: &[&str] = &["个", "条", "座", "部", "张", "双", "米", "公里"];
/// Currencies: a figure with one of these is an amount of money, never a capacity.
pub const CURRENCIES: &[&str] = &["美元", "欧元", "港元", "日元", "元"];
/// A project's phases, which an amount may be of (`一期投资20亿元`).
pub const PHASES: &[&str] =
    &["一期", "二期", "三期", "四期", "五期", "六期", "七期", "八期", "九期", "十期", "首期"];
/// What a sum of money is, when one of these comes shortly before it.
pub const MONEY_WORDS: &[&str] = &[
    "总投资",
    "计划投资",
    // What has been spent is not what is planned: the words that say so stay with the figure.
    "累计完成投资",
    "已完成投资",
    "完成投资",
    "累计投资",
    "已投资",
    "投资",
    "年产值",
    "产值",
    // A year's takings (年销售收入) are the year's: the word gives the amount its period.
    "年营业收入",
    "营业收入",
    "年营收",
    "营收",
    "年销售收入",
    "销售收入",
    "年销售额",
    "销售额",
    "年税收",
    "税收",
    "年利税",
    "利税",
    "年纳税",
    "纳税",
];
/// Period words shortly before a figure, longest first: `年产能30万吨`, `月产5万片`.
pub const PERIODS_BEFORE: &[(&str, &str)] = &[
    ("年设计产能", YEAR),
    ("年生产能力", YEAR),
    ("年产能", YEAR),
    ("年产量", YEAR),
    ("年生产", YEAR),
    ("年加工", YEAR),
    ("年处理", YEAR),
    // 年 before the verb states the period as 年产 does: `年封装测试芯片20亿颗`, `年组装风机500台`.
    ("年封装测试", YEAR),
    ("年组装测试", YEAR),
    ("年封装", YEAR),
    ("年组装", YEAR),
    ("年装配", YEAR),
    ("年制造", YEAR),
    ("年测试", YEAR),
    ("年冶炼", YEAR),
    ("年回收", YEAR),
    ("年处置", YEAR),
    ("年发电量", YEAR),
    ("年发电", YEAR),
    ("年产", YEAR),
    ("每年", YEAR),
    ("月产能", MONTH),
    ("月产量", MONTH),
    ("月产", MONTH),
    ("每月", MONTH),
    ("月处理", MONTH),
    ("月加工", MONTH),
    ("月生产", MONTH),
    ("日产能", DAY),
    ("日产量", DAY),
    ("日产", DAY),
    // A glass furnace's daily melt (`日熔量1200吨`) is its capacity, as 日产 is.
    ("日熔化量", DAY),
    ("日熔量", DAY),
    ("日处理", DAY),
    ("日加工", DAY),
    ("日生产", DAY),
    ("每天", DAY),
    ("每日", DAY),
];
/// Words shortly before a figure that say it is an amount produced or installed.
pub const CAPACITY_WORDS: &[&str] = &["产能", "生产能力", "装机容量", "装机", "设计规模"];
/// Words shortly before a figure that say it is not a capacity: a saving, a sale, or an addition
/// (`二期项目计划新增年产能3万吨`), which is not what the project produces.
pub const NOT_CAPACITY_WORDS: &[&str] = &[
    "减少", "减排", "节约", "节省", "排放", "销售", "出口", "进口", "新增", "增加", "扩产", "扩能",
    "增产",
];
/// Words between a period word and the figure that say nothing about what is counted: `能力` and
/// `规模` finish the period word (`年处理能力120万片`).
pub const FILLER_WORDS: &[&str] = &[
    "能力",
    "规模",
    "可达",
    "超过",
    "达到",
    "达",
    "约",
    "为",
    // What the figure will be, or is expected to be (`年处理废钢将达200万吨`, `年产预计达…`).
    "将",
    "可",
    "预计",
    "有望",
    "超",
    "近",
    "提升至",
    "提升到",
    "提高至",
    "提高到",
    "增至",
    "增加到",
    "扩大至",
    "扩大到",
    // A figure a project starts from (`年产电池从2GWh起步`).
    "从",
    "由",
];
/// Words that end what is counted (`84万套驱动电机…项目`).
pub const COUNTED_STOP_WORDS: &[&str] =
    &["项目", "生产线", "的", "和", "已", "目前", "今年", "总投资", "基地", "工厂"];

/// The last word of a project mention; `厂` only when a name character does not follow.
pub const PROJECT_HEADS: &[&str] = &["项目", "基地", "工厂", "电站", "厂"];
/// The words that end a park's name (`江北锂电材料产业园`, `园区`): a place where projects are,
/// never one of them unless a project's head follows (`产业园项目`). Longer words first, so that
/// `产业园区` is read whole.
pub const PARK_HEADS: &[&str] =
    &["产业园区", "产业园", "工业园区", "工业园", "科技园", "园区", "开发区", "高新区", "经开区"];
/// Words after a park's name that make its people or offices the sentence's subject
/// (`经开区负责人表示`, `园区管委会`), not the park.
pub const PARK_SPEAKERS: &[&str] =
    &["负责人", "管委会", "党工委", "主任", "中心", "工作人员", "相关负责", "企业服务", "有关"];
/// Verbs that put a project in a park (`项目位于江北产业园`, `已落户园区`): the park after them
/// is where the subject is, not the subject.
pub const IN_A_PARK_VERBS: &[&str] = &["位于", "落户", "入驻", "坐落", "建在", "选址"];
/// Characters after `厂` that make it part of another word (`厂房`, `厂长`).
pub const FACTORY_NOT_BEFORE: &[char] = &['房', '长', '区', '商', '家', '址'];
/// A head followed by one of these is a modifier, not a name's end: `项目建设`.
pub const HEAD_MODIFIED_BY: &[&str] =
    &["建设", "推进", "进展", "情况", "进度", "调度", "审批", "服务", "落地", "招引", "签约"];
/// Words after a head that say how the one project is getting on (`察看欣旺达储能电池项目建设情况`):
/// the name ends at the head, though `建设` alone makes it a modifier (`新能源项目建设`).
pub const PROGRESS_OF_ONE: &[&str] = &["建设情况", "建设进展", "建设进度", "进展情况"];
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
    "了解",
    "询问",
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
    // What a company built or goes with (`由长信科技投资建设的新型显示模组项目`, `配套的…项目`).
    "建设的",
    "兴建的",
    "投资的",
    "运营的",
    "打造的",
    "配套的",
];
/// The endings of a company's full name: the enterprise a project's name begins with ends there.
pub const COMPANY_SUFFIXES: &[&str] =
    &["股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司"];
/// Words for a company's head after its full name: `天元新材料股份有限公司负责人` reports on the
/// company's site, the project the sentence is about.
pub const COMPANY_HEADS: &[&str] = &["负责人", "董事长", "总经理"];
/// The numerals of a list's numbers in brackets (`（一）`), which are no part of a name after them.
pub const LIST_NUMERALS: &[char] = &['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/// The numerals a date's numbers are written in (`二〇二四年十月`).
pub const DATE_NUMERALS: &[char] =
    &['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/// Verbs after `由` and a company's full name that make it the project's owner
/// (`由华夏新能源汽车有限公司投资建设`); `承建` names a contractor, not the owner, and is not one.
pub const COMPANY_BUILDS: &[&str] = &["投资建设", "投资兴建", "建设", "运营"];
/// Words a company's name does not start with, since they speak of companies in general
/// (`有关公司负责人`, `各参建企业`): no one company reports then.
pub const GENERIC_COMPANY_WORDS: &[&str] =
    &["有关", "相关", "各", "该", "其他", "其它", "部分", "多家", "参建", "施工", "属地"];
/// Words after a company's head that give the report a topic of its own (`负责人关于全市建筑业的汇报`):
/// the head then speaks of that, not of the project the sentence is about.
pub const REPORT_TOPIC_WORDS: &[&str] = &["关于", "就"];
/// Words that alone do not name a project (`重点项目`, `该项目`).
pub const GENERIC_NAME_WORDS: &[&str] = &[
    "重点", "重大", "产业", "工业", "增量", "相关", "在建", "新建", "续建", "一批", "若干", "一个",
    "这个", "大", "好", "该", "此", "各", "等", "新", "能源", "材料",
];

/// Words that make the words before a head a kind, a number or a target of projects, not one
/// project's name: `年内新签约亿元以上项目` (a target of signings), `江北新区三个项目` (a count).
/// A directive's verbs say the same (`全力推动项目早建成`: projects pushed, not one named).
pub const NOT_NAME_WORDS: &[&str] = &[
    "以上",
    "以下",
    "不少于",
    "不低于",
    "签约",
    "新签",
    "招引",
    "亿元",
    "万元",
    "推动",
    "推进",
    "全力",
    "加快",
    "加速",
    "确保",
    "抓好",
    "狠抓",
];
/// Characters a count ends with before a head (`三个项目`, `5家企业项目`, `一批项目`).
pub const COUNT_WORDS: &[&str] = &["个", "家", "批", "类", "项", "大"];
/// Words before a project head that make it several projects (`一批重点项目`, `多个项目`): a
/// sentence that speaks of them is about no one project, and neither is its figure.
pub const SEVERAL_BEFORE: &[&str] =
    &["一批", "多个", "多项", "若干", "诸多", "众多", "一系列", "各个", "各类", "各"];
/// Words after projects counted that make the sentence about one of them (`10个重点项目之一`).
pub const ONE_OF: &[&str] = &["之一"];
/// Words before a project head that point to the one project spoken of (`该项目总投资20亿元`).
pub const THIS_PROJECT: &[&str] = &["该", "此", "这个", "这一"];
/// Words between projects and their number (`签约项目共12个`).
pub const COUNTED_TOTAL: &[&str] = &["共", "合计", "总计", "累计", "达"];

/// Endings that make a name a sector, not a project (`先进制造业项目`, `化工重点项目`).
pub const GENERIC_NAME_ENDINGS: &[&str] =
    &["重点", "重大", "增量", "一批", "相关", "产业", "工业", "制造业", "服务业"];

/// Words in the clause before a status phrase that make it a plan, a wish or a question.
pub const NOT_YET_BEFORE: &[&str] = &[
    "力争",
    "争取",
    "确保",
    "预计",
    "计划",
    "拟",
    "尽快",
    "早日",
    "加快",
    "加速",
    "推动",
    "推进",
    "希望",
    "要求",
    "有望",
    "即将",
    "年内",
    "尚未",
    "未",
    "还没",
    "询问",
    "是否",
    "将",
    "下个月",
];
/// A time to come before a status phrase (`明年上半年投产`, `年底前投产`), as a pattern: `明年` not
/// run into `年产` (`光明年产10万吨…已投产` names a company), and the end of a year not past
/// (`去年底已投产` is done).
pub const NOT_YET_TIMES: &str = "明年[^产]|(?:^|[^去前])年底";
/// Verbs of a figure's change, before `至` or `到` (`由6万吨提升至8万吨`, `从5GW增至8GW`).
pub const CHANGE_VERBS: &[&str] =
    &["提升", "提高", "增加", "增长", "扩大", "扩充", "扩产", "扩建", "增", "扩", "升"];
/// A project's own events: a date right before one (`6月30日签约`, `于3月3日正式开工`) is that
/// event's, not the visit's.
pub const EVENT_WORDS: &[&str] = &[
    "签约", "开工", "竣工", "开业", "启动", "奠基", "落地", "揭牌", "投产", "试产", "注册", "获批",
    "建成", "完工", "点火", "投运", "投用", "并网", "交付",
    // Its first products (`8月15日产出首批产品`, `首批电池下线`).
    "产出", "下线", "量产", "出货", "试车", "投料", "封顶", "首批",
];
/// Words right before a date (with `于` or `在`) that make it a plan's (`计划于6月30日…`): a day
/// to come is no day of the visit.
pub const PLANNED_BEFORE: &[&str] = &["计划", "预计", "力争", "争取", "确保", "拟", "将"];
/// Words right after a status phrase that make it a condition of what follows (`达产后年组装…`,
/// `建成投产后可形成…`), when the sentence goes on in the future ([`FUTURE_WORDS`]).
pub const CONDITION_AFTER: &[&str] = &["之后", "以后", "后"];
/// Words right before a stage phrase that say the project is not at that stage: past it
/// (`已完成设备安装调试`) or short of it (`接近满产`).
pub const NOT_THERE_BEFORE: &[&str] = &["完成", "完成了", "结束", "结束了", "接近", "将近"];
/// What stands between two stage phrases that say the project went from the first to the second
/// (`已竣工，目前正在试生产`, `试生产后已投产`): after a comma or `后`, one of these, then one of
/// [`STAGE_JOINER_LINKS`], each optional.
pub const STAGE_JOINERS: &[&str] = &["目前", "现在", "现", "如今"];
pub const STAGE_JOINER_LINKS: &[&str] =
    &["并已", "并且", "并", "正在", "正处于", "处于", "已经", "已"];
/// Words after a status phrase, in its sentence, that put what follows it in the future; a year's
/// figure after `年` (`后年产…`, `后年组装…`) is what the project will make once at that stage.
/// So do the results a briefing projects from a stage (`投产后新增就业500人`, `建成投产后，年纳税2亿元`).
pub const FUTURE_WORDS: &[&str] = &[
    "将",
    "可",
    "能够",
    "预计",
    "年产",
    "年组装",
    "年加工",
    "年生产",
    "形成",
    "新增",
    "带动",
    "吸纳",
    "年纳税",
    "年销售",
    "年营收",
    "年税收",
    "年利税",
];
/// Stage phrases that state a stage only where no word follows them: `项目仍在建设。` is being
/// built, while 在建设 run into the next word is 在 and a longer word (`在建设过程中`,
/// `在建设期间`, "while building"), which states no stage.
pub const STAGES_ENDING_THEIR_CLAUSE: &[&str] = &["在建设"];
/// The endings of the stage phrases that say a time (`建设中`, `施工中`, `规划阶段`), during which
/// something else may happen ([`AT_THAT_TIME_AFTER`]).
pub const STAGE_TIME_ENDINGS: &[&str] = &["中", "阶段"];
/// Words right after a stage phrase of a time ([`STAGE_TIME_ENDINGS`]) that make it the time of
/// something else, not the stage a project is at: the difficulties met while building
/// (`项目建设中的困难和问题`, `施工中遇到的问题`, `建设中存在的问题`) or what is to be done then
/// (`建设中要坚持安全第一`). A project's head after `的` makes it that project's stage again
/// (`建设中的星海储能电池项目`).
pub const AT_THAT_TIME_AFTER: &[&str] =
    &["的", "遇到", "碰到", "面临", "存在", "出现", "发现", "产生", "要", "应", "须"];
/// Verbs earlier in the sentence that make what follows a request: `希望企业…早日投产`.
pub const REQUEST_VERBS: &[&str] = &["希望", "要求", "鼓励", "督促", "勉励", "叮嘱"];

/// Titles that precede an official's name. A title may be a deputy's ([`DEPUTY_WORDS`]) and
/// may name its organ first ([`TITLE_OWN_ORGANS`]): the patterns read them with it.
pub const TITLES: &[&str] = &[
    // A member of the Party committee's standing committee, written before the member's other
    // posts (`市委常委、常务副市长陈静`). The committee's meeting (`市委常委会`) names no one: 会
    // begins no name ([`NOT_NAME_START`]).
    "市委常委",
    "省委常委",
    "区委常委",
    "县委常委",
    // A member of a government's or department's Party group, written before the member's
    // post (`市政府党组成员、副市长`, `市发改委党组成员、副主任`).
    "党组成员",
    "秘书长",
    "市长",
    "省长",
    "区长",
    "县长",
    "书记",
];
/// The words right before a title that make it a deputy's (`副市长`, `常务副市长`, `副秘书长`,
/// `区工信局常务副局长`). A title is never read without them: a deputy's title read as the title
/// itself promotes its holder, and a 副秘书长 written as 秘书长 gets a briefing sent back.
pub const DEPUTY_WORDS: &[&str] = &["常务副", "副"];
/// The organs a title names right before it, and before its deputy's word: `市委书记`,
/// `市委副书记`, `市政府秘书长`, `市政府副秘书长`.
pub const TITLE_OWN_ORGANS: &[&str] = &["市政府", "市委", "省委", "区委", "县委"];
/// The Party organs of a government, a department or a place, written between its name and
/// 书记 (`市发展改革委党组书记`, `市工信局党委副书记`, `三江新区党工委书记`): part of the title,
/// which read without them is another office's.
pub const PARTY_ORGANS: &[&str] = &["党组", "党委", "党工委"];
/// Words before a title, or between its organ and the title, that say how its holder holds it:
/// acting (`代市长`, `代理市长`), seconded for a term (`挂职副县长`) or no longer (`原市长`,
/// `市委原书记`). A title read without them promotes an acting official or makes a former one
/// serving, so they stay in the title.
pub const HOLDING_WORDS: &[&str] = &["代理", "代", "挂职", "原"];
/// Words after which a title's `原` says its holder no longer holds it, and ends no place's name
/// (`会见了原市长`, `看望原书记`, `同原市长`): a particle, or a verb of meeting or visiting someone.
/// Before a title, `原` after any other Han character may end a place's name (`太原市长` is the
/// mayor of 太原), and is read so.
pub const FORMER_AFTER_WORDS: &[&str] = &[
    "了", "的", "同", "向", "对", "给", "为", "会见", "看望", "慰问", "接见", "会晤", "拜会",
    "拜访", "宴请", "欢迎", "送别", "会同",
];
/// The grades of a department's rank titles (`市发改委一级巡视员`, `二级巡视员`, `区工信局四级调研员`),
/// part of the title.
pub const RANK_GRADES: &[&str] = &["一级", "二级", "三级", "四级"];
/// The words between two titles of one official (`市委副书记、市长`, `副市长兼市公安局局长`): a
/// second title's place or department starts after one, and a department head's title right
/// after one is the first title's holder's (`市发展改革委党组书记、主任`).
pub const TITLE_JOINERS: &[&str] = &["、", "兼"];
/// The titles of a department's head (`市发改委主任陈明`, `区商务局副局长`), each also a deputy's
/// ([`DEPUTY_WORDS`]), and 巡视员 and 调研员, a department's ranks below its head (`市发改委副巡视员`,
/// `一级调研员`). Alone
/// they also name the head of a workshop or a firm's office (`车间主任`), so they are an
/// official's title only right after a department's name, which ends with one of
/// [`DEPARTMENT_ENDINGS`] and stays in the title as the text gives it (`市发展改革委主任`), or
/// right after another title of the same official and a joiner (`市发展改革委党组书记、主任`,
/// [`TITLE_JOINERS`]).
pub const DEPARTMENT_HEAD_TITLES: &[&str] = &["主任", "局长", "厅长", "部长", "巡视员", "调研员"];
/// The last character of a government department's name: 发改委, 商务局, 教育厅, 政府办, 宣传部,
/// 管委会, 办公室.
pub const DEPARTMENT_ENDINGS: &[&str] = &["委", "局", "厅", "办", "部", "会", "室"];
/// The endings of a place's name right before a title or the organ of the title
/// ([`TITLE_ORGANS`]): with the place and the organ, the title says whose it is (`三江新区党工委书记`,
/// `徐州市市长`, `某某镇党委书记`).
pub const TITLE_PLACE_ENDINGS: &[&str] =
    &["工业园区", "高新区", "经开区", "开发区", "新区", "园区", "省", "市", "区", "县", "镇", "乡"];
/// The organs of a place whose titles a title may name (`党工委书记`, `管委会主任`).
pub const TITLE_ORGANS: &[&str] = &["党工委", "党委", "工委", "管委会", "人民政府", "政府"];
/// Words that join officials named one after another (`副市长陈静与三江新区党工委书记李明`): a title's
/// place starts after one, as after a word that may follow a name ([`AFTER_NAME_WORDS`]).
pub const NAME_JOINERS: &[&str] = &["和", "与", "及"];
/// A group title before a list of names: `市领导刘伟、吴伟、黄辉`.
pub const LEADER_GROUPS: &[&str] = &["市委领导", "市领导", "省领导", "区领导"];
/// What may follow a name: a name of two or three characters is cut where one of these begins
/// (`李明讲话`, `张伟作重要讲话`, `刘洋等参加`). None begins a name, and none of one character ends
/// one: `市长讲话` names no one, and `王强说` is 王强.
pub const AFTER_NAME_WORDS: &[&str] = &[
    "来到", "专题", "调研", "主持", "出席", "参加", "陪同", "一行", "分别", "先后", "首先", "深入",
    "带队", "率队", "强调", "指出", "表示", "察看", "走进", "考察", "视察", "前往", "同志", "讲话",
    "致辞", "发言", "宣布", "介绍", "到", "赴", "在", "等", "说", "作",
];
/// Words that open a sentence before the officials in it (`随后三江新区党工委书记李明讲话`): a title's
/// place starts after one, as after a word that may follow a name ([`AFTER_NAME_WORDS`]).
pub const SENTENCE_OPENERS: &[&str] = &[
    "随后", "之后", "其后", "接着", "同时", "会上", "期间", "当天", "当日", "上午", "下午", "晚上",
];
/// Characters that begin the words after a title rather than a name: a headline writes the
/// name before the title (`李建国市长赴江阴调研`), and what follows the title is a verb (`赴`,
/// `到`, `深入`…), or the rest of a committee's name after a title within it (`市委常委会`), not a
/// surname. None of them is a common surname.
pub const NOT_NAME_START: &[char] = &[
    '赴', '到', '率', '带', '前', '深', '在', '一', '主', '调', '视', '检', '考', '专', '亲', '先',
    '陪', '指', '要', '表', '对', '听', '出', '参', '看', '走', '又', '也', '还', '并', '等', '及',
    '与', '和', '强', '来', '会',
];
/// Words in a sentence that say the officials named in it took part.
pub const TAKING_PART_WORDS: &[&str] = &["参加", "陪同", "参与", "出席"];
/// Words after two projects named in a sentence that join them, so that the figure or status
/// after them is theirs together, and neither's: `A和B合计年产…`.
pub const JOINT_WORDS: &[&str] = &["合计", "共计", "总计", "合共", "一共", "共同"];
/// Subjects that name several projects at once: `两个项目均已投产`.
pub const SEVERAL_PROJECTS: &[&str] =
    &["两个项目", "两大项目", "三个项目", "这两个项目", "上述项目", "上述两个项目", "两者", "二者"];
/// Verbs before a place (`到浦口区`), and the endings a place name has.
pub const PLACE_VERBS: &[&str] = &["来到", "前往", "在", "到", "赴"];
pub const PLACE_ENDINGS: &[&str] = &["工业园区", "新区", "园区", "市", "区", "县"];
/// Verbs of visiting after a place that has no place's ending (`赴江阴调研`).
pub const VISIT_VERBS: &[&str] = &["调研", "考察", "视察", "检查", "督导", "走访"];
/// Verbs before an industry name: `发展新能源产业`.
pub const INDUSTRY_VERBS: &[&str] = &["发展", "壮大", "推动", "培育", "打造"];
