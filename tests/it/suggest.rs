//! Suggestions from a briefing's text: one table per pattern (sentence → what is suggested),
//! exact numbers and the language guess here; the labelled corpus, drafts and property tests in
//! `suggest/corpus.rs`; the `draft` command in `suggest/cli.rs`; the sentences and clauses the rules read in
//! `suggest/document.rs`.

mod cli;
mod corpus;
mod document;

use briefing_explorer::model::suggest::numbers::{parse_scaled, Quantity};
use briefing_explorer::model::suggest::{suggest, Fact, Language, Suggestion};

/// One line per suggestion of `kind`, with what it states and its quote.
fn describe(suggestion: &Suggestion) -> String {
    let project =
        suggestion.project.as_deref().map(|name| format!(" → {name}")).unwrap_or_default();
    let stated = match &suggestion.fact {
        Fact::Capacity(measure) | Fact::Amount(measure) => format!(
            "{}{} {}{}{}",
            measure.bound.map(|bound| format!("{} ", bound.code())).unwrap_or_default(),
            measure.value,
            measure.unit,
            measure.period.as_deref().map(|period| format!(" per {period}")).unwrap_or_default(),
            measure.of.as_deref().map(|of| format!(" ({of})")).unwrap_or_default(),
        ),
        Fact::Status { status } => status.clone(),
        Fact::Date(date) => match date.year {
            Some(year) => format!("{year}-{}-{}", date.month, date.day),
            None => format!("{}-{}", date.month, date.day),
        },
        Fact::Project(mention) => match &mention.enterprise {
            Some(enterprise) => format!("{} [{enterprise}]", mention.name),
            None => mention.name.clone(),
        },
        Fact::Official(official) => format!(
            "{} ({}){}",
            official.name,
            official.role,
            if official.taking_part { " taking part" } else { "" }
        ),
    };
    format!("{stated}{project} | {}", suggestion.quote)
}

fn check(text: &str, kind: &str, expected: &[&str]) {
    let suggestions = suggest(text, None).suggestions;
    let found: Vec<String> = suggestions
        .iter()
        .filter(|suggestion| suggestion.fact.kind_name() == kind)
        .map(describe)
        .collect();
    assert_eq!(found, expected, "{kind} in {text:?}");
}

#[test]
fn the_decimals_of_a_number_are_no_figure_of_their_own() {
    // No word boundary stands between 产 and 1, so the pattern cannot begin at 1: "2 million"
    // is not what the text states.
    check("The Tianhe battery project: annual output of 年产1.2 million sets.", "capacity", &[]);
}

#[test]
fn english_capacities() {
    // A period after a second figure joined by "and" is the first's too (helper-74: the first
    // had no period).
    check(
        "The CATL battery project will produce 10 GWh of power batteries and 5 GWh of storage batteries a year.",
        "capacity",
        &[
            "10 GWh per year (power batteries) → CATL battery project | produce 10 GWh of power batteries and 5 GWh of storage batteries a year",
            "5 GWh per year (storage batteries) → CATL battery project | 5 GWh of storage batteries a year",
        ],
    );
    // Not across units of another kind: the gigawatts are no yearly figure (helper-75).
    check(
        "The Donggang solar power station has an installed capacity of 1 GW and will generate 2.5 billion kWh of electricity a year.",
        "capacity",
        &[
            "1 GW → Donggang solar power station | capacity of 1 GW",
            "2500000000 kWh per year (electricity) → Donggang solar power station | 2.5 billion kWh of electricity a year",
        ],
    );
    // What was made over part of a year is no capacity (helper-74: 20,000 tons with no period).
    for text in [
        "The BYD battery project produced 20,000 tons of batteries from January to September.",
        "From January to September, the BYD battery project produced 20,000 tons of batteries.",
        "In the first half, the BYD battery project produced 20,000 tons of batteries.",
        "The BYD battery project has produced 20,000 tons of batteries so far this year.",
    ] {
        check(text, "capacity", &[]);
    }
    // A capacity word keeps a figure a capacity whatever the sentence says of part of a year
    // (helper-75).
    check(
        "The Sunrise battery project, with a designed capacity of 20 GWh, is expected to go into production in the first half of 2026.",
        "capacity",
        &["20 GWh → Sunrise battery project | capacity of 20 GWh"],
    );
    check(
        "The BYD battery project, which produced 20,000 tons from January to September, has an annual capacity of 40,000 tons.",
        "capacity",
        &["40000 tons per year → BYD battery project | annual capacity of 40,000 tons"],
    );
    // Full-width digits, as Chinese-typed text writes them, are digits.
    check(
        "The Delta steel plant has an annual capacity of １２,０００ tons.",
        "capacity",
        &["12000 tons per year → Delta steel plant | annual capacity of １２,０００ tons"],
    );
    check(
        "Learning that BYD's annual output of 840,000 sets of drive motors and electric assembly core parts project has reached full production.",
        "capacity",
        &["840000 sets per year (drive motors and electric assembly core parts) → BYD's annual output of 840,000 sets of drive motors and electric assembly core parts project | annual output of 840,000 sets of drive motors and electric assembly core parts"],
    );
    check("The mill makes 60,000 tons.", "capacity", &["60000 tons | makes 60,000 tons"]);
    check(
        "The Sunrise plant has a designed annual capacity of 12 gigawatts.",
        "capacity",
        &["12 gigawatts per year → Sunrise plant | annual capacity of 12 gigawatts"],
    );
    check(
        "It will make 1.2 million tonnes a year.",
        "capacity",
        &["1200000 tonnes per year | make 1.2 million tonnes a year"],
    );
    check(
        "The base can make 300 million doses per year.",
        "capacity",
        &["300000000 doses per year | make 300 million doses per year"],
    );
    check(
        "With a monthly output of 50,000 wafers and an annual output of 2 million chips, it is busy.",
        "capacity",
        &[
            "50000 wafers per month | monthly output of 50,000 wafers",
            "2000000 chips per year | annual output of 2 million chips",
        ],
    );
    check(
        "It turns out 20,000 fuel cell stacks per year.",
        "capacity",
        &["20000 stacks per year (fuel cell stacks) | 20,000 fuel cell stacks per year"],
    );
    // Savings, shares and head counts are not capacities.
    check("It will cut emissions by 500,000 tons annually.", "capacity", &[]);
    // Neither a zero nor a date's year is a capacity.
    check("The mill makes 0 tons.", "capacity", &[]);
    check("On March 14, 2025 tons of steel left the mill.", "capacity", &[]);
    check("The plant runs at 80 percent of capacity with 3,000 employees.", "capacity", &[]);
}

/// What a second phase will add is not what the project produces: it is no capacity, in either
/// language, and the first phase's figure in the same sentence still is.
#[test]
fn an_addition_is_not_a_capacity() {
    check(
        "At the Greenfield plant, the first phase has an annual capacity of 12 GWh. The second phase will add another 8 GWh per year.",
        "capacity",
        &["12 GWh per year → Greenfield plant | annual capacity of 12 GWh"],
    );
    check("The line added 300 tons of annual output.", "capacity", &[]);
    check("It will add 1.2 million tonnes a year.", "capacity", &[]);
    check("新增产能6万吨。", "capacity", &[]);
    check(
        "园区一期项目年产正极材料5万吨，已全面达产；二期项目计划新增年产能3万吨。",
        "capacity",
        &["50000 吨 per year (正极材料) → 园区一期项目 | 年产正极材料5万吨"],
    );
    check("该厂今年增加产能2万吨。", "capacity", &[]);
}

#[test]
fn chinese_capacities() {
    check(
        "陈之常来到比亚迪年产84万套驱动电机及电动总成核心零部件项目。",
        "capacity",
        &["840000 套 per year (驱动电机及电动总成核心零部件) → 比亚迪年产84万套驱动电机及电动总成核心零部件项目 | 年产84万套驱动电机及电动总成核心零部件"],
    );
    check("设计产能6万吨。", "capacity", &["60000 吨 | 产能6万吨"]);
    check("基地年产1.2亿剂疫苗。", "capacity", &["120000000 剂 per year (疫苗) | 年产1.2亿剂疫苗"]);
    check(
        "该项目年产能30万吨乙烯。",
        "capacity",
        &["300000 吨 per year (乙烯) | 年产能30万吨乙烯"],
    );
    check("月产2.5万吨聚丙烯。", "capacity", &["25000 吨 per month (聚丙烯) | 月产2.5万吨聚丙烯"]);
    check("项目年产碳纤维8000吨。", "capacity", &["8000 吨 per year (碳纤维) | 年产碳纤维8000吨"]);
    // A filler word of one character may begin what is counted (helper-71: 超薄玻璃 was
    // 薄玻璃); 能力 finishes the period word; a furnace's daily melt is counted per day.
    check(
        "年产超薄玻璃3000万片。",
        "capacity",
        &["30000000 片 per year (超薄玻璃) | 年产超薄玻璃3000万片"],
    );
    check(
        "年产近红外模组3000万片。",
        "capacity",
        &["30000000 片 per year (近红外模组) | 年产近红外模组3000万片"],
    );
    check("年处理能力120万片。", "capacity", &["1200000 片 per year | 年处理能力120万片"]);
    check("该项目日熔量1200吨。", "capacity", &["1200 吨 per day | 日熔量1200吨"]);
    check("电站装机容量30万千瓦。", "capacity", &["300000 千瓦 | 装机容量30万千瓦"]);
    // A period written after the unit: what is counted follows the period.
    check(
        "该基地产能84万吨/年聚丙烯。",
        "capacity",
        &["840000 吨 per year (聚丙烯) | 产能84万吨/年聚丙烯"],
    );
    check("预计每年减排二氧化碳8万吨，新建3个项目。", "capacity", &[]);
    // 年 before another verb states the period too (QA: "20亿颗" was shown as a one-off total).
    check(
        "项目建成后可形成年封装测试芯片20亿颗的能力。",
        "capacity",
        &["2000000000 颗 per year (芯片) | 年封装测试芯片20亿颗"],
    );
    check(
        "项目达产后年组装测试风机500台。",
        "capacity",
        &["500 台 per year (风机) | 年组装测试风机500台"],
    );
    // A period word after a number is a date's: what was made in that time is no capacity
    // (helper-74: 20,000 吨 per month, from 9月生产).
    check("比亚迪动力电池项目今年1至9月生产电池2万吨。", "capacity", &[]);
    check("该项目2023年生产电池2万吨。", "capacity", &[]);
    check("该项目九月生产电池2万吨。", "capacity", &[]);
    // Figures listed with 、 each count what stands right before them (helper-74: the second
    // counted 动力电池10GWh、储能电池); things listed before one figure are counted together.
    check(
        "宁德时代电池项目年产动力电池10GWh、储能电池5GWh。",
        "capacity",
        &[
            "10 GWh per year (动力电池) → 宁德时代电池项目 | 年产动力电池10GWh",
            "5 GWh per year (储能电池) → 宁德时代电池项目 | 年产动力电池10GWh、储能电池5GWh",
        ],
    );
    check(
        "宝武镁业项目年产镁合金、铝合金压铸件6万吨。",
        "capacity",
        &["60000 吨 per year (镁合金、铝合金压铸件) → 宝武镁业项目 | 年产镁合金、铝合金压铸件6万吨"],
    );
    // Digits before a 、 with no unit are part of what is counted; a figure after 从 that no
    // change follows is the project's (helper-75).
    check(
        "华为终端项目年产5G通信模组、智能终端等产品1000万套。",
        "capacity",
        &["10000000 套 per year (5G通信模组、智能终端等产品) | 年产5G通信模组、智能终端等产品1000万套"],
    );
    check(
        "宁德时代电池项目一期年产电池从2GWh起步。",
        "capacity",
        &["2 GWh per year (电池) → 宁德时代电池项目 | 年产电池从2GWh起步"],
    );
    // The same in English: the figure a change comes to is the project's (helper-75: neither).
    check(
        "The CATL battery project will expand its annual capacity from 10 GWh to 20 GWh.",
        "capacity",
        &["20 GWh per year → CATL battery project | annual capacity from 10 GWh to 20 GWh"],
    );
    // A figure a change starts from is no longer the project's (helper-74: 60,000 and 80,000).
    check(
        "比亚迪动力电池项目年产正极材料由6万吨提升至8万吨。",
        "capacity",
        &["80000 吨 per year (正极材料) → 比亚迪动力电池项目 | 年产正极材料由6万吨提升至8万吨"],
    );
    // A unit typed full-width is the same unit, written half-width in the data.
    check("储能项目年产能１２ＧＷｈ。", "capacity", &["12 GWh per year | 年产能１２ＧＷｈ"]);
}

#[test]
fn amounts_are_never_capacities() {
    check(
        "The project has a total investment of 4.5 billion yuan and an annual output value of 30 billion yuan.",
        "amount",
        &[
            "4500000000 yuan (total investment) | total investment of 4.5 billion yuan",
            "30000000000 yuan per year (annual output value) | annual output value of 30 billion yuan",
        ],
    );
    check(
        "Its owner has put RMB 6 billion into it.",
        "amount",
        &["6000000000 RMB | RMB 6 billion"],
    );
    check(
        "该项目总投资45亿元，年产值达12亿元。",
        "amount",
        &[
            "4500000000 元 (总投资) | 总投资45亿元",
            "1200000000 元 per year (年产值) | 年产值达12亿元",
        ],
    );
    check("The project has a total investment of 4.5 billion yuan.", "capacity", &[]);
    check("总投资45亿元。", "capacity", &[]);
    // A figure inside a date is part of the date ("20日元宵" is the 20th, not 20 yen); one
    // right after a date is a figure of its own.
    check("2月20日元宵节，市长调研。", "amount", &[]);
    check("2月20日元宵节，市长调研。", "date", &["2-20 | 2月20日"]);
    check("截至2月20日84万元到位。", "amount", &["840000 元 | 84万元"]);
    // A phase's investment says whose it is (helper-71: 一期 was dropped from the note).
    check(
        "海川电池项目总投资50亿元，其中一期工程投资20亿元。",
        "amount",
        &[
            "5000000000 元 (总投资) → 海川电池项目 | 总投资50亿元",
            "2000000000 元 (一期工程投资) → 海川电池项目 | 一期工程投资20亿元",
        ],
    );
}

#[test]
fn an_amount_goes_to_a_project_only_when_its_sentence_speaks_of_one() {
    let text = "At the Tianhe energy storage project, Zhou Bin learned about its progress. \
        The project has a total investment of 2.3 billion yuan. \
        The Lanxin chip packaging project has been put into operation. \
        He stressed that Changzhou should complete investment of 150 billion yuan this year. \
        The two projects have a total investment of 8 billion yuan.";
    check(
        text,
        "amount",
        &[
            "2300000000 yuan (total investment) → Tianhe energy storage project | total investment of 2.3 billion yuan",
            "150000000000 yuan (investment) | investment of 150 billion yuan",
            "8000000000 yuan (total investment) | total investment of 8 billion yuan",
        ],
    );
    // "It" or "Its" beginning the sentence is the project the sentence before speaks of.
    check(
        "The mayor visited the Tianhe energy storage project. It has a total investment of 2.3 billion yuan. \
        Its output value will reach 5 billion yuan.",
        "amount",
        &[
            "2300000000 yuan (total investment) → Tianhe energy storage project | total investment of 2.3 billion yuan",
            "5000000000 yuan (output value) → Tianhe energy storage project | output value will reach 5 billion yuan",
        ],
    );
}

#[test]
fn statuses_stated_as_done() {
    check(
        "The Tianyu biologics project is under construction and is expected to start trial production in June.",
        "status",
        &["under-construction → Tianyu biologics project | under construction"],
    );
    check(
        "Li Ming came to the Jianghuai fuel cell project, where construction started in January.",
        "status",
        &["construction-started → Jianghuai fuel cell project | construction started"],
    );
    // The status is in the next sentence, about the plant the paragraph is on.
    check(
        "At the Sunrise module plant, output is 12 gigawatts. The plant was put into operation last October.",
        "status",
        &["in-operation → Sunrise module plant | put into operation"],
    );
    check(
        "华星半导体晶圆厂月产5万片晶圆，已实现满产。",
        "status",
        &["full-production → 华星半导体晶圆厂 | 满产"],
    );
    check(
        "德尔塔机器人项目于去年11月开工建设。",
        "status",
        &["construction-started → 德尔塔机器人项目 | 开工建设"],
    );
    check(
        "天宇生物制品项目目前在建，计划6月试生产。",
        "status",
        &["under-construction → 天宇生物制品项目 | 在建"],
    );
    check(
        "东方钢铁再生资源项目一期工程正在加紧建设，预计年底竣工。",
        "status",
        &["under-construction → 东方钢铁再生资源项目 | 正在加紧建设"],
    );
    check("项目今年3月建成投产。", "status", &["in-operation | 建成投产"]);
    check(
        "光明光伏电站项目已进入试运行阶段。",
        "status",
        &["trial-production → 光明光伏电站项目 | 试运行"],
    );
    // "Planned" describes the capacity, not the operation.
    check(
        "The Silverline solar cell project has a planned capacity of 1.2 GW and was put into operation last month.",
        "status",
        &["in-operation → Silverline solar cell project | put into operation"],
    );
}

#[test]
fn plans_wishes_and_questions_are_not_statuses() {
    for text in [
        "He hoped that the enterprise would put the plant into operation as soon as possible.",
        "He hoped the enterprise to speed up the construction progress, put into operation as soon as possible.",
        "\"When will the plant reach full production?\" he asked.",
        "The project will be put into production in 2026.",
        "\"How is the progress of project construction?\"",
        "希望企业加快建设进度，早日投产达效。",
        "该项目预计年底投产。",
        "他要求企业尽快达产。",
        // A request earlier in the sentence, even with nothing else saying "not yet".
        "市长勉励企业抢抓机遇，实现满产。",
        "The mayor urged the enterprise, in its second phase, to reach full production.",
        "The Northgate plant is planned to be put into operation next year.",
        "Its planned capacity will be put into operation soon.",
        // A stage as the condition of what will follow (QA: these gave Full production, In
        // operation and 全面达产 on the cards).
        "At the Dongfang wind turbine project, after reaching full production the plant will assemble 500 turbines a year.",
        "Once put into production, the Xinghe metal project will process 1 million tons of scrap a year.",
        "Upon entering full production, it can make 40,000 motors a year.",
        "在东方电气装备项目，项目达产后年组装测试风机500台。",
        "该项目建成投产后可形成年产30万吨的能力。",
        // A stage planned for a time to come (helper-74: trial-production and in-operation).
        "Trial production is planned for next year at the Trina module project.",
        "The second line of the Trina module project is scheduled to be put into operation in May.",
        "天合光能组件项目明年上半年投产。",
    ] {
        check(text, "status", &[]);
    }
    // A stage stated as where the subject is stays, whatever is expected of it (helper-75).
    check(
        "The Trina module plant under construction is expected to start production in 2026.",
        "status",
        &["under-construction → Trina module plant | under construction"],
    );
    check(
        "上海光明年产10万吨乳制品项目已建成投产。",
        "status",
        &["in-operation → 上海光明年产10万吨乳制品项目 | 已建成投产"],
    );
    // A stage done is past, and its completion is not the project's (helper-74: both
    // equipment-installation and completed).
    check("Equipment installation at the Trina module project has been completed.", "status", &[]);
    // A later phase's stage is the phase's, not the project's (helper-74).
    check(
        "The Trina module project has started construction. Its second phase is in the planning stage.",
        "status",
        &["construction-started → Trina module project | started construction"],
    );
    check("The Phase II of the Trina module project was put into operation.", "status", &[]);
    // The stage reached stays when the next one is planned.
    check(
        "The Trina module project has started construction, and trial production is planned for next year.",
        "status",
        &["construction-started → Trina module project | started construction"],
    );
    // The same words stating a stage reached: no future after them, or no condition word.
    check(
        "After it was put into operation last year, the Xinghe plant doubled its output.",
        "status",
        &["in-operation → Xinghe plant | put into operation"],
    );
    check(
        "华星晶圆项目去年投产后，产量稳步提升。",
        "status",
        &["in-operation → 华星晶圆项目 | 投产"],
    );
}

/// A stage phrase that says when something else happens is no stage of a project: the
/// difficulties met while building (a native reviewer's finding: 项目建设中的困难和问题 gave 在建),
/// or 在 and a longer word (`在建设过程中`), unless what it describes after 的 is a project.
#[test]
fn a_stage_phrase_saying_when_something_else_happens_is_no_status() {
    for text in [
        "王建国指出，要及时协调解决项目建设中的困难和问题。",
        "王建国指出，项目在建设中遇到的问题要及时解决。",
        "王建国指出，要帮助企业解决在建设中的问题。",
        "王建国指出，项目建设中要坚持安全第一。",
        "王建国指出，在建设过程中要注重生态保护。",
        "王建国指出，施工中的安全隐患要及时排查。",
        "王建国指出，项目规划阶段的问题要提前研究。",
    ] {
        check(text, "status", &[]);
    }
    check(
        "星海储能电池项目目前建设中，预计明年投产。",
        "status",
        &["under-construction → 星海储能电池项目 | 建设中"],
    );
    check(
        "星海储能电池项目正在建设中。",
        "status",
        &["under-construction → 星海储能电池项目 | 正在建设"],
    );
    check(
        "星海储能电池项目仍在建设，预计明年投产。",
        "status",
        &["under-construction → 星海储能电池项目 | 在建设"],
    );
    check(
        "星海储能电池项目仍在建设中。",
        "status",
        &["under-construction → 星海储能电池项目 | 在建设中"],
    );
    check(
        "星海储能电池项目目前在建设阶段。",
        "status",
        &["under-construction → 星海储能电池项目 | 在建设阶段"],
    );
    check(
        "星海储能电池项目是全市目前建设中的重点项目。",
        "status",
        &["under-construction → 星海储能电池项目 | 建设中"],
    );
}

/// Phrasings a journalist's briefings had (QA, helper-58): a range, measure words before "of",
/// two capacities in one clause, parks and power stations.
#[test]
fn ranges_measure_words_and_second_figures() {
    // Either end of a range alone is a figure the text does not state.
    check(
        "The hydrogen project of Zhongqing Hydrogen will produce 50,000-80,000 tons of green hydrogen per year.",
        "capacity",
        &[],
    );
    check("The plant will make 3 to 5 million tons a year.", "capacity", &[]);
    check("The total investment is 3 to 5 billion yuan.", "amount", &[]);
    // The same in Chinese, however the range is joined (helper-74: each gave 50,000, one with
    // 镁合金3万至 as what was counted, one as "about").
    for range in ["3万至5万吨", "3-5万吨", "3万～5万吨", "3万吨至5万吨", "3万到5万吨"]
    {
        check(&format!("宝武镁业项目年产镁合金{range}。"), "capacity", &[]);
    }
    check("项目总投资3亿至5亿元。", "amount", &[]);
    check(
        "宝武镁业项目年产镁合金5万吨，总投资3亿元。",
        "capacity",
        &["50000 吨 per year (镁合金) → 宝武镁业项目 | 年产镁合金5万吨"],
    );
    // The measure word is the unit, what follows "of" is what it measures.
    check(
        "The Yuantong cable project has an annual output of over 30,000 kilometers of high-voltage cables.",
        "capacity",
        &["more-than 30000 kilometers per year (high-voltage cables) → Yuantong cable project | annual output of over 30,000 kilometers of high-voltage cables"],
    );
    check(
        "The Blue Harbor biopharmaceutical base has a planned annual output of 30 million vials of vaccines.",
        "capacity",
        &["30000000 vials per year (vaccines) → Blue Harbor biopharmaceutical base | annual output of 30 million vials of vaccines"],
    );
    // A figure after "and" is another capacity, not what the first counts.
    check(
        "The Haixing wind equipment project has an annual production capacity of 300 sets of wind turbines and 2 GW of towers.",
        "capacity",
        &[
            "300 sets per year (wind turbines) → Haixing wind equipment project | annual production capacity of 300 sets of wind turbines",
            "2 GW (towers) → Haixing wind equipment project | 2 GW of towers",
        ],
    );
    // A number word before a scale word is a figure; alone it is a count.
    check(
        "The Donggang forging project has an annual output of two million pieces of forgings.",
        "capacity",
        &["2000000 pieces per year (forgings) → Donggang forging project | annual output of two million pieces of forgings"],
    );
    check("Two projects make 300 tons.", "capacity", &["300 tons | make 300 tons"]);
    check("Two projects were visited.", "capacity", &[]);
}

/// A park or a power station is a project's head; a capitalised park is a place, and "the
/// projects in the park" speak of no one project.
#[test]
fn parks_and_power_stations_are_projects_and_a_park_named_as_a_place_is_not() {
    let text = "The auto parts industrial park of Xinhe Parts, with a total investment of 2.2 billion yuan, is under construction. The Donggang solar power station, with an installed capacity of 200 MW, was connected to the grid at the end of last year. The mayor then visited Suzhou Industrial Park.";
    check(
        text,
        "project",
        &[
            "auto parts industrial park [Xinhe Parts] | auto parts industrial park",
            "Donggang solar power station [Donggang] | Donggang solar power station",
        ],
    );
    check(
        text,
        "status",
        &[
            "under-construction → auto parts industrial park | under construction",
            "in-operation → Donggang solar power station | connected to the grid",
        ],
    );
    check(
        text,
        "amount",
        &["2200000000 yuan (total investment) → auto parts industrial park | total investment of 2.2 billion yuan"],
    );
    check("Secretary Han Wen inspects Suzhou industrial park projects.", "project", &[]);
}

#[test]
fn dates_with_only_what_is_written() {
    check("February 20, mayor Chen Zhichang visited.", "date", &["2-20 | February 20"]);
    check("On March 14, 2025, the governor came.", "date", &["2025-3-14 | March 14, 2025"]);
    check("20 February — the mayor came.", "date", &["2-20 | 20 February"]);
    check("On Feb. 3, 2025, she came.", "date", &["2025-2-3 | Feb. 3, 2025"]);
    check("2月20日，市长调研。", "date", &["2-20 | 2月20日"]);
    check("2025年3月14日，市长调研。", "date", &["2025-3-14 | 2025年3月14日"]);
    check("February 30 and 2月30日 do not exist; in January nobody came.", "date", &[]);
    // The days a month has: 30 in April, 28 in February of a year that is not a leap year
    // (1900 is not, as a century; 2000 is), 29 when the year is not written.
    check("On April 31, 2024, or April 30, 2024?", "date", &["2024-4-30 | April 30, 2024"]);
    check("On February 29, 2023 or February 29, 2024?", "date", &["2024-2-29 | February 29, 2024"]);
    check("On February 29, 1900 or February 29, 2000?", "date", &["2000-2-29 | February 29, 2000"]);
    check("On February 29 they met.", "date", &["2-29 | February 29"]);
    check("2023年2月29日或2024年2月29日？", "date", &["2024-2-29 | 2024年2月29日"]);
    check("13月1日，0月5日。", "date", &[]);
    // A range's year is the range's first day's too (QA: "September 2", no year).
    check(
        "From September 2 to 3, 2023, the mayor inspected projects.",
        "date",
        &["2023-9-2 | September 2 to 3, 2023"],
    );
    check("On May 6-7, 2024, he came.", "date", &["2024-5-6 | May 6-7, 2024"]);
    // With no year after it, the range's first day alone, as before.
    check("From September 2 to 3 the mayor came.", "date", &["9-2 | September 2"]);
}

#[test]
fn projects_and_their_names() {
    check(
        "In one afternoon he visited three projects: the Huaxing wafer plant, the Delta robotics project and the Lianfeng materials project. The Huaxing plant is busy.",
        "project",
        &[
            "Huaxing wafer plant [Huaxing] | Huaxing wafer plant",
            "Delta robotics project [Delta] | Delta robotics project",
            "Lianfeng materials project [Lianfeng] | Lianfeng materials project",
        ],
    );
    // A headline's "plant" and the text's "project" of one name are one project; of two names
    // ("wafer" and "module"), two.
    check(
        "Mayor inspects the Sunrise module plant\n\nThe mayor visited the Sunrise module project and the Sunrise wafer plant.",
        "project",
        &[
            "Sunrise module project [Sunrise] | Sunrise module project",
            "Sunrise wafer plant [Sunrise] | Sunrise wafer plant",
        ],
    );
    check(
        "Chen Zhichang came to Baowu magnesium industry annual output of 60,000 tons of magnesium, aluminum alloy die-casting project, asked in detail.",
        "project",
        &["Baowu magnesium industry annual output of 60,000 tons of magnesium, aluminum alloy die-casting project [Baowu] | Baowu magnesium industry annual output of 60,000 tons of magnesium, aluminum alloy die-casting project"],
    );
    // A formal name capitalises its head word; the figure in its sentence is its own, though a
    // later alias's enterprise ("Northwind") begins the name of the builder it states.
    let aliased = "At the Greenfield Battery Gigafactory, built by Northwind Energy Storage Co., she learned that the first phase, with an annual capacity of 12 GWh of cells, has entered trial production.\n\nBack at the gigafactory, now known locally as the Northwind plant, the mayor was told that the line had passed its fire safety acceptance.";
    check(
        aliased,
        "project",
        &[
            "Greenfield Battery Gigafactory [Northwind Energy Storage Co.] | Greenfield Battery Gigafactory",
            "Northwind plant [Northwind] | Northwind plant",
        ],
    );
    check(
        aliased,
        "capacity",
        &["12 GWh per year (cells) → Greenfield Battery Gigafactory | annual capacity of 12 GWh of cells"],
    );
    // Generic mentions are not projects.
    check(
        "Pay attention to key projects and the project construction of industrial city.",
        "project",
        &[],
    );
    check(
        "韩文一行先后察看了华星半导体晶圆厂、德尔塔机器人项目和联丰新材料项目。",
        "project",
        &[
            "华星半导体晶圆厂 | 华星半导体晶圆厂",
            "德尔塔机器人项目 | 德尔塔机器人项目",
            "联丰新材料项目 | 联丰新材料项目",
        ],
    );
    check(
        "在宝武镁业年产6万吨镁铝合金压铸项目，他询问项目推进情况。",
        "project",
        &["宝武镁业年产6万吨镁铝合金压铸项目 [宝武镁业] | 宝武镁业年产6万吨镁铝合金压铸项目"],
    );
    check("市长调研重点产业项目建设，走进厂房。", "project", &[]);
    // A decimal point belongs to the name.
    check(
        "市长走进年产1.2万吨碳纤维项目现场。",
        "project",
        &["年产1.2万吨碳纤维项目 | 年产1.2万吨碳纤维项目"],
    );
}

/// Words before 项目 that are a request (要求各部门强化项目调度), a target (年内新签约亿元以上项目) or a
/// count (江北新区三个项目) name no project; a second name for a site that differs in its head
/// (星海电池工厂 for 星海储能电池项目) is the same project, not a second one.
#[test]
fn chinese_directives_targets_and_counts_are_not_projects() {
    check(
        "刘建国强调，要求各部门强化项目调度，落实“拿地即开工”。要求各区加大招商引资力度，年内新签约亿元以上项目不少于100个。",
        "project",
        &[],
    );
    check("市长调研江北新区三个项目", "project", &[]);
    check("市长调研5家企业项目和一批重大项目。", "project", &[]);
    // How one project is getting on (建设情况) ends its name; projects' construction (项目建设), or
    // a question about them (询问项目进展情况), names none (helper-68).
    check(
        "市长走进武进工业园，实地察看欣旺达储能电池项目建设情况。项目总投资35亿元。",
        "amount",
        &["3500000000 元 (总投资) → 欣旺达储能电池项目 | 总投资35亿元"],
    );
    check("王涛调研浦口区新能源项目建设", "project", &[]);
    check(
        "在联丰新材料项目，韩文询问项目进展情况。",
        "project",
        &["联丰新材料项目 | 联丰新材料项目"],
    );
    let text = "随后，刘建国来到星海储能电池项目。该项目规划产能20GWh。\n在星海电池工厂，刘建国得知首条产线已完成消防验收。";
    check(text, "project", &["星海储能电池项目 | 星海储能电池项目"]);
    let sentences: Vec<(String, usize)> =
        project_sentences(text).into_iter().map(|(name, quotes)| (name, quotes.len())).collect();
    assert_eq!(sentences, [("星海储能电池项目".to_string(), 3)]);
    // Names of different things that share their first characters stay apart.
    check(
        "在江北新区电池项目和江北新区钢铁项目，赵东了解生产情况。",
        "project",
        &["江北新区电池项目 | 江北新区电池项目", "江北新区钢铁项目 | 江北新区钢铁项目"],
    );
}

/// A company named after 由 with a verb of building or running (由…投资建设) owns the one project its
/// sentence is about; a contractor (由…承建) does not.
#[test]
fn a_company_that_builds_the_project_is_its_enterprise() {
    check(
        "市长来到华夏整车项目现场。该项目由华夏新能源汽车有限公司投资建设，设计年产整车12万辆。",
        "project",
        &["华夏整车项目 [华夏新能源汽车有限公司] | 华夏整车项目"],
    );
    check(
        "市长来到华夏整车项目现场。该项目由中建三局集团有限公司承建，设计年产整车12万辆。",
        "project",
        &["华夏整车项目 | 华夏整车项目"],
    );
}

/// An amount keeps the words that say what it is: spent so far (已完成投资), or a year's (年销售收入,
/// which gives it its period), not only 投资 or 销售收入.
#[test]
fn a_chinese_amount_keeps_the_words_that_say_what_it_is() {
    check(
        "星海储能项目已完成投资5亿元，达产后年销售收入可达20亿元。",
        "amount",
        &[
            "500000000 元 (已完成投资) → 星海储能项目 | 已完成投资5亿元",
            "2000000000 元 per year (年销售收入) → 星海储能项目 | 年销售收入可达20亿元",
        ],
    );
    // A sum converted into another currency (约合) is about as much.
    check(
        "天元新材料项目总投资3亿美元（约合人民币21亿元）。",
        "amount",
        &[
            "300000000 美元 (总投资) → 天元新材料项目 | 总投资3亿美元",
            "about 2100000000 元 (总投资) → 天元新材料项目 | 总投资3亿美元（约合人民币21亿元",
        ],
    );
}

/// A comma grouping a figure's thousands ends no clause: the plan word before the figure still
/// holds what follows it (helper-71: "at full capacity" was a status of its own).
#[test]
fn a_figures_thousands_comma_does_not_end_its_clause() {
    check(
        "The Taifeng chip packaging project, which will produce 500,000 sets a year at full capacity, has been put into operation.",
        "status",
        &["in-operation → Taifeng chip packaging project | put into operation"],
    );
}

/// A project built is at its own stage, unless a later one follows in the same clause; work
/// completed that is not the project's building is no stage.
#[test]
fn a_completed_project_is_at_the_completed_stage() {
    check(
        "The Xinhe battery project was completed in June.",
        "status",
        &["completed → Xinhe battery project | project was completed"],
    );
    check(
        "Construction of the Xinhe battery plant was completed last year.",
        "status",
        &["completed → Xinhe battery plant | Construction of the Xinhe battery plant was completed"],
    );
    check(
        "The Xinhe battery project has completed construction and passed the completion acceptance.",
        "status",
        &[
            "completed → Xinhe battery project | completed construction",
            "completed → Xinhe battery project | passed the completion acceptance",
        ],
    );
    check("星海电池项目已竣工。", "status", &["completed → 星海电池项目 | 已竣工"]);
    check("星海电池项目已完成竣工验收。", "status", &["completed → 星海电池项目 | 完成竣工验收"]);
    // Completed, then a later stage joined to it: the project is at the later one.
    check(
        "The Xinhe battery project was completed and put into operation in May.",
        "status",
        &["in-operation → Xinhe battery project | put into operation"],
    );
    check(
        "The Xinhe battery plant was completed, and is now in trial production.",
        "status",
        &["trial-production → Xinhe battery plant | trial production"],
    );
    check("星海电池项目已竣工投产。", "status", &["in-operation → 星海电池项目 | 已竣工投产"]);
    check(
        "星海电池项目已建成，目前正在试生产。",
        "status",
        &["trial-production → 星海电池项目 | 试生产"],
    );
    check("星海电池项目竣工后已投产。", "status", &["in-operation → 星海电池项目 | 已投产"]);
    // Not joined: a stage in another clause of its own stands.
    check(
        "The Xinhe battery plant was completed in May; its second line is in trial production.",
        "status",
        &[
            "completed → Xinhe battery plant | plant was completed",
            "trial-production → Xinhe battery plant | trial production",
        ],
    );
    // Work completed is not the project built, and completion planned is not done.
    check("The Xinhe battery project has completed the preliminary work.", "status", &[]);
    // helper-71: the work for the project, not the project, was completed.
    check(
        "The preliminary work for the Xinhe battery project was completed in March.",
        "status",
        &[],
    );
    check("The design work for the Xinhe battery plant has been completed.", "status", &[]);
    check("星海电池项目预计年底竣工。", "status", &[]);
    check(
        "The Xinhe battery project is expected to be completed by the end of the year.",
        "status",
        &[],
    );
}

/// Planning and equipment installation are stages too; asked for, they are none.
#[test]
fn planning_and_equipment_installation_are_stages() {
    check(
        "The Delta Steel project is at the planning stage.",
        "status",
        &["planning → Delta Steel project | at the planning stage"],
    );
    check(
        "The Delta Steel project is under construction and equipment is being installed.",
        "status",
        &[
            "under-construction → Delta Steel project | under construction",
            "equipment-installation → Delta Steel project | equipment is being installed",
        ],
    );
    check(
        "华夏整车项目目前已进入设备安装调试阶段。",
        "status",
        &["equipment-installation → 华夏整车项目 | 设备安装调试"],
    );
    check(
        "星海储能电池项目仍处于前期规划阶段。",
        "status",
        &["planning → 星海储能电池项目 | 处于前期规划"],
    );
    // Work done before building is no stage the project is in.
    check("星海储能电池项目已完成前期手续。", "status", &[]);
    check("The Delta Steel project has completed the preliminary work.", "status", &[]);
    check("刘建国要求华夏整车项目加快设备安装。", "status", &[]);
    // A stage the text says is over is not the one the project is in.
    check("华夏整车项目已完成设备安装调试。", "status", &[]);
    // Nor one it is only close to.
    check("宝武镁业项目已接近满产。", "status", &[]);
    check("The Delta Steel project is nearing full production.", "status", &[]);
    check("宝武镁业项目最近投产。", "status", &["in-operation → 宝武镁业项目 | 投产"]);
    check("The Delta Steel project has completed trial production.", "status", &[]);
    check(
        "The Delta Steel project has completed trial production and was put into operation.",
        "status",
        &["in-operation → Delta Steel project | put into operation"],
    );
}

/// An English bound may follow the figure's unit ("840,000 sets or more"), before its period or
/// after it, and the quote keeps those words and the period.
#[test]
fn a_bound_after_the_unit_is_kept_with_the_period() {
    check(
        "The BYD motor project makes 840,000 sets or more a year.",
        "capacity",
        &["at-least 840000 sets per year → BYD motor project | makes 840,000 sets or more a year"],
    );
    check(
        "The BYD motor project makes 840,000 sets of drive motors or more a year.",
        "capacity",
        &["at-least 840000 sets per year (drive motors) → BYD motor project | makes 840,000 sets of drive motors or more a year"],
    );
    check(
        "The Sunrise Solar project will produce 5 GW a year or so.",
        "capacity",
        &["about 5 GW per year → Sunrise Solar project | produce 5 GW a year or so"],
    );
    check(
        "The Delta Steel project has an annual capacity of 20,000 tons or less.",
        "capacity",
        &["up-to 20000 tons per year → Delta Steel project | annual capacity of 20,000 tons or less"],
    );
    // Only the whole words bound: "or sometimes" is not "or so".
    check(
        "The Delta Steel project makes 20,000 tons a year, or sometimes less.",
        "capacity",
        &["20000 tons per year → Delta Steel project | makes 20,000 tons a year"],
    );
}

/// A figure the text bounds ("more than 840,000", 近6万) keeps its bound, and its quote the
/// words that say it; in Chinese also within (6万余吨) or after (10GWh左右, 5万吨以上) the figure.
#[test]
fn bounded_figures_keep_their_bound() {
    check(
        "The Delta Steel project has an annual output of over 840,000 tons of steel.",
        "capacity",
        &["more-than 840000 tons per year (steel) → Delta Steel project | annual output of over 840,000 tons of steel"],
    );
    check(
        "The Sunrise Solar project will produce nearly 5 GW of panels a year.",
        "capacity",
        &["nearly 5 GW per year (panels) → Sunrise Solar project | produce nearly 5 GW of panels a year"],
    );
    check(
        "The Jade motors project has an annual capacity of at least 2 million sets.",
        "capacity",
        &["at-least 2000000 sets per year → Jade motors project | annual capacity of at least 2 million sets"],
    );
    check(
        "恒通精密轴承项目总投资超过20亿元。",
        "amount",
        &["more-than 2000000000 元 (总投资) → 恒通精密轴承项目 | 总投资超过20亿元"],
    );
    check(
        "宝武镁业项目年产6万余吨镁合金。",
        "capacity",
        &["more-than 60000 吨 per year (镁合金) → 宝武镁业项目 | 年产6万余吨镁合金"],
    );
    check(
        "星海储能项目规划年产储能电池10GWh左右。",
        "capacity",
        &["about 10 GWh per year (储能电池) → 星海储能项目 | 年产储能电池10GWh左右"],
    );
    check(
        "华宇隔膜项目年产隔膜近8亿平方米。",
        "capacity",
        &["nearly 800000000 平方米 per year (隔膜) → 华宇隔膜项目 | 年产隔膜近8亿平方米"],
    );
}

/// A negated bound is the other way round ("no more than" is at most, 不超过 too); a word that
/// only ends like a bound (签约, 最近, "handed over") is none; "up to" a total reached is none;
/// the bound's words are no part of what is counted.
#[test]
fn bounds_are_read_the_right_way_round_and_only_where_they_bound() {
    check(
        "The Delta Steel project has an annual output of no more than 840,000 tons of steel.",
        "capacity",
        &["up-to 840000 tons per year (steel) → Delta Steel project | annual output of no more than 840,000 tons of steel"],
    );
    check(
        "The Delta Steel project has an annual output of less than 5,000 tons of steel.",
        "capacity",
        &["less-than 5000 tons per year (steel) → Delta Steel project | annual output of less than 5,000 tons of steel"],
    );
    check(
        "The city handed over 5 million yuan to the Delta Steel project.",
        "amount",
        &["5000000 yuan → Delta Steel project | 5 million yuan"],
    );
    check(
        "The Sunrise Solar project, bringing annual capacity up to 20 GWh, is in operation.",
        "capacity",
        &["20 GWh per year → Sunrise Solar project | annual capacity up to 20 GWh"],
    );
    check(
        "宝武镁业项目年产能不超过5万吨。",
        "capacity",
        &["up-to 50000 吨 per year → 宝武镁业项目 | 年产能不超过5万吨"],
    );
    check(
        "宝武镁业项目年产能逾5万吨。",
        "capacity",
        &["more-than 50000 吨 per year → 宝武镁业项目 | 年产能逾5万吨"],
    );
    check(
        "宝武镁业项目年产镁合金超过 20余万吨。",
        "capacity",
        &["more-than 200000 吨 per year (镁合金) → 宝武镁业项目 | 年产镁合金超过 20余万吨"],
    );
    check(
        "宝武镁业项目年产镁合金5万吨/年以上。",
        "capacity",
        &["more-than 50000 吨 per year (镁合金) → 宝武镁业项目 | 年产镁合金5万吨/年以上"],
    );
    check("宝武镁业项目现场签约15亿元。", "amount", &["1500000000 元 → 宝武镁业项目 | 15亿元"]);
    // 不少于 is at least, not 少于's less than; 提升至 ("raised to") is no part of what is counted.
    check(
        "恒通精密轴承项目年产不少于5万吨轴承。",
        "capacity",
        &["at-least 50000 吨 per year (轴承) → 恒通精密轴承项目 | 年产不少于5万吨轴承"],
    );
    check(
        "宝武镁业项目产能提升至20GWh以上。",
        "capacity",
        &["more-than 20 GWh → 宝武镁业项目 | 产能提升至20GWh以上"],
    );
    // 将 and 预计 say what the figure will be, not what is counted.
    check(
        "中天钢铁项目二期建成后年处理废钢将达200万吨。",
        "capacity",
        &["2000000 吨 per year (废钢) → 中天钢铁项目 | 年处理废钢将达200万吨"],
    );
    check(
        "中天钢铁项目年产特钢预计达50万吨。",
        "capacity",
        &["500000 吨 per year (特钢) → 中天钢铁项目 | 年产特钢预计达50万吨"],
    );
    check(
        "The Jade Motors project will produce some 40,000 tons a year.",
        "capacity",
        &["about 40000 tons per year → Jade Motors project | produce some 40,000 tons a year"],
    );
    // From a probe (helper-61): 最高可达, 逼近, 及以上, 上下 (not 上下游), "not under", "costing up to",
    // "signed over".
    check(
        "天合光伏项目年产组件最高可达5GW。",
        "capacity",
        &["up-to 5 GW per year (组件) → 天合光伏项目 | 年产组件最高可达5GW"],
    );
    check(
        "宝武镁业项目产能逼近10万吨。",
        "capacity",
        &["nearly 100000 吨 → 宝武镁业项目 | 产能逼近10万吨"],
    );
    check(
        "星海储能项目年产电芯5GWh及以上。",
        "capacity",
        &["at-least 5 GWh per year (电芯) → 星海储能项目 | 年产电芯5GWh及以上"],
    );
    check(
        "星海储能项目年产值30亿元上下。",
        "amount",
        &["about 3000000000 元 per year (年产值) → 星海储能项目 | 年产值30亿元上下"],
    );
    check(
        "星海储能项目年产值30亿元上下游企业。",
        "amount",
        &["3000000000 元 per year (年产值) → 星海储能项目 | 年产值30亿元"],
    );
    check(
        "The Delta Steel project has an output of not under 5,000 tons a year.",
        "capacity",
        &["at-least 5000 tons per year → Delta Steel project | output of not under 5,000 tons a year"],
    );
    check(
        "The Delta Steel project's Phase II, costing up to 2 billion yuan, signed over 3 billion yuan in contracts.",
        "amount",
        &[
            "up-to 2000000000 yuan → Delta Steel project | up to 2 billion yuan",
            "more-than 3000000000 yuan → Delta Steel project | over 3 billion yuan",
        ],
    );
    // A period after the bound (5万吨以上/年) is the figure's, as one before it is.
    check(
        "宝武镁业项目产能为5万吨以上/年。",
        "capacity",
        &["more-than 50000 吨 per year → 宝武镁业项目 | 产能为5万吨以上/年"],
    );
}

/// A company's seat in brackets (华润微电子（无锡）有限公司) is part of its name, not where the name
/// starts; a bracket that closes a remark, or holds a long one, still ends the name before it.
#[test]
fn a_bracketed_seat_is_part_of_a_company_name() {
    check(
        "市长来到华润微电子（无锡）有限公司功率器件项目，了解项目进展。",
        "project",
        &["华润微电子（无锡）有限公司功率器件项目 [华润微电子（无锡）有限公司] | 华润微电子（无锡）有限公司功率器件项目"],
    );
    check(
        "刘建国听取了华润微电子(无锡)有限公司负责人的汇报。园区一期项目年产正极材料5万吨。",
        "project",
        &["园区一期项目 [华润微电子(无锡)有限公司] | 园区一期项目"],
    );
    // A list's number in brackets before the name is no part of it.
    check(
        "（一）恒通精密轴承项目已全面达产。",
        "project",
        &["恒通精密轴承项目 | 恒通精密轴承项目"],
    );
    check("(2)恒通精密轴承项目已全面达产。", "project", &["恒通精密轴承项目 | 恒通精密轴承项目"]);
    // A remark in brackets before the name is no part of it.
    check(
        "随后（据介绍，该区今年共有四十个重点项目在建）恒通精密轴承项目已全面达产。",
        "project",
        &["恒通精密轴承项目 | 恒通精密轴承项目"],
    );
}

/// A company whose head reports (天元新材料股份有限公司负责人) in a sentence about one project is that
/// project's enterprise when its name gives none; with two projects to choose from, it is
/// neither's, and so with two companies, or a head who reports on a topic of his own.
#[test]
fn a_company_whose_head_reports_on_the_one_project_is_its_enterprise() {
    check(
        "在江北锂电材料产业园，刘建国听取了天元新材料股份有限公司负责人的汇报。园区一期项目年产正极材料5万吨，已全面达产。",
        "project",
        &["园区一期项目 [天元新材料股份有限公司] | 园区一期项目"],
    );
    check(
        "刘建国听取了天元新材料股份有限公司负责人的汇报。园区一期项目和恒通精密轴承项目已全面达产。",
        "project",
        &["园区一期项目 | 园区一期项目", "恒通精密轴承项目 | 恒通精密轴承项目"],
    );
    // No company is linked where none is named ("the companies concerned"), where the head
    // reports on a topic of its own, or where the paragraph hears two companies.
    let unlinked = ["园区一期项目 | 园区一期项目"];
    check("在园区一期项目现场，刘建国听取了有关公司负责人的汇报。", "project", &unlinked);
    check(
        "园区一期项目年产正极材料5万吨。市领导还听取了中建三局集团公司负责人关于全市建筑业的汇报。",
        "project",
        &unlinked,
    );
    // A directive's verbs and a headline's industry name no project (QA: 全力推动项目,
    // 要全力推动项目 and 新能源项目 became project cards).
    for text in [
        "王海涛强调，各部门要强化要素保障，全力推动项目早建成、早投产、早见效。",
        "周强强调，要全力推动项目早投产、早见效。",
        "李建国市长赴江阴调研新能源项目",
        "市长调研新材料项目。",
    ] {
        check(text, "project", &[]);
    }
    check(
        "刘建国听取了中建三局集团公司负责人和天元新材料股份有限公司负责人的汇报。园区一期项目年产正极材料5万吨。",
        "project",
        &unlinked,
    );
}

/// An enterprise the text states right after a mention ("of Bluewater Metals", "built by
/// Northwind Energy Storage Co.") is taken whole, before a guess from the name's first words;
/// a Chinese name that begins with a company's full name gives that name (华夏新能源汽车有限公司).
#[test]
fn an_enterprise_the_text_states_is_taken_whole() {
    check(
        "At the Harbor Steel recycling plant of Bluewater Metals, which is under construction, the mayor looked around.",
        "project",
        &["Harbor Steel recycling plant [Bluewater Metals] | Harbor Steel recycling plant"],
    );
    check(
        "At the Lakeside cell plant, built by Northwind Energy Storage Co., Okafor learned more.",
        "project",
        &["Lakeside cell plant [Northwind Energy Storage Co.] | Lakeside cell plant"],
    );
    // "Co., Ltd." is one name, comma and all (QA: drafted as "Huaneng New Energy Co.").
    check(
        "At the Greenfield Battery Gigafactory of Huaneng New Energy Co., Ltd., she learned more.",
        "project",
        &["Greenfield Battery Gigafactory [Huaneng New Energy Co., Ltd.] | Greenfield Battery Gigafactory"],
    );
    check(
        "The mayor toured the Lakeside cell plant of Northwind Energy.",
        "project",
        &["Lakeside cell plant [Northwind Energy] | Lakeside cell plant"],
    );
    // The name ends with its sentence (QA: "Hengtai New Materials. The"), after an
    // abbreviation too when the next word begins a sentence; initials go on.
    check(
        "Zhou Weiming first came to the separator project of Hengtai New Materials. The project has a total investment of 1.5 billion yuan.",
        "project",
        &["separator project [Hengtai New Materials] | separator project"],
    );
    check(
        "The mayor toured the steel project of Huaneng New Energy Co. The plant is busy.",
        "project",
        &["steel project [Huaneng New Energy Co.] | steel project"],
    );
    check(
        "The mayor toured the steel project of U.S. Steel Harbor Works.",
        "project",
        &["steel project [U.S. Steel Harbor Works] | steel project"],
    );
    // A head before another ("mill project") is part of the name the second ends.
    check(
        "The Eastbay rolling mill project of Huatai Metals has an annual capacity of 3 million tons.",
        "project",
        &["Eastbay rolling mill project [Huatai Metals] | Eastbay rolling mill project"],
    );
    // A name of common words is a project's when the words after it state its enterprise
    // (QA finding: "the … project of Huatai Metals" was never suggested), but not when they
    // name a place the text writes as one.
    check(
        "At the high-precision copper strip project of Huatai Metals, Li Hongwei learned more.",
        "project",
        &["high-precision copper strip project [Huatai Metals] | high-precision copper strip project"],
    );
    check(
        "The photovoltaic glass plant, built by Kaisheng Glass Co., is under construction.",
        "project",
        &["photovoltaic glass plant [Kaisheng Glass Co.] | photovoltaic glass plant"],
    );
    check("The mayor of Wujin visited the new energy project of Wujin on Monday.", "project", &[]);
    check(
        "在华夏新能源汽车有限公司整车项目现场，刘建国详细了解项目建设进展。",
        "project",
        &["华夏新能源汽车有限公司整车项目 [华夏新能源汽车有限公司] | 华夏新能源汽车有限公司整车项目"],
    );
}

#[test]
fn officials_and_those_taking_part() {
    // A two-character name before punctuation and a space keeps only its Han characters.
    check(
        "副市长王伟， 区长李明参加。",
        "official",
        &["王伟 (副市长) | 王伟", "李明 (区长) taking part | 李明"],
    );
    check(
        "February 20, mayor Chen Zhichang special research key industrial project construction. He stressed the instructions of General Secretary Xi Jinping. City leaders Liu Wei, Wu Wei, Huang Hui respectively.",
        "official",
        &[
            "Chen Zhichang (mayor) | Chen Zhichang",
            "Liu Wei (City leaders) taking part | Liu Wei",
            "Wu Wei (City leaders) taking part | Wu Wei",
            "Huang Hui (City leaders) taking part | Huang Hui",
        ],
    );
    check(
        "On April 8, Party Secretary Han Wen inspected projects, accompanied by Vice Mayor Gao Yan.",
        "official",
        &["Han Wen (Party Secretary) | Han Wen", "Gao Yan (Vice Mayor) taking part | Gao Yan"],
    );
    // A title after the name, set off by a comma, as translations often write it (QA finding:
    // these were missed); one found by its title before the name is not found twice.
    check(
        "Mayor Gao Lin visited, accompanied by Liu Fang, deputy secretary-general of the municipal government, and Chen Bo, head of the Municipal Bureau of Industry.",
        "official",
        &[
            "Gao Lin (Mayor) | Gao Lin",
            "Liu Fang (deputy secretary-general of the municipal government) taking part | Liu Fang",
            "Chen Bo (head of the Municipal Bureau of Industry) taking part | Chen Bo",
        ],
    );
    // A title inside a role written after the name is that role's, not one before a name
    // (helper-74: "Party" was an official, Wang Xiaodong none).
    check(
        "On May 6, 2024, Wang Xiaodong, deputy secretary of the municipal Party committee and mayor, inspected projects.",
        "official",
        &["Wang Xiaodong (deputy secretary of the municipal Party committee and mayor) | Wang Xiaodong"],
    );
    // A title before the name may say whose it is, as a translation of 市政府秘书长孙海涛 does;
    // a title in the plural lists those taking part (helper-71: these were missed).
    check(
        "Mayor Wang Jianfeng visited. Vice mayor Zhao Lin, secretary-general of the municipal government Sun Haitao participated.",
        "official",
        &[
            "Wang Jianfeng (Mayor) | Wang Jianfeng",
            "Zhao Lin (Vice mayor) taking part | Zhao Lin",
            "Sun Haitao (secretary-general of the municipal government) taking part | Sun Haitao",
        ],
    );
    for listed in [
        "Vice mayors Zhao Lin and Qian Bo accompanied him.",
        "Vice mayors Zhao Lin, Qian Bo participated.",
    ] {
        check(
            &format!("Mayor Wang Jianfeng visited. {listed}"),
            "official",
            &[
                "Wang Jianfeng (Mayor) | Wang Jianfeng",
                "Zhao Lin (Vice mayors) taking part | Zhao Lin",
                "Qian Bo (Vice mayors) taking part | Qian Bo",
            ],
        );
    }
    // A headline's verb is no part of the name; in Chinese, the verb after a title that a
    // headline writes after the name is no name (QA: "Zhou Jianguo Inspects", "赴江阴").
    check(
        "Mayor Zhou Jianguo Inspects Key Industrial Projects in Xuzhou",
        "official",
        &["Zhou Jianguo (Mayor) | Zhou Jianguo"],
    );
    check(
        "李建国市长赴江阴调研新能源项目\n\n3月5日，市长李建国赴江阴调研。",
        "official",
        &["李建国 (市长) | 李建国"],
    );
    check(
        "Mayor Li Hongwei, director of the steering group, spoke. Huatai Metals, the enterprise, grew.",
        "official",
        &["Li Hongwei (Mayor) | Li Hongwei"],
    );
    check(
        "2月20日，市长陈之常专题调研。市领导刘伟、吴伟、黄辉分别参加。",
        "official",
        &[
            "陈之常 (市长) | 陈之常",
            "刘伟 (市领导) taking part | 刘伟",
            "吴伟 (市领导) taking part | 吴伟",
            "黄辉 (市领导) taking part | 黄辉",
        ],
    );
    check(
        "市长周强赴江北新区调研，副市长孙丽、市政府秘书长马骏参加。",
        "official",
        &[
            "周强 (市长) | 周强",
            "孙丽 (副市长) taking part | 孙丽",
            "马骏 (市政府秘书长) taking part | 马骏",
        ],
    );
    // A title before names listed with 、 is each one's (helper-74: 刘洋 was missed).
    check(
        "市长周强调研重点项目。副市长陈静、刘洋参加调研。",
        "official",
        &[
            "周强 (市长) | 周强",
            "陈静 (副市长) taking part | 陈静",
            "刘洋 (副市长) taking part | 刘洋",
        ],
    );
    // A list stops at a title or a group (helper-75: 区领导 and 秘书长 were officials).
    check(
        "市长周强调研重点项目。副市长陈静、区领导参加调研。",
        "official",
        &["周强 (市长) | 周强", "陈静 (副市长) taking part | 陈静"],
    );
    // A department's head is an official after the department's name (市发改委主任, 区商务局副局长),
    // which stays in the title as the text gives it, not alone: 车间主任 heads a workshop.
    check(
        "3月8日，市长刘建国调研。副市长王芳、市发改委主任陈明参加调研。区商务局副局长李强陪同。车间主任张伟介绍了生产情况。",
        "official",
        &[
            "刘建国 (市长) | 刘建国",
            "王芳 (副市长) taking part | 王芳",
            "陈明 (市发改委主任) taking part | 陈明",
            "李强 (区商务局副局长) taking part | 李强",
        ],
    );
    // A headline's "Mayor Li" is the text's "Mayor Li Ming": one official, by the full name;
    // under another title, a shorter name may be someone else.
    check(
        "Mayor Li inspects solar projects in Hefei\n\nOn March 3, Mayor Li Ming visited the Sungrow inverter project.",
        "official",
        &["Li Ming (Mayor) | Li Ming"],
    );
    check(
        "On March 3, Mayor John Smith visited the plant. Mayor Smith said the line was ready.",
        "official",
        &["John Smith (Mayor) | John Smith"],
    );
    check(
        "On March 3, Party Secretary Li inspected the plant, accompanied by Mayor Li Ming.",
        "official",
        &["Li (Party Secretary) | Li", "Li Ming (Mayor) taking part | Li Ming"],
    );
    // A second official whose sentence does not say they took part is not a participant.
    check(
        "On April 8, Party Secretary Han Wen inspected the Foo plant. Vice Mayor Gao Yan inspected the Bar mill.",
        "official",
        &["Han Wen (Party Secretary) | Han Wen", "Gao Yan (Vice Mayor) | Gao Yan"],
    );
}

/// A deputy's title is read whole, with the organ or department the text writes before it: a
/// 副秘书长 read as 秘书长 would promote its holder, an error that gets a briefing sent back
/// (a native reviewer's finding: 市政府副秘书长李明 was suggested as 秘书长, 市发展改革委主任张华 as 主任).
#[test]
fn a_deputys_title_is_read_whole_with_whose_it_is() {
    check(
        "11月12日，副市长王建国率队调研。市政府副秘书长李明、市发展改革委主任张华参加调研。",
        "official",
        &[
            "王建国 (副市长) | 王建国",
            "李明 (市政府副秘书长) taking part | 李明",
            "张华 (市发展改革委主任) taking part | 张华",
        ],
    );
    for role in [
        "副秘书长",
        "市政府常务副秘书长",
        "市委副秘书长",
        "区委常务副书记",
        "常务副区长",
        "市商务局局长",
        "区工信局副局长",
        "区工信局常务副局长",
        "市发改委常务副主任",
        "省工信厅副厅长",
        "市委宣传部副部长",
        "市发改委副巡视员",
        "江北新区管委会副主任",
        "市人力资源和社会保障局局长",
        "市纪委书记",
    ] {
        check(
            &format!("市长周强调研重点项目。{role}孙海参加调研。"),
            "official",
            &["周强 (市长) | 周强", &format!("孙海 ({role}) taking part | 孙海")],
        );
    }
    // The department begins after the word that ends what came before it, not with it.
    check(
        "市长周强在市发改委主任陈明陪同下调研。",
        "official",
        &["周强 (市长) | 周强", "陈明 (市发改委主任) taking part | 陈明"],
    );
}

/// A title is read with the words that say how its holder holds it, as a native reader reads
/// them (a native reviewer's findings): 代 (acting) and 挂职 (seconded) stay in the title, so that
/// an acting mayor is not promoted to mayor, and 原 (former) stays too, so that a former mayor is
/// not read as serving. A department's Party group, its ranks (一级巡视员) and a second post after
/// 、 or 兼 stay in the title as well.
#[test]
fn a_title_keeps_how_its_holder_holds_it() {
    for (written, role) in [
        ("代市长王建国", "代市长"),
        ("代理市长王建国", "代理市长"),
        ("原市长王建国", "原市长"),
        ("市委原书记王建国", "市委原书记"),
        ("原市委书记王建国", "原市委书记"),
        ("市发改委原主任王建国", "市发改委原主任"),
        ("原市发改委主任王建国", "原市发改委主任"),
        ("太原市发改委主任王建国", "太原市发改委主任"),
        ("挂职副县长王建国", "挂职副县长"),
        ("市发展改革委党组书记、主任王建国", "市发展改革委党组书记、主任"),
        ("市工信局党委书记、局长王建国", "市工信局党委书记、局长"),
        ("市商务局党组副书记、副局长王建国", "市商务局党组副书记、副局长"),
        ("市发改委党组成员、副主任王建国", "市发改委党组成员、副主任"),
        ("市发改委党组成员、一级巡视员王建国", "市发改委党组成员、一级巡视员"),
        ("市发改委一级巡视员王建国", "市发改委一级巡视员"),
        ("区工信局二级巡视员王建国", "区工信局二级巡视员"),
        ("区工信局一级调研员王建国", "区工信局一级调研员"),
        ("市政府党组成员、副市长王建国", "市政府党组成员、副市长"),
        ("副市长兼市公安局局长王建国", "副市长兼市公安局局长"),
        (
            "市委常委、常务副市长兼江北新区党工委书记王建国",
            "市委常委、常务副市长兼江北新区党工委书记",
        ),
    ] {
        check(
            &format!("市长周强调研重点项目。{written}参加调研。"),
            "official",
            &["周强 (市长) | 周强", &format!("王建国 ({role}) taking part | 王建国")],
        );
    }
    // An official who tells how a project is going (介绍) is named before the verb (helper-100:
    // 王磊介绍 gave no name).
    check("挂职副县长王磊介绍，该项目已投产。", "official", &["王磊 (挂职副县长) | 王磊"]);
    // 原 that ends a place's name (太原) is the place's, not a former title's.
    check("太原市长周强调研重点项目。", "official", &["周强 (市长) | 周强"]);
    check("会见了太原市长王建国。", "official", &["王建国 (市长) | 王建国"]);
    // 原 after a verb or a particle says that its holder no longer holds the title: 会见了原市长
    // is a former mayor met, not a serving one (helper-105).
    for (written, role) in [
        ("会见了原市长王建国", "原市长"),
        ("看望了原书记王建国", "原书记"),
        ("看望原书记王建国", "原书记"),
        ("会见原市委书记王建国", "原市委书记"),
        ("与原市长王建国", "原市长"),
        ("和原副市长王建国", "原副市长"),
        ("同原市长王建国", "原市长"),
        ("慰问了老同志和原市长王建国", "原市长"),
    ] {
        check(&format!("{written}。"), "official", &[&format!("王建国 ({role}) | 王建国")]);
    }
    // A department head's title after 、 is the official's before it only: alone after a name it
    // may head a workshop.
    check(
        "市长周强调研重点项目。车间工人王芳、主任张伟介绍了情况。",
        "official",
        &["周强 (市长) | 周强"],
    );
}

/// Every official a clause names as accompanying takes part, the first named too (`Accompanying
/// him were A and B`, `…, accompanied by A and B`, `Accompanied by A and B, Mayor X …`), and the
/// official accompanied leads; officials in other sentences are not marked.
#[test]
fn every_official_named_as_accompanying_takes_part() {
    let accompanying = "Accompanying him were Wujin District Deputy Mayor Li Ping and Director Chen Hong of the Municipal Development and Reform Commission.";
    let accompanying_officials = [
        "Li Ping (Wujin District Deputy Mayor) taking part | Li Ping",
        "Chen Hong (Director of the Municipal Development and Reform Commission) taking part | Chen Hong",
    ];
    check(accompanying, "official", &accompanying_officials);
    check(
        &format!("Mayor Gao Lin inspected the plant. {accompanying}"),
        "official",
        &[&["Gao Lin (Mayor) | Gao Lin"][..], &accompanying_officials].concat(),
    );
    check(
        "He visited the plant, accompanied by Vice Mayor Li Ping and Deputy Mayor Chen Hong.",
        "official",
        &[
            "Li Ping (Vice Mayor) taking part | Li Ping",
            "Chen Hong (Deputy Mayor) taking part | Chen Hong",
        ],
    );
    check(
        "Accompanied by Vice Mayor Li Ping and Deputy Mayor Chen Hong, Mayor Gao Lin inspected the plant.",
        "official",
        &[
            "Li Ping (Vice Mayor) taking part | Li Ping",
            "Chen Hong (Deputy Mayor) taking part | Chen Hong",
            "Gao Lin (Mayor) | Gao Lin",
        ],
    );
    check(
        "Accompanied by Vice Mayor Li Ping, Deputy Mayor Chen Hong and Secretary-General Sun Hao, Mayor Gao Lin inspected the plant and the mill.",
        "official",
        &[
            "Li Ping (Vice Mayor) taking part | Li Ping",
            "Chen Hong (Deputy Mayor) taking part | Chen Hong",
            "Sun Hao (Secretary-General) taking part | Sun Hao",
            "Gao Lin (Mayor) | Gao Lin",
        ],
    );
    check(
        "Accompanied by Vice Mayor Li Ping, Mayor Gao Lin inspected the plant and the mill. Party Secretary Zhang Wei inspected the line.",
        "official",
        &[
            "Li Ping (Vice Mayor) taking part | Li Ping",
            "Gao Lin (Mayor) | Gao Lin",
            "Zhang Wei (Party Secretary) | Zhang Wei",
        ],
    );
    // A director is an official's title with the department after the name, as 主任 is after
    // the department's name: alone it may head a workshop.
    check("Director Zhang Wei showed the workshop.", "official", &[]);
}

/// Each project's sentences, as text: those that mention it, and those after them in the same
/// paragraph that mention no other project.
fn project_sentences(text: &str) -> Vec<(String, Vec<String>)> {
    let characters: Vec<char> = text.chars().collect();
    suggest(text, None)
        .suggestions
        .iter()
        .filter_map(|suggestion| match &suggestion.fact {
            Fact::Project(mention) => Some((
                mention.name.clone(),
                mention
                    .sentences
                    .iter()
                    .map(|span| characters[span.start..span.end].iter().collect())
                    .collect(),
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_project_is_what_its_paragraph_is_about_until_the_paragraph_ends() {
    assert_eq!(
        project_sentences("At the Sunrise module plant, output is 12 gigawatts. It is new.\nIt was put into operation."),
        [(
            "Sunrise module plant".to_string(),
            vec![
                "At the Sunrise module plant, output is 12 gigawatts.".to_string(),
                "It is new.".to_string(),
            ]
        )]
    );
    check(
        "At the Sunrise module plant, output is 12 gigawatts.\nThe plant was put into operation last October.",
        "status",
        &["in-operation | put into operation"],
    );
    // A fact before the projects its sentence names goes to the first of them.
    check(
        "Output of 60,000 tons is planned at the Foo Steel mill and the Bar alloy project.",
        "capacity",
        &["60000 tons → Foo Steel mill | Output of 60,000 tons"],
    );
    // Sentences with no space between them: a mention at the start of the second belongs to it.
    assert_eq!(
        project_sentences("德尔塔机器人项目于去年11月开工建设。华星晶圆厂已实现满产。"),
        [
            (
                "德尔塔机器人项目".to_string(),
                vec!["德尔塔机器人项目于去年11月开工建设。".to_string()]
            ),
            ("华星晶圆厂".to_string(), vec!["华星晶圆厂已实现满产。".to_string()]),
        ]
    );
}

/// Mentions of one project are grouped when one name is the other with words left out,
/// starting with the same word; a fact goes to the project whose enterprise its sentence
/// names as a whole word, in English.
#[test]
fn mentions_group_by_their_first_word_and_enterprises_name_their_project() {
    check(
        "The mayor visited the Bar Foo plant. Then he went to the Foo plant.",
        "project",
        &["Bar Foo plant [Bar Foo] | Bar Foo plant", "Foo plant [Foo] | Foo plant"],
    );
    check(
        "The mayor visited the BYD motor plant and the Baowu alloy project. BYD has reached full production.",
        "status",
        &["full-production → BYD motor plant | reached full production"],
    );
    // "Sun" is not "Sunrise", so the sentence names no project, and the one before names two.
    check(
        "The mayor visited the Sun motor plant and the Baowu alloy project. Sunrise has reached full production.",
        "status",
        &["full-production | reached full production"],
    );
}

/// Names that begin with the same words ("Harbor Zone battery / steel / motor project") are
/// different projects: each fact goes to the project its own sentence names, and the shared
/// words, a place the text also writes after "in", are no enterprise of any of them (they named
/// all three, so every sentence went to the last).
#[test]
fn projects_whose_names_share_their_first_words_keep_their_own_facts() {
    let text = "Mayor visits three Harbor Zone projects\n\
        On May 2, Mayor Ken Obi visited three projects in the Harbor Zone.\n\
        At the Harbor Zone battery project, the mayor learned that the project has an annual output of 5 GWh of cells and has reached full production.\n\
        At the Harbor Zone steel project, the mayor learned that the project has an annual output of 300,000 tons of steel and is under construction.\n\
        At the Harbor Zone motor project, the mayor learned that the project has an annual output of 80,000 sets of motors.";
    check(
        text,
        "capacity",
        &[
            "5 GWh per year (cells) → Harbor Zone battery project | annual output of 5 GWh of cells",
            "300000 tons per year (steel) → Harbor Zone steel project | annual output of 300,000 tons of steel",
            "80000 sets per year (motors) → Harbor Zone motor project | annual output of 80,000 sets of motors",
        ],
    );
    check(
        text,
        "status",
        &[
            "full-production → Harbor Zone battery project | reached full production",
            "under-construction → Harbor Zone steel project | under construction",
        ],
    );
    let sentences = project_sentences(text);
    let names: Vec<(&str, usize)> =
        sentences.iter().map(|(name, quotes)| (name.as_str(), quotes.len())).collect();
    assert_eq!(
        names,
        [
            ("Harbor Zone battery project", 1),
            ("Harbor Zone steel project", 1),
            ("Harbor Zone motor project", 1)
        ]
    );
    check(
        text,
        "project",
        &[
            "Harbor Zone battery project | Harbor Zone battery project",
            "Harbor Zone steel project | Harbor Zone steel project",
            "Harbor Zone motor project | Harbor Zone motor project",
        ],
    );
    // Two projects of one enterprise: a sentence naming only the enterprise names neither.
    check(
        "The mayor visited the BYD motor plant and the BYD battery plant. BYD has reached full production.",
        "status",
        &["full-production | reached full production"],
    );
}

/// A sentence that names no project speaks of the one project the sentence before speaks of,
/// else of the one project its paragraph names; with two to choose from, of none.
#[test]
fn a_sentence_naming_no_project_follows_the_one_before_or_the_paragraphs_only_project() {
    let paragraph = "The mayor toured the Changdian chip plant. The plant started production in December. \
        Nearby, the Huarun module project is still under construction; it is expected to reach full production in 2026.";
    check(
        paragraph,
        "status",
        &[
            "in-operation → Changdian chip plant | started production",
            "under-construction → Huarun module project | under construction",
        ],
    );
    check(
        "The mayor toured the Changdian chip plant and the Huarun module project. The plant started production in December.",
        "status",
        &["in-operation | started production"],
    );
    check(
        "The plant started production in December. The mayor toured the Changdian chip plant.",
        "status",
        &["in-operation → Changdian chip plant | started production"],
    );
}

#[test]
fn a_chinese_sentence_counting_several_projects_gives_its_figures_to_none_of_them() {
    // The signing's total is the twelve projects', not the one the next sentence names.
    let signed =
        "活动现场共签约项目12个，总投资150亿元。比亚迪驱动电机项目年产84万套，已全面达产。";
    check(signed, "amount", &["15000000000 元 (总投资) | 总投资150亿元"]);
    check(
        "天元新材料项目年产6万吨。一批重点项目集中开工，总投资50亿元。",
        "status",
        &["construction-started | 开工"],
    );
    check(
        "天元新材料项目年产6万吨。全市三个重大产业项目总投资30亿元。",
        "amount",
        &["3000000000 元 (总投资) | 总投资30亿元"],
    );
    // One of them, or this one, is the one project still; one project counted is one.
    for text in [
        "天元新材料项目年产6万吨。该项目是全市10个重点项目之一，总投资30亿元。",
        "天元新材料项目年产6万吨。作为全市3个重大项目之一，总投资30亿元。",
        "天元新材料项目年产6万吨。该项目总投资30亿元，带动多个项目落地。",
        "天元新材料项目年产6万吨。一个项目总投资30亿元。",
    ] {
        check(text, "amount", &["3000000000 元 (总投资) → 天元新材料项目 | 总投资30亿元"]);
    }
}

fn check_number(digits: &str, scale: Option<&str>, expected: Option<&str>) {
    let parsed = parse_scaled(digits, scale).map(|quantity| quantity.to_string());
    assert_eq!(parsed.as_deref(), expected, "{digits} {scale:?}");
}

#[test]
fn numbers_are_exact() {
    check_number("1.2", Some("million"), Some("1200000"));
    check_number("84", Some("万"), Some("840000"));
    check_number("1.2", Some("亿"), Some("120000000"));
    check_number("0.3", Some("亿"), Some("30000000"));
    check_number("4.5", Some("billion"), Some("4500000000"));
    check_number("840,000", None, Some("840000"));
    check_number("2.50", None, Some("2.5"));
    check_number("1.25", Some("thousand"), Some("1250"));
    check_number("０.５", Some("万"), Some("5000"));
    check_number("1.2345", Some("千"), Some("1234.5"));
    check_number("1.2345", Some("万"), Some("12345"));
    check_number("12.345678", Some("million"), Some("12345678"));
    check_number("", None, None);
    check_number("12", Some("dozen"), None);
    check_number("1.2.3", None, None);
    // At most thirty digits.
    check_number(&"9".repeat(30), None, Some(&"9".repeat(30)));
    check_number("9999999999999999999999999999999", None, None);
    assert_eq!(parse_scaled("2.5", None).map(Quantity::to_f64), Some(2.5));
    assert_eq!(parse_scaled("0.125", None).map(Quantity::to_f64), Some(0.125));
    assert_eq!(
        Quantity::parse_digits("1.2").and_then(|q| q.times_power_of_ten(6)),
        Some(Quantity::whole(1_200_000))
    );
}

#[test]
fn the_language_is_guessed_from_the_text() {
    for (text, expected) in [
        ("Mayor Chen visited the plant.", Language::English),
        ("市长陈之常调研。", Language::Chinese),
        ("BYD年产84万套驱动电机项目", Language::Chinese),
        ("", Language::English),
        // A fifth of the letters Han is Chinese; less is English. Digits and marks are not
        // letters.
        ("abcd镁", Language::Chinese),
        ("abcde镁", Language::English),
        ("abcdefgh镁镁 2026, 84.", Language::Chinese),
        ("abcdefghi镁镁", Language::English),
    ] {
        assert_eq!(Language::guess(text), expected, "{text:?}");
    }
}

#[test]
fn a_language_is_read_from_its_tag_and_written_back() {
    for language in [Language::English, Language::Chinese] {
        assert_eq!(Language::from_code(language.code()), Some(language));
    }
    assert_eq!(Language::English.code(), "en");
    assert_eq!(Language::Chinese.code(), "zh");
    assert_eq!(Language::from_code("zh-CN"), Some(Language::Chinese));
    assert_eq!(Language::from_code("EN_gb"), Some(Language::English));
    assert_eq!(Language::from_code("fr"), None);
    assert_eq!(Language::from_code(""), None);
}

/// What a capacity counts: its words after the unit up to punctuation, a stop word or a period,
/// crossing a comma only toward a project's head word, and never ending in a connector.
#[test]
fn what_a_capacity_counts() {
    let cases: &[(&str, &[&str])] = &[
        ("The plant makes 5,000 tons of magnesium, Aluminum parts.", &["5000 tons (magnesium) | makes 5,000 tons of magnesium"]),
        ("The plant makes 5,000 tons of steel, which is a lot.", &["5000 tons (steel) | makes 5,000 tons of steel"]),
        ("The plant makes 5,000 tons of steel; it grows.", &["5000 tons (steel) | makes 5,000 tons of steel"]),
        ("The plant makes 5,000 tons of steel and iron per year.", &["5000 tons per year (steel and iron) | makes 5,000 tons of steel and iron per year"]),
        ("The plant makes 5,000 tons of steel-making slag a year.", &["5000 tons per year (steel-making slag) | makes 5,000 tons of steel-making slag a year"]),
        ("The plant makes 5,000 tons of and steel.", &["5000 tons | makes 5,000 tons"]),
        ("The plant makes 5,000 tons of (steel).", &["5000 tons | makes 5,000 tons"]),
        ("The factory produces 300 robots a year.", &["300 robots per year | produces 300 robots a year"]),
        (
            "The factory produces 300 industrial robots and 20 lines.",
            &["300 robots (industrial robots) | produces 300 industrial robots", "20 lines | produces 300 industrial robots and 20 lines"],
        ),
        // What is counted may follow the unit directly (it once kept the space before it).
        ("The base makes 12 GWh power batteries a year.", &["12 GWh per year (power batteries) | makes 12 GWh power batteries a year"]),
        // At most twelve words are counted; a dash is no word.
        (
            "The plant makes 5,000 sets of alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi.",
            &["5000 sets (alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu) | makes 5,000 sets of alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu"],
        ),
        ("The plant makes 5,000 sets of motors — a record.", &["5000 sets (motors) | makes 5,000 sets of motors"]),
        // A stop word ends what is counted, even with no punctuation before it.
        ("The plant makes 5,000 tons of steel which it sells.", &["5000 tons (steel) | makes 5,000 tons of steel"]),
        // So does a word that is never counted, such as a period of time.
        ("The plant makes 5,000 sets of motors years ahead.", &["5000 sets (motors) | makes 5,000 sets of motors"]),
        ("The plant makes 5,000 sets of parts of motors.", &["5000 sets (parts of motors) | makes 5,000 sets of parts of motors"]),
        // A comma is not crossed when a stop word comes before the project's head word.
        (
            "The plant makes 5,000 tons of magnesium, alloy which the project sells.",
            &["5000 tons (magnesium) | makes 5,000 tons of magnesium"],
        ),
    ];
    for (text, expected) in cases {
        check(text, "capacity", expected);
    }
}

/// Where an English project's name starts: after a boundary word, a sentence's end or an
/// earlier mention (closed by a comma or by `and`, which belongs to neither); a comma inside the
/// name is crossed only when a boundary word comes before it; a name has a capital or a digit.
#[test]
fn where_a_project_name_starts() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The mayor visited the BYD motor plant, the Baowu alloy project and the Foo Steel mill.",
            &["BYD motor plant [BYD] | BYD motor plant", "Baowu alloy project [Baowu] | Baowu alloy project", "Foo Steel mill [Foo Steel] | Foo Steel mill"],
        ),
        (
            "The mayor visited the BYD motor plant and Baowu alloy project.",
            &["BYD motor plant [BYD] | BYD motor plant", "Baowu alloy project [Baowu] | Baowu alloy project"],
        ),
        (
            "Chen came to Baowu magnesium, aluminum alloy die-casting project.",
            &["Baowu magnesium, aluminum alloy die-casting project [Baowu] | Baowu magnesium, aluminum alloy die-casting project"],
        ),
        ("Chen saw magnesium, Baowu alloy project.", &["Baowu alloy project [Baowu] | Baowu alloy project"]),
        ("He opened the 2025 Expo project.", &["2025 Expo project | 2025 Expo project"]),
        // A word in quotation marks of its own is part of the name, as written; a quotation
        // that ends on a word still ends the name.
        (
            "He came to the “Sunrise” Photovoltaic module plant.",
            &["“Sunrise” Photovoltaic module plant | “Sunrise” Photovoltaic module plant"],
        ),
        (
            "Then the “Jianghuai” hydrogen fuel cell project.",
            &["“Jianghuai” hydrogen fuel cell project | “Jianghuai” hydrogen fuel cell project"],
        ),
        ("“Build it,” he said of the Acme plant.", &["Acme plant [Acme] | Acme plant"]),
        ("He opened the lower case project.", &[]),
        ("He opened Foo Bar. Copper project.", &["Copper project [Copper] | Copper project"]),
        // Punctuation inside a sentence ends a name too; a comma crossed after a boundary word
        // ends the enterprise the name begins with.
        ("Priorities: Copper project.", &["Copper project [Copper] | Copper project"]),
        (
            "The mayor came to Foo, Bar Steel project.",
            &["Foo, Bar Steel project [Foo] | Foo, Bar Steel project"],
        ),
    ];
    for (text, expected) in cases {
        check(text, "project", expected);
    }
    // A company that built the project, or a project it goes with, is no part of its name; the
    // company is its enterprise. A hyphen between Latin letters is part of a name (helper-74:
    // 由长信科技投资建设的新型显示模组项目, 配套的天合光能组件项目, LCD生产线项目).
    check(
        "市长来到由长信科技投资建设的新型显示模组项目。",
        "project",
        &["新型显示模组项目 [长信科技] | 新型显示模组项目"],
    );
    check(
        "市长来到由长信科技建设运营的新型显示模组项目。",
        "project",
        &["新型显示模组项目 [长信科技] | 新型显示模组项目"],
    );
    // Two companies together, or an office, are no one enterprise (helper-75).
    for builder in ["长信科技与京东方共同投资建设的", "市政府投资建设的", "中建八局建设的"]
    {
        check(
            &format!("市长来到由{builder}新型显示模组项目。"),
            "project",
            &["新型显示模组项目 | 新型显示模组项目"],
        );
    }
    check(
        "市长察看了与主机厂配套的天合光能组件项目。",
        "project",
        &["天合光能组件项目 | 天合光能组件项目"],
    );
    check(
        "市长调研京东方第10.5代TFT-LCD生产线项目。",
        "project",
        &["京东方第10.5代TFT-LCD生产线项目 | 京东方第10.5代TFT-LCD生产线项目"],
    );
    // A head before a phase of it is part of the phase's name: one project (helper-74: two).
    check(
        "市长来到中创新航常州基地三期项目，了解建设进展。",
        "project",
        &["中创新航常州基地三期项目 | 中创新航常州基地三期项目"],
    );
    // A name holds at most 25 words before its head.
    let words: Vec<String> = (1..=30).map(|number| format!("N{number}")).collect();
    let name = format!("{} project", words[5..].join(" "));
    let enterprise = words[5..].join(" ");
    check(
        &format!("{} project.", words.join(" ")),
        "project",
        &[format!("{name} [{enterprise}] | {name}").as_str()],
    );
}

/// An emoji or another symbol is never part of a project's name. An English name is read as if
/// the symbol were not written (its words on both sides, cut from a word it is written in);
/// a Chinese name ends at it, as at any mark. The quote, and the sentences the project speaks
/// in, are the text as written. A sign written as part of a name (™) stays in it.
#[test]
fn a_symbol_is_no_part_of_a_project_name() {
    let cases: &[(&str, &[&str])] = &[
        (
            "He came to the Sunrise 🚗 Photovoltaic module plant.",
            &["Sunrise Photovoltaic module plant [Sunrise Photovoltaic] | Sunrise 🚗 Photovoltaic module plant"],
        ),
        (
            "He came to the “Sunrise” 🚗🚗 Photovoltaic module plant.",
            &["“Sunrise” Photovoltaic module plant | “Sunrise” 🚗🚗 Photovoltaic module plant"],
        ),
        (
            "The Café Déjà-vu 🚀 rocket engine project opened.",
            &["Café Déjà-vu rocket engine project [Café Déjà-vu] | Café Déjà-vu 🚀 rocket engine project"],
        ),
        (
            "He saw the ✅Sunrise plant and the 1️⃣ Lianfeng materials project.",
            &["Sunrise plant [Sunrise] | Sunrise plant", "Lianfeng materials project [Lianfeng] | Lianfeng materials project"],
        ),
        ("He saw the Sunrise🚗 module plant.", &["Sunrise module plant [Sunrise] | Sunrise🚗 module plant"]),
        ("He saw the Acme™ motor plant.", &["Acme™ motor plant [Acme] | Acme™ motor plant"]),
        (
            "市长来到星海🚗储能电池项目和✅恒通精密轴承项目。",
            &["储能电池项目 | 储能电池项目", "恒通精密轴承项目 | 恒通精密轴承项目"],
        ),
    ];
    for (text, expected) in cases {
        check(text, "project", expected);
    }
    let text = "At the Sunrise 🚗 Photovoltaic module plant, Li Ming walked along the line. The plant 🚗 was put into operation last October.";
    assert_eq!(
        project_sentences(text),
        [(
            "Sunrise Photovoltaic module plant".to_string(),
            vec![
                "At the Sunrise 🚗 Photovoltaic module plant, Li Ming walked along the line."
                    .to_string(),
                "The plant 🚗 was put into operation last October.".to_string(),
            ]
        )]
    );
}

/// Markup pasted with a text (a web page's source, a rich editor's copy) is no part of a
/// project's name, which readers see as text: the name is the words around its tags, while the
/// quote keeps the text as written.
#[test]
fn markup_is_no_part_of_a_project_name() {
    let cases: &[(&str, &[&str])] = &[
        (
            "The Café <b>Déjà-vu</b> rocket engine project opened.",
            &["Café Déjà-vu rocket engine project [Café Déjà-vu] | Café <b>Déjà-vu</b> rocket engine project"],
        ),
        (
            "He saw the <img src=x onerror=alert(1)> ACME battery project.",
            &["ACME battery project [ACME] | ACME battery project"],
        ),
        (
            "He saw the Sunrise<br>Energy module plant.",
            &["Sunrise Energy module plant [Sunrise Energy] | Sunrise<br>Energy module plant"],
        ),
        // A comparison is no tag: its words stay as written.
        (
            "He saw the Unit 3 < 5 Sunrise plant.",
            &["Unit 3 < 5 Sunrise plant [Unit] | Unit 3 < 5 Sunrise plant"],
        ),
    ];
    for (text, expected) in cases {
        check(text, "project", expected);
    }
}

/// A headline in the present tense (`Mayor visits …`) names the project after its verb, as the
/// body's past tense does: the mayor and the verb are no part of the name.
#[test]
fn a_headline_names_the_project_after_its_verb() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Mayor Li Hua visits Sunrise Energy plant",
            &["Sunrise Energy plant [Sunrise Energy] | Sunrise Energy plant"],
        ),
        (
            "Mayor Chen inspects Delta Steel project",
            &["Delta Steel project [Delta Steel] | Delta Steel project"],
        ),
        (
            "Mayor tours Harbor battery plant",
            &["Harbor battery plant [Harbor] | Harbor battery plant"],
        ),
        // The verb alone before a common noun leaves no name to suggest.
        ("Mayor visits plant", &[]),
    ];
    for (text, expected) in cases {
        check(text, "project", expected);
    }
}

/// Texts made to be slow, at a size that took seconds to minutes while each figure, phrase or
/// name read its whole sentence, or each project was compared with all the others; the
/// assertions are on what is suggested, never on time.
#[test]
fn texts_made_to_be_slow_are_read_in_one_pass() {
    let count = |text: &str, kind: &str| {
        suggest(text, None).suggestions.iter().filter(|s| s.fact.kind_name() == kind).count()
    };
    // A line of 32,000 bare numbers (74 s at this size): no unit, no capacity.
    let numbers = "1 ".repeat(32_000);
    assert_eq!(suggest(&numbers, Some(Language::English)).suggestions.len(), 0);
    // 10,000 Chinese capacities in one sentence (minutes at 512 KB): each is suggested.
    assert_eq!(count(&"年产5套".repeat(10_000), "capacity"), 10_000);
    // A stage phrase 5,000 times in one sentence (1.6 s at 64 KB).
    let stages = "Acme plant was put into operation and ".repeat(5_000);
    assert!(count(&stages, "status") >= 5_000, "{}", count(&stages, "status"));
    // 5,000 projects of distinct names, each its own enterprise (80 s at 512 KB).
    let names: String = (0..5_000).map(|index| format!("Q{} plant. ", letters(index))).collect();
    assert_eq!(count(&names, "project"), 5_000);
    // One project named 20,000 times: one project.
    assert_eq!(count(&"Acme plant. ".repeat(20_000), "project"), 1);
}

/// A distinct word of letters for `index`: "aa", "ba", … (a name has no digits).
fn letters(index: usize) -> String {
    let (high, low) = (index / 26, index % 26);
    let letter = |at: usize| char::from(b'a' + (at % 26) as u8);
    format!("{}{}{}", letter(low), letter(high), letter(high / 26))
}

/// A first word the text writes as a place is no enterprise of the project it begins: not after
/// "in" alone, but before a city's offices or divisions and the key projects of a visit, or
/// after "mayor of". ("Greenport" reached a reader's card as the battery plant's enterprise.)
/// A first word with nothing to say it is a place is still taken (`Baowu`, `Northgate`).
#[test]
fn a_place_the_text_names_by_its_offices_is_no_enterprise() {
    let cases: [(&str, &str); 5] = [
        ("Mayor Lin inspects Greenport industrial projects\nLin visited the Greenport battery plant.", "Greenport battery plant"),
        ("Greenport Mayor Lin visited the Greenport battery plant.", "Greenport battery plant"),
        ("The mayor of Greenport visited the Greenport battery plant.", "Greenport battery plant"),
        ("Officials of Harbor City visited the Harbor City battery plant.", "Harbor City battery plant"),
        ("Greenport's municipal leaders visited the Greenport battery plant.", "Greenport battery plant"),
    ];
    for (text, name) in cases {
        check(text, "project", &[format!("{name} | {name}").as_str()]);
    }
    check(
        "Greenport Mayor Lin visited the Baowu alloy project and the Northgate copper foil project.",
        "project",
        &[
            "Baowu alloy project [Baowu] | Baowu alloy project",
            "Northgate copper foil project [Northgate] | Northgate copper foil project",
        ],
    );
    // Words that end as a place's name does (QA: "Nantong Economic Development Zone", "Yangtze
    // River Delta" and "Jiangyin Port" were proposed as enterprises).
    for name in [
        "Nantong Economic Development Zone battery project",
        "Yangtze River Delta chip packaging base",
        "Jiangyin Port energy storage project",
    ] {
        check(
            &format!("The {name} is under construction."),
            "project",
            &[format!("{name} | {name}").as_str()],
        );
    }
}

/// A date a status's words run into is that event's, not the visit's: offered as the
/// briefing's date, "February 28" replaced "March 14, 2025" when accepted. A date a sentence
/// opens with stays, whatever status the sentence goes on to state.
#[test]
fn the_date_of_a_projects_event_is_no_briefing_date() {
    check(
        "On March 14, 2025, the mayor visited the Wujin battery base. The first phase was put into operation on February 28.",
        "date",
        &["2025-3-14 | March 14, 2025"],
    );
    check("该项目于2月28日投产。4月8日，陈明市长调研项目。", "date", &["4-8 | 4月8日"]);
    check(
        "On May 2, the mayor visited the Changdian chip plant, which has reached full production.",
        "date",
        &["5-2 | May 2"],
    );
    // Other events of a project: a start, a signing (QA: accepting "March 3" replaced the visit's
    // "May 20, 2025" and dropped its year).
    check(
        "On May 20, 2025, the mayor came. Construction of the project started on March 3. The dyeing project was signed on June 30 last year.",
        "date",
        &["2025-5-20 | May 20, 2025"],
    );
    check("5月20日，市长调研。该项目6月30日签约，3月3日正式开工。", "date", &["5-20 | 5月20日"]);
    // A furnace lit, a plant built, or a day planned are a project's too (helper-71: these were
    // offered as the visit's date).
    for event in ["计划于6月30日点火投产", "于6月30日建成投产", "预计7月1日投运"]
    {
        check(&format!("5月20日，市长调研。该项目{event}。"), "date", &["5-20 | 5月20日"]);
    }
}

/// A figure grouped by spaces, as translated texts write thousands ("850 000", with a no-break
/// or thin space too), is one figure; a year before a figure is not part of it.
#[test]
fn a_figure_grouped_by_spaces_is_one_figure() {
    check(
        "The base has a production capacity of 850 000 tons a year.",
        "capacity",
        &["850000 tons per year | production capacity of 850 000 tons a year"],
    );
    check(
        "The plant has an annual output of 1\u{202f}200\u{202f}000 sets.",
        "capacity",
        &["1200000 sets per year | annual output of 1\u{202f}200\u{202f}000 sets"],
    );
    check("In 2024 120 sets were made.", "capacity", &["120 sets | 120 sets"]);
}

/// What a figure counts ends where a clause of when it holds begins: "copper components", not
/// "copper components when completed", which a reader's card printed under the figure.
#[test]
fn what_a_figure_counts_ends_before_when_it_holds() {
    check(
        "The project will reach an annual output of 1.2 million sets of copper components when completed.",
        "capacity",
        &["1200000 sets per year (copper components) | annual output of 1.2 million sets of copper components"],
    );
    check(
        "The plant will have an annual output of 80,000 tons of cathode materials after completion.",
        "capacity",
        &["80000 tons per year (cathode materials) | annual output of 80,000 tons of cathode materials"],
    );
}

/// A sentence whose subject is a noun phrase the rules do not read as a project (`The Xinhe
/// auto parts cluster of Xinhe Parts`, `The Donggang solar farm`) speaks of that, not of the
/// project of the sentence before, and neither do the sentences after it that name none; an
/// official (`The mayor of Greenport, …`) is no such subject.
#[test]
fn a_sentence_about_another_subject_does_not_follow_the_project_before() {
    let before = "The mayor visited the complete vehicle project of Riverside Auto, which has been put into production. ";
    for other in [
        "The auto parts cluster of Xinhe Parts, with an annual output of 3,000 sets, is under construction. It is new.",
        "The Donggang solar farm has an annual output of 3,000 sets and is under construction.",
        // A park written as a place's name is where projects are (helper-57 F4).
        "The Jiangbei Lithium Materials Industrial Park has an annual output of 3,000 sets and is under construction.",
        "Jiangbei Industrial Park, with an annual output of 3,000 sets, is under construction.",
        // Its name may join capitalised words with "and", "of" or "for" (helper-71).
        "The Xuzhou Economic and Technological Development Zone has an annual output of 3,000 sets and is under construction.",
    ] {
        let text = format!("{before}{other}");
        check(&text, "status", &["in-operation → complete vehicle project | put into production", "under-construction | under construction"]);
        check(&text, "capacity", &["3000 sets per year | annual output of 3,000 sets"]);
    }
    // The place may follow a short opening, be a zone, or be the subject of what someone said
    // (helper-68); the sentence after it that points to "the project" speaks of the one before.
    for other in [
        "Meanwhile, the Xiangyang Industrial Park has an annual output of 3,000 sets and is under construction.",
        "The Xiangyang Hi-tech Zone now has an annual output of 3,000 sets and is under construction.",
        "He said the Xiangyang Economic Development Zone has an annual output of 3,000 sets and is under construction.",
        "Phase I of the Lianshan Industrial Park has an annual output of 3,000 sets and is under construction.",
    ] {
        let text = format!("{before}{other}");
        check(&text, "status", &["in-operation → complete vehicle project | put into production", "under-construction | under construction"]);
        check(&text, "capacity", &["3000 sets per year | annual output of 3,000 sets"]);
        check(
            &format!("{text} The project is under construction."),
            "status",
            &[
                "in-operation → complete vehicle project | put into production",
                "under-construction | under construction",
                "under-construction → complete vehicle project | under construction",
            ],
        );
    }
    // A project named to describe the place is not the sentence's subject (helper-68 E09); one
    // the place's verb brings in is.
    for other in [
        "The Jiangbei Industrial Park, where the Xinhe Battery Project is located, has an annual output of 3,000 sets.",
        "The Jiangbei Industrial Park, home to the Xinhe Battery Project, has an annual output of 3,000 sets.",
    ] {
        check(&format!("{before}{other}"), "capacity", &["3000 sets per year | annual output of 3,000 sets"]);
    }
    check(
        &format!("{before}The Jiangbei Industrial Park has the Xinhe Battery Project, with an annual output of 3,000 sets."),
        "capacity",
        &["3000 sets per year → Xinhe Battery Project | annual output of 3,000 sets"],
    );
    // A sentence opening in a place is not that place's (helper-69).
    check(
        &format!("{before}In Wujin Industrial Park, the plant has an annual output of 3,000 sets."),
        "capacity",
        &["3000 sets per year → complete vehicle project | annual output of 3,000 sets"],
    );
    // After a subject of its own other than a place, "the facility" may be that one.
    check(
        &format!("{before}The Donggang solar farm has an annual output of 3,000 sets. The facility is under construction."),
        "status",
        &["in-operation → complete vehicle project | put into production", "under-construction | under construction"],
    );
    // A park the text is in is a place, not a project; one the text visits may be a project.
    check(
        "In the Wujin industrial park, the Tianyuan cathode project is being built.",
        "project",
        &["Tianyuan cathode project [Tianyuan] | Tianyuan cathode project"],
    );
    check(
        "The mayor visited the auto parts industrial park of Xinhe Parts.",
        "project",
        &["auto parts industrial park [Xinhe Parts] | auto parts industrial park"],
    );
    // The same in Chinese: a sentence opening with a park's name is the park's (helper-57 F4),
    // unless a project's head ends that name.
    let visited = "市长来到天元新材料年产5万吨正极材料项目。";
    for park in ["江北锂电材料产业园", "园区", "江北高新区"] {
        let text = format!("{visited}{park}规划产能20万吨/年，目前一期已投产。");
        check(&text, "capacity", &[
            "50000 吨 per year (正极材料) → 天元新材料年产5万吨正极材料项目 | 年产5万吨正极材料",
            "200000 吨 per year | 产能20万吨/年",
        ]);
        check(&text, "status", &["in-operation | 已投产"]);
    }
    for opening in ["据介绍，", "目前，"] {
        check(&format!("{visited}{opening}江北产业园规划产能20万吨/年。"), "capacity", &[
            "50000 吨 per year (正极材料) → 天元新材料年产5万吨正极材料项目 | 年产5万吨正极材料",
            "200000 吨 per year | 产能20万吨/年",
        ]);
    }
    // After the park's sentence, one pointing to the project speaks of the one named before.
    for pointing in ["该项目已投产。", "项目已投产。"] {
        check(
            &format!("{visited}园区规划产能20万吨/年。{pointing}"),
            "status",
            &["in-operation → 天元新材料年产5万吨正极材料项目 | 已投产"],
        );
    }
    // A project in a park, or a park's people speaking, leave the project the subject
    // (helper-69).
    for sentence in ["项目位于江北产业园，总投资50亿元。", "经开区负责人表示，项目总投资50亿元。"]
    {
        check(
            &format!("{visited}{sentence}"),
            "amount",
            &["5000000000 元 (总投资) → 天元新材料年产5万吨正极材料项目 | 总投资50亿元"],
        );
    }
    // A park described by the project in it is still the subject: its figures are not that
    // project's (helper-68 Z07).
    for sentence in
        ["星海电池项目所在的江北产业园规划产能20万吨/年。", "该项目所在园区规划产能20万吨/年。"]
    {
        check(&format!("{visited}{sentence}"), "capacity", &[
            "50000 吨 per year (正极材料) → 天元新材料年产5万吨正极材料项目 | 年产5万吨正极材料",
            "200000 吨 per year | 产能20万吨/年",
        ]);
    }
    // 项目 after projects counted is those projects, not the one named before them.
    check(
        &format!(
            "{visited}活动现场共签约项目12个，总投资150亿元。项目总投资达300亿元，已全部开工。"
        ),
        "amount",
        &["15000000000 元 (总投资) | 总投资150亿元", "30000000000 元 (总投资) | 总投资达300亿元"],
    );
    // A count of something else after a head leaves the project.
    for text in [
        "欣旺达储能电池项目12个月即建成投产。",
        "天元新材料项目共3个车间，总投资20亿元。",
        "天元新材料项目三大车间已封顶。",
    ] {
        let found = suggest(text, None).suggestions;
        assert!(
            found.iter().any(|suggestion| matches!(suggestion.fact, Fact::Project(_))),
            "{text}"
        );
    }
    // Projects a park counts are no project; a park a project is in is not part of its name.
    check(
        &format!("{visited}江北高新区已落户新能源项目30个，总投资500亿元。"),
        "project",
        &["天元新材料年产5万吨正极材料项目 [天元新材料] | 天元新材料年产5万吨正极材料项目"],
    );
    check(
        "市长来到武进工业园内的天合光能组件项目。江北产业园的宁德时代动力电池项目已投产。",
        "project",
        &["天合光能组件项目 | 天合光能组件项目", "宁德时代动力电池项目 | 宁德时代动力电池项目"],
    );
    // So is a district or county the name opens with (helper-71), when a name follows it.
    check(
        "随后，市长来到鸠江区信义光伏玻璃项目。江北新区天合光能组件项目已投产。",
        "project",
        &["信义光伏玻璃项目 | 信义光伏玻璃项目", "天合光能组件项目 | 天合光能组件项目"],
    );
    check(
        &format!("{visited}鑫源产业园项目规划产能20万吨/年。"),
        "capacity",
        &[
            "50000 吨 per year (正极材料) → 天元新材料年产5万吨正极材料项目 | 年产5万吨正极材料",
            "200000 吨 per year → 鑫源产业园项目 | 产能20万吨/年",
        ],
    );
    check(
        &format!("{visited}在江北锂电材料产业园，该项目已投产。"),
        "status",
        &["in-operation → 天元新材料年产5万吨正极材料项目 | 已投产"],
    );
    check(
        &format!("{before}The mayor of Greenport, Li Hua, said it is under construction."),
        "status",
        &[
            "in-operation → complete vehicle project | put into production",
            "under-construction → complete vehicle project | under construction",
        ],
    );
}
/// The unit of a figure is the measure word right after it (`kilometers`, `vials`) with `of`
/// the thing counted, as for a known unit (`square meters of separator film`); what is counted
/// ends before another figure (`300 sets of wind turbines and 2 GW of towers`).
#[test]
fn a_measure_word_is_the_unit_and_another_figure_ends_what_is_counted() {
    check(
        "The Yuantong cable project has an annual capacity of over 30,000 kilometers of high-voltage cables.",
        "capacity",
        &["more-than 30000 kilometers per year (high-voltage cables) → Yuantong cable project | annual capacity of over 30,000 kilometers of high-voltage cables"],
    );
    check(
        "The Blue Harbor base will have a planned annual output of 30 million vials of vaccines.",
        "capacity",
        &["30000000 vials per year (vaccines) → Blue Harbor base | annual output of 30 million vials of vaccines"],
    );
    check(
        "The offshore wind project of Haixing Heavy Industry has an annual production capacity of 300 sets of wind turbines and 2 GW of towers.",
        "capacity",
        &[
            "300 sets per year (wind turbines) → offshore wind project | annual production capacity of 300 sets of wind turbines",
            "2 GW (towers) → offshore wind project | 2 GW of towers",
        ],
    );
}

/// A number in words with a scale word after it (`two million`) is a figure; a number of several
/// words (`twenty-five million`, `two hundred million`), whose last word alone would be wrong,
/// and one with no scale (`two plants`) are not read.
#[test]
fn a_number_in_words_with_a_scale_is_a_figure() {
    check(
        "The forging project of Huaxia Machinery has an annual output of two million pieces of forgings.",
        "capacity",
        &["2000000 pieces per year (forgings) → forging project | annual output of two million pieces of forgings"],
    );
    check(
        "The module plant of Sunrise Energy has a total investment of Three billion yuan.",
        "amount",
        &["3000000000 yuan (total investment) → module plant | total investment of Three billion yuan"],
    );
    for text in [
        "The forging project has an annual output of twenty-five million pieces.",
        "The forging project has an annual output of two hundred million pieces.",
        "The forging project has an annual output of one hundred and two million pieces.",
        "The forging project has an annual output of two pieces.",
    ] {
        check(text, "capacity", &[]);
    }
}

/// A range of figures (`50,000-80,000 tons`, `5 GW to 8 GW`, `1 to 2 billion yuan`) is no
/// figure the text states: neither end is suggested, where the second was, quoted from its own
/// first digit.
#[test]
fn a_range_is_no_single_figure() {
    for text in [
        "The hydrogen project of Zhongqing Hydrogen Energy will produce 50,000-80,000 tons of green hydrogen per year.",
        "The hydrogen project of Zhongqing Hydrogen Energy will produce 50,000 to 80,000 tons of green hydrogen per year.",
        "The module plant of Sunrise Energy has an annual capacity of 5 GW to 8 GW.",
        // With `between` (helper-74: 50,000 tons).
        "The magnesium project of Baowu Magnesium will produce between 30,000 and 50,000 tons a year.",
        "The magnesium project of Baowu Magnesium will produce between 30,000 tons and 50,000 tons a year.",
        "The magnesium project of Baowu Magnesium will produce between 3 million tons and 5 million tons a year.",
    ] {
        check(text, "capacity", &[]);
    }
    check(
        "The plant of Sunrise Energy has a total investment of 1 to 2 billion yuan.",
        "amount",
        &[],
    );
    // A figure after a hyphenated word is no range's end.
    check(
        "The COVID-19 vaccine plant of Sunrise Bio has an annual output of 300 million doses.",
        "capacity",
        &["300000000 doses per year → COVID-19 vaccine plant | annual output of 300 million doses"],
    );
}

/// A park or a station is a project's head (`the auto parts industrial park of Xinhe Parts`,
/// `the Donggang solar power station`), unless the text writes its name as a place visited (`in
/// Suzhou Industrial Park`) or it says where other projects are (`Suzhou industrial park
/// projects`); their facts were given to the project of the sentence before.
#[test]
fn parks_and_stations_are_projects_unless_written_as_places() {
    let text = "The mayor visited the complete vehicle project of Riverside Auto, which has been put into production. \
        The auto parts industrial park of Xinhe Parts, with a total investment of 2.2 billion yuan, is under construction.\n\
        The Donggang solar power station, with an installed capacity of 200 MW, was connected to the grid at the end of last year.";
    check(
        text,
        "project",
        &[
            "complete vehicle project [Riverside Auto] | complete vehicle project",
            "auto parts industrial park [Xinhe Parts] | auto parts industrial park",
            "Donggang solar power station [Donggang] | Donggang solar power station",
        ],
    );
    check(
        text,
        "status",
        &[
            "in-operation → complete vehicle project | put into production",
            "under-construction → auto parts industrial park | under construction",
            "in-operation → Donggang solar power station | connected to the grid",
        ],
    );
    check(text, "capacity", &["200 MW → Donggang solar power station | capacity of 200 MW"]);
    check(
        "Party Secretary Han Wen inspects Suzhou industrial park projects\n\
        He inspected projects in Suzhou Industrial Park, accompanied by Vice Mayor Gao Yan. \
        At the Sunrise module plant, output is 12 gigawatts.",
        "project",
        &["Sunrise module plant [Sunrise] | Sunrise module plant"],
    );
}

/// A figure or a status several projects have together is none of theirs (helper-74: it went to
/// the second named), while each project's own figure in the same sentence stays its own.
#[test]
fn a_figure_or_status_of_several_projects_together_is_no_one_projects() {
    let chinese =
        "市长来到新能电池项目和阳光纺织项目，两个项目合计年产服装3000万件，两个项目均已投产。";
    check(chinese, "capacity", &[]);
    check(chinese, "status", &[]);
    check("新能电池项目和阳光纺织项目合计年产电池3000万件。", "capacity", &[]);
    let english = "The Xinhe battery project and the Jintan solar project together produce 30 million cells a year. Both projects are in operation.";
    check(english, "capacity", &[]);
    check(english, "status", &[]);
    // Each its own: no word joins them.
    check(
        "新能电池项目年产电池10万件，阳光纺织项目年产服装5万件。",
        "capacity",
        &[
            "100000 件 per year (电池) → 新能电池项目 | 年产电池10万件",
            "50000 件 per year (服装) → 阳光纺织项目 | 年产服装5万件",
        ],
    );
}

/// "bn" is "billion" as business news writes it (helper-74: "12 bn yuan" was no amount).
#[test]
fn billions_abbreviated_as_business_news_writes_them() {
    check(
        "The project has a total investment of 12 bn yuan.",
        "amount",
        &["12000000000 yuan (total investment) | total investment of 12 bn yuan"],
    );
    check(
        "The project has a total investment of 1.5bn yuan.",
        "amount",
        &["1500000000 yuan (total investment) | total investment of 1.5bn yuan"],
    );
    // A display's resolution is no figure of thousands.
    check(
        "The plant makes 8K panels, 100,000 sets a year.",
        "capacity",
        &["100000 sets per year | 100,000 sets a year"],
    );
}

/// A figure in Chinese numerals is read as the validator reads it, scale word and all (八十四万套
/// was no figure); a lone numeral before a unit is a word's (三元材料) or a count's.
#[test]
fn figures_in_chinese_numerals() {
    check(
        "该项目年产八十四万套驱动电机。",
        "capacity",
        &["840000 套 per year (驱动电机) | 年产八十四万套驱动电机"],
    );
    check(
        "该厂年产镁合金两千五百吨。",
        "capacity",
        &["2500 吨 per year (镁合金) | 年产镁合金两千五百吨"],
    );
    check(
        "该厂年产二十余万吨钢材。",
        "capacity",
        &["more-than 200000 吨 per year (钢材) | 年产二十余万吨钢材"],
    );
    check("项目总投资四十五亿元。", "amount", &["4500000000 元 (总投资) | 总投资四十五亿元"]);
    check("项目生产三元正极材料。", "amount", &[]);
    check("该厂年产五至八万吨。", "capacity", &[]);
    check("产能由六万吨提升至八万吨。", "capacity", &["80000 吨 | 产能由六万吨提升至八万吨"]);
    check("该厂进一步提升至年产八万吨。", "capacity", &["80000 吨 per year | 年产八万吨"]);
}

/// What a briefing projects from a stage (jobs, taxes, an addition) makes the stage a condition,
/// as a figure after it does (helper-77): 投产后新增就业500人 says nothing of the project running.
#[test]
fn a_result_projected_from_a_stage_makes_it_a_condition() {
    check("项目投产后新增就业500人。", "status", &[]);
    check("华鑫隔膜项目建成投产后，年纳税2亿元。", "status", &[]);
    check(
        "华鑫隔膜项目建成投产后，年纳税2亿元。",
        "amount",
        &["200000000 元 per year (年纳税) → 华鑫隔膜项目 | 年纳税2亿元"],
    );
    check("华鑫隔膜项目达产后新增隔膜2亿平方米。", "status", &[]);
    // Done, and then something happened: the stage is stated.
    check(
        "华鑫隔膜项目去年投产后，产量翻了一番。",
        "status",
        &["in-operation → 华鑫隔膜项目 | 投产"],
    );
}

/// A deputy's title is the deputy's, not the chief's (helper-77: 副县长 gave 县长).
#[test]
fn a_deputy_is_no_chief() {
    check("副县长孙敏陪同调研。", "official", &["孙敏 (副县长) | 孙敏"]);
    check("市委副书记孙敏主持召开座谈会。", "official", &["孙敏 (市委副书记) | 孙敏"]);
    check(
        "Vice-Mayor Li Ping accompanied the inspection.",
        "official",
        &["Li Ping (Vice-Mayor) | Li Ping"],
    );
    check(
        "Deputy Party Secretary Li Ping visited the plant.",
        "official",
        &["Li Ping (Deputy Party Secretary) | Li Ping"],
    );
    check(
        "Li Xiaohong, vice-mayor of Wuhan, accompanied the inspection.",
        "official",
        &["Li Xiaohong (vice-mayor of Wuhan) | Li Xiaohong"],
    );
}

/// A name of two characters before 来到 does not take its 来 (helper-77: 王涛来), while one of
/// three before 调研 keeps its third (王志强, not 王志 before 强调).
#[test]
fn a_two_character_name_before_a_visit_verb_of_two() {
    check("市长王涛来到华鑫铜箔项目。", "official", &["王涛 (市长) | 王涛"]);
    check("市长王志强调研华鑫铜箔项目。", "official", &["王志强 (市长) | 王志强"]);
    check("市长王涛到华鑫铜箔项目调研。", "official", &["王涛 (市长) | 王涛"]);
}

/// A building's or a site's area is no capacity; an area a project makes is.
#[test]
fn a_building_area_is_no_capacity() {
    check("华鑫铜箔项目新建厂房12万平方米。", "capacity", &[]);
    check("该项目占地面积约20万平方米。", "capacity", &[]);
    check(
        "华鑫隔膜项目厂房建成后年产隔膜5亿平方米。",
        "capacity",
        &["500000000 平方米 per year (隔膜) | 年产隔膜5亿平方米"],
    );
}

/// 台套 is one unit; a phase after 四期 stays in the project's name.
#[test]
fn sets_of_machines_and_later_phases() {
    check(
        "华鑫铜箔项目产能达20万台套。",
        "capacity",
        &["200000 台套 → 华鑫铜箔项目 | 产能达20万台套"],
    );
    check(
        "宁德时代宜宾基地七期项目已投产。",
        "project",
        &["宁德时代宜宾基地七期项目 | 宁德时代宜宾基地七期项目"],
    );
}

/// Stages briefings often write that were read as none (helper-77), and a stage said to be where
/// the project now is after one it passed.
#[test]
fn construction_stages_as_briefings_write_them() {
    check(
        "华鑫铜箔项目正在进行设备调试。",
        "status",
        &["equipment-installation → 华鑫铜箔项目 | 正在进行设备调试"],
    );
    check(
        "华鑫铜箔项目主体结构已封顶。",
        "status",
        &["under-construction → 华鑫铜箔项目 | 主体结构已封顶"],
    );
    check(
        "华鑫铜箔项目主体厂房正在施工。",
        "status",
        &["under-construction → 华鑫铜箔项目 | 正在施工"],
    );
    check("华鑫铜箔项目去年底已投产。", "status", &["in-operation → 华鑫铜箔项目 | 已投产"]);
    check("华鑫铜箔项目力争年底前投产。", "status", &[]);
    check(
        "天宜锂业氢氧化锂项目已全面建成，目前处于试生产阶段。",
        "status",
        &["trial-production → 天宜锂业氢氧化锂项目 | 试生产"],
    );
    check(
        "The Huaxin copper foil project topped out in January.",
        "status",
        &["under-construction → Huaxin copper foil project | project topped out"],
    );
    check("Output topped out at 2 million tons.", "status", &[]);
    check(
        "At the Huaxin copper foil project, construction is under way.",
        "status",
        &["under-construction → Huaxin copper foil project | construction is under way"],
    );
    check(
        "The Huaxin plant has been in mass production since 2022.",
        "status",
        &["in-operation → Huaxin plant | in mass production"],
    );
    check(
        "At the Huaxin plant, the equipment is being debugged.",
        "status",
        &["equipment-installation → Huaxin plant | equipment is being debugged"],
    );
}

/// A date of the project's first products is no date of the visit (helper-77).
#[test]
fn a_first_products_date_is_no_visit_date() {
    check("近日，市长王涛调研华鑫铜箔项目，该项目于8月15日产出首批产品。", "date", &[]);
    check("The Huaxin plant rolled out its first batteries on August 15.", "date", &[]);
    check("On August 15 the mayor visited the Huaxin plant.", "date", &["8-15 | August 15"]);
    check(
        "The mayor held a meeting on August 15 at the Huaxin plant.",
        "date",
        &["8-15 | August 15"],
    );
}

/// A sum of money before a project's name is what it costs, no word of the name (helper-77:
/// "RMB" was taken for the enterprise); a figure without a currency stays in it.
#[test]
fn a_sum_before_a_name_is_no_part_of_it() {
    check(
        "Mayor Li visited the RMB 3.5 billion Huaxin copper foil project.",
        "project",
        &["Huaxin copper foil project [Huaxin] | Huaxin copper foil project"],
    );
    check(
        "Mayor Li visited the RMB 3.5 billion Huaxin copper foil project.",
        "amount",
        &["3500000000 RMB → Huaxin copper foil project | RMB 3.5 billion"],
    );
    check(
        "Mayor Li visited the $120 million Huaxin copper foil project.",
        "project",
        &["Huaxin copper foil project [Huaxin] | Huaxin copper foil project"],
    );
    check(
        "Mayor Li visited the 3.5 billion yuan Huaxin copper foil project.",
        "project",
        &["Huaxin copper foil project [Huaxin] | Huaxin copper foil project"],
    );
    check(
        "Mayor Li visited the 3.5-billion-yuan Huaxin copper foil project.",
        "project",
        &["Huaxin copper foil project [Huaxin] | Huaxin copper foil project"],
    );
    check(
        "Mayor Li visited the 840,000-set Huaxin motor project.",
        "project",
        &["840,000-set Huaxin motor project | 840,000-set Huaxin motor project"],
    );
}

/// "half a million" and "a million" are figures, as the validator reads them (helper-77).
#[test]
fn half_a_million_is_a_figure() {
    check(
        "The plant can produce half a million tonnes of steel a year.",
        "capacity",
        &["500000 tonnes per year (steel) | produce half a million tonnes of steel a year"],
    );
    check(
        "The plant makes a million tyres a year.",
        "capacity",
        &["1000000 tyres per year | makes a million tyres a year"],
    );
    check("The city will add half a million kilowatts.", "capacity", &[]);
}

/// A target and a figure compared with are no capacity (helper-77).
#[test]
fn a_target_or_a_figure_compared_with_is_no_capacity() {
    check(
        "The Hesai lidar plant aims to raise annual output to 1 million units by 2025.",
        "capacity",
        &[],
    );
    check(
        "The plant's annual output is 450,000 units, up from 300,000 units last year.",
        "capacity",
        &["450000 units per year | annual output is 450,000 units"],
    );
    check(
        "The Hesai lidar plant has an annual output of 1 million units.",
        "capacity",
        &["1000000 units per year → Hesai lidar plant | annual output of 1 million units"],
    );
}

/// A web page's dateline in numbers is a date (helper-77: China Daily's "Updated: 2024-07-22").
#[test]
fn a_date_in_numbers_as_a_dateline_writes_it() {
    check(
        "Updated: 2024-07-22\n\nThe mayor visited the plant.",
        "date",
        &["2024-7-22 | 2024-07-22"],
    );
    check("Product code 2024-13-40 is no date.", "date", &[]);
}

/// A measure word and a name of three words for what it measures keep their period (helper-77:
/// the cables and the year were lost).
#[test]
fn a_measure_of_a_long_name_keeps_its_period() {
    check("The plant produces 600 kilometers of optical fiber cables a year.", "capacity", &["600 kilometers per year (optical fiber cables) | produces 600 kilometers of optical fiber cables a year"]);
}

/// A title keeps the place and the organ written right before it ("Wujin district Party
/// Secretary", 三江新区党工委书记), which say whose secretary the official is; a word of the
/// sentence before them stays out of it ("On Monday,", "The"), and a title that names its organ
/// already (市委书记) or a department's head (市发改委主任) is read as before.
#[test]
fn a_title_keeps_the_place_and_organ_before_it() {
    check(
        "Wujin district Party Secretary Zhang Wei visited the plant.",
        "official",
        &["Zhang Wei (Wujin district Party Secretary) | Zhang Wei"],
    );
    check(
        "Sanjiang New Area Party Working Committee Secretary Li Ming visited the plant.",
        "official",
        &["Li Ming (Sanjiang New Area Party Working Committee Secretary) | Li Ming"],
    );
    check(
        "Mayor Gao Lin visited, accompanied by Wujin District Deputy Mayor Li Ping.",
        "official",
        &[
            "Gao Lin (Mayor) | Gao Lin",
            "Li Ping (Wujin District Deputy Mayor) taking part | Li Ping",
        ],
    );
    // An opening phrase of when or where is no name with a title after it, nor part of the title.
    check(
        "On Monday, Party Secretary Zhang Wei visited the plant.",
        "official",
        &["Zhang Wei (Party Secretary) | Zhang Wei"],
    );
    check(
        "The district Party Secretary Zhang Wei visited the plant.",
        "official",
        &["Zhang Wei (Party Secretary) | Zhang Wei"],
    );
    check(
        "三江新区党工委书记李明来到天元新材料项目调研。",
        "official",
        &["李明 (三江新区党工委书记) | 李明"],
    );
    check(
        "市长周强在三江新区调研，三江新区党工委副书记王芳、江北新区管委会主任陈明陪同。",
        "official",
        &[
            "周强 (市长) | 周强",
            "王芳 (三江新区党工委副书记) taking part | 王芳",
            "陈明 (江北新区管委会主任) taking part | 陈明",
        ],
    );
    // A word that puts the official somewhere is no part of the title.
    check(
        "市长周强在三江新区党工委书记李明陪同下调研。",
        "official",
        &["周强 (市长) | 周强", "李明 (三江新区党工委书记) taking part | 李明"],
    );
    // A word that opens the sentence (随后, "then") is no part of the place after it.
    check(
        "随后三江新区党工委书记李明来到项目。",
        "official",
        &["李明 (三江新区党工委书记) | 李明"],
    );
    // Where the words before the place run on (由三江新区), nothing tells where the place begins:
    // the title is the one the list writes, with the Party organ it names (党工委), and no word
    // of the sentence joins it.
    check("该项目由三江新区党工委书记李明带队推进。", "official", &["李明 (党工委书记) | 李明"]);
    check("3月5日，市委书记李明来到项目。", "official", &["李明 (市委书记) | 李明"]);
    check("徐州市委书记李明来到项目。", "official", &["李明 (市委书记) | 李明"]);
}

/// A fab and a production line are what a project's name may end with, as a plant is; a line
/// the text names by no one's name, or several lines, are no project.
#[test]
fn a_fab_and_a_production_line_are_projects() {
    check(
        "The mayor visited the SMIC phase two fab, which is under construction.",
        "project",
        &["SMIC phase two fab [SMIC] | SMIC phase two fab"],
    );
    check(
        "He inspected Sunrise Energy's new production line for sodium-ion batteries.",
        "project",
        &["Sunrise Energy's new production line [Sunrise Energy] | Sunrise Energy's new production line"],
    );
    // A production line closed by a comma ends its mention, as a plant does.
    check(
        "The mayor visited Sunrise battery production line, Delta steel plant.",
        "project",
        &[
            "Sunrise battery production line [Sunrise] | Sunrise battery production line",
            "Delta steel plant [Delta] | Delta steel plant",
        ],
    );
    // "The production line" points to the one project, as "the plant" does.
    check(
        "The mayor visited the Sunrise battery production line. The production line has an annual capacity of 2 GWh.",
        "capacity",
        &["2 GWh per year → Sunrise battery production line | annual capacity of 2 GWh"],
    );
    for text in [
        "Li Ming walked along the production line.",
        "The Sunrise plant has three production lines.",
    ] {
        let projects: Vec<String> = suggest(text, None)
            .suggestions
            .iter()
            .filter_map(|suggestion| match &suggestion.fact {
                Fact::Project(mention) => Some(mention.name.clone()),
                _ => None,
            })
            .collect();
        assert!(projects.iter().all(|name| !name.contains("line")), "{text:?}: {projects:?}");
    }
    // The rules read as many words as the longest head has to find one.
    use briefing_explorer::model::suggest::rules::english::{MOST_HEAD_WORDS, PROJECT_HEADS};
    for head in PROJECT_HEADS {
        assert!(head.split(' ').count() <= MOST_HEAD_WORDS, "{head:?}");
    }
}

/// A brand and a place after it ("CATL Jiangsu", as English news names a company's subsidiary
/// there) read as a company's name, as any two capitalised words a name begins with do: only one
/// word alone is a guess (`Wujin` is as often a district), and it is proposed as the enterprise.
#[test]
fn a_brand_and_a_place_after_it_is_a_company_name() {
    let suggestions = suggest("The mayor visited the CATL Jiangsu battery project.", None);
    let enterprises: Vec<(Option<&str>, bool)> = suggestions
        .suggestions
        .iter()
        .filter_map(|suggestion| match &suggestion.fact {
            Fact::Project(mention) => {
                Some((mention.stated_enterprise(), mention.enterprise_guessed))
            }
            _ => None,
        })
        .collect();
    assert_eq!(enterprises, [(Some("CATL Jiangsu"), false)]);
}

/// Titles joined by 、 (or "and") before one name are all that official's, as a briefing writes
/// someone's posts one after another (三江新区党工委书记、管委会主任李明; "Deputy Party Secretary and
/// Mayor Wang Qiang"): the role is them all, as written. Titles each before a name of its own
/// stay each official's.
#[test]
fn titles_joined_before_one_name_are_all_the_officials() {
    check(
        "三江新区党工委书记、管委会主任李明来到天元新材料项目调研。",
        "official",
        &["李明 (三江新区党工委书记、管委会主任) | 李明"],
    );
    check("市委副书记、市长王强来到项目调研。", "official", &["王强 (市委副书记、市长) | 王强"]);
    check(
        "市委书记、市人大常委会主任张伟来到项目调研。",
        "official",
        &["张伟 (市委书记、市人大常委会主任) | 张伟"],
    );
    check(
        "副省长、市委书记刘洋一行来到项目调研。",
        "official",
        &["刘洋 (副省长、市委书记) | 刘洋"],
    );
    // A member of the Party committee's standing committee writes it first; the committee's
    // meeting names no one.
    check(
        "市委常委、常务副市长陈静陪同调研。",
        "official",
        &["陈静 (市委常委、常务副市长) | 陈静"],
    );
    check("省委常委、市委书记周斌来到项目。", "official", &["周斌 (省委常委、市委书记) | 周斌"]);
    check("市委常委会研究部署重点项目建设。", "official", &[]);
    check("市委常委会议指出，要加快项目建设。", "official", &[]);
    check(
        "市委书记张伟，市委副书记、市长王强，副市长陈静、刘洋等参加。",
        "official",
        &[
            "张伟 (市委书记) | 张伟",
            "王强 (市委副书记、市长) taking part | 王强",
            "陈静 (副市长) taking part | 陈静",
            "刘洋 (副市长) taking part | 刘洋",
        ],
    );
    check(
        "Deputy Party Secretary and Mayor Wang Qiang visited the plant.",
        "official",
        &["Wang Qiang (Deputy Party Secretary and Mayor) | Wang Qiang"],
    );
    check(
        "Mayor and Deputy Party Secretary Zhou Bin visited the plant.",
        "official",
        &["Zhou Bin (Mayor and Deputy Party Secretary) | Zhou Bin"],
    );
    check(
        "Vice Governor and Xuzhou New Area Party Working Committee Secretary Zhou Bin visited the plant.",
        "official",
        &["Zhou Bin (Vice Governor and Xuzhou New Area Party Working Committee Secretary) | Zhou Bin"],
    );
    check(
        "Party Secretary Li Ming and Mayor Wang Qiang visited the plant.",
        "official",
        &["Li Ming (Party Secretary) | Li Ming", "Wang Qiang (Mayor) | Wang Qiang"],
    );
}

/// Titles joined by a comma before one name are that official's, as the ones joined by `and`
/// are (`Deputy Party Secretary, Mayor Wang Qiang`, as 市委副书记、市长王强); a comma after a
/// name still separates the officials of a list.
#[test]
fn titles_joined_by_a_comma_before_one_name_are_all_the_officials() {
    check(
        "Deputy Party Secretary, Mayor Wang Qiang visited the plant.",
        "official",
        &["Wang Qiang (Deputy Party Secretary, Mayor) | Wang Qiang"],
    );
    check(
        "Vice Governor, Xuzhou New Area Party Working Committee Secretary Zhou Bin visited the plant.",
        "official",
        &["Zhou Bin (Vice Governor, Xuzhou New Area Party Working Committee Secretary) | Zhou Bin"],
    );
    check(
        "On Monday, Deputy Party Secretary, Mayor Wang Qiang visited the plant.",
        "official",
        &["Wang Qiang (Deputy Party Secretary, Mayor) | Wang Qiang"],
    );
    check(
        "Mayor Wang Qiang, Vice Mayor Li Ming and Deputy Mayor Chen Hong visited the plant.",
        "official",
        &[
            "Wang Qiang (Mayor) | Wang Qiang",
            "Li Ming (Vice Mayor) | Li Ming",
            "Chen Hong (Deputy Mayor) | Chen Hong",
        ],
    );
}

/// A member of the Party committee's standing committee is an official, the committee's organ
/// kept with the title (`Municipal Party Standing Committee Member`, as 市委常委), alone or joined
/// to another title; a division in lowercase that no place's name precedes is the sentence's
/// words, not the title's.
#[test]
fn a_standing_committee_member_is_an_official() {
    check(
        "Municipal Party Standing Committee Member Zhang Hua visited the plant.",
        "official",
        &["Zhang Hua (Municipal Party Standing Committee Member) | Zhang Hua"],
    );
    check(
        "Standing Committee Member and Vice Mayor Zhou Lin visited the plant.",
        "official",
        &["Zhou Lin (Standing Committee Member and Vice Mayor) | Zhou Lin"],
    );
    check(
        "Standing Committee Member, Executive Vice Mayor Chen Jing visited the plant.",
        "official",
        &["Chen Jing (Standing Committee Member, Executive Vice Mayor) | Chen Jing"],
    );
    check(
        "The plant was visited by the district Party Secretary Zhang Wei.",
        "official",
        &["Zhang Wei (Party Secretary) | Zhang Wei"],
    );
}

/// A name ends before the words a briefing writes after an official's (讲话, 致辞, 发言, 作 of
/// 作重要讲话, 等, 说), and a title followed by one of them names no one (市长讲话).
#[test]
fn a_name_ends_before_what_an_official_does() {
    check("随后三江新区党工委书记李明讲话。", "official", &["李明 (三江新区党工委书记) | 李明"]);
    check("市长王强致辞。", "official", &["王强 (市长) | 王强"]);
    check("区委书记张伟发言。", "official", &["张伟 (区委书记) | 张伟"]);
    check("市委书记张伟作重要讲话。", "official", &["张伟 (市委书记) | 张伟"]);
    check("市长王强说，项目进展顺利。", "official", &["王强 (市长) | 王强"]);
    check(
        "副市长陈静、刘洋等参加。",
        "official",
        &["陈静 (副市长) | 陈静", "刘洋 (副市长) taking part | 刘洋"],
    );
    for text in ["市长讲话。", "市长致辞。", "区长发言。", "市长作重要讲话。"]
    {
        check(text, "official", &[]);
    }
}

/// A place's English name of several words (`Xuzhou Economic and Technological Development
/// Zone`, `Nanjing Jiangbei New Area`) is whose the title is, whole; a sentence's opening word
/// before it is not.
#[test]
fn a_title_keeps_a_place_of_several_words() {
    check(
        "Xuzhou Economic and Technological Development Zone Party Working Committee Secretary Li Ming visited the plant.",
        "official",
        &["Li Ming (Xuzhou Economic and Technological Development Zone Party Working Committee Secretary) | Li Ming"],
    );
    check(
        "The Xuzhou Economic and Technological Development Zone Party Working Committee Secretary Li Ming visited the plant.",
        "official",
        &["Li Ming (Xuzhou Economic and Technological Development Zone Party Working Committee Secretary) | Li Ming"],
    );
    check(
        "Nanjing Jiangbei New Area Party Working Committee Secretary Luo Qun visited the plant.",
        "official",
        &["Luo Qun (Nanjing Jiangbei New Area Party Working Committee Secretary) | Luo Qun"],
    );
    check(
        "Officials from Huatai Metals and Wujin District Deputy Mayor Li Ping attended.",
        "official",
        &["Li Ping (Wujin District Deputy Mayor) | Li Ping"],
    );
    // A headline before the sentence, on a line of its own, is no part of the place.
    check(
        "Sunrise Plant Opens\nWujin District Party Secretary Zhang Wei visited the plant.",
        "official",
        &["Zhang Wei (Wujin District Party Secretary) | Zhang Wei"],
    );
}
