//! Chinese names: project mentions (`在X项目`, `来到X基地`), officials (`市长陈之常`,
//! `市领导刘伟、吴伟、黄辉`) and industries (`发展新能源产业`).

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

use super::document::{any_after, any_of, anywhere, Document};
use super::link::{Found, Subject};
use super::rules::chinese as words;
use super::{is_han, Fact, OfficialMention, ProjectMention};

static HEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("(?:{})+", any_of(words::PROJECT_HEADS))).unwrap());
static COMPANY: LazyLock<Regex> = LazyLock::new(|| anywhere(words::COMPANY_SUFFIXES));
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| anywhere(words::NAME_BOUNDARY_WORDS));
static PERIOD_WORD: LazyLock<Regex> = LazyLock::new(|| {
    anywhere(&words::PERIODS_BEFORE.iter().map(|(word, _)| *word).collect::<Vec<_>>())
});

/// A phase and a head right after a head (`基地三期项目`, `工厂二期工程项目`).
static PHASE_AND_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "^(?:{})(?:工程)?(?:{})",
        any_of(words::PHASES),
        any_of(words::PROJECT_HEADS)
    ))
    .unwrap()
});

/// Characters that end a name on its left: punctuation of either width, and spaces.
fn is_separator(character: char) -> bool {
    !(character.is_alphanumeric() || character == '.' || character == '．')
}

/// The shortest and longest a name may be before its head, in characters.
const MIN_NAME_CHARS: usize = 3;
const MAX_NAME_CHARS: usize = 40;

pub(crate) fn find_projects(document: &Document) -> Vec<Found> {
    let text = document.text;
    let mut found = Vec::new();
    let mut previous_head_end = 0;
    for head in HEAD.find_iter(text) {
        let after = &text[head.end()..];
        let factory_word =
            head.as_str().ends_with('厂') && after.starts_with(words::FACTORY_NOT_BEFORE);
        // A head modified by what follows (`新能源项目建设`) ends no name, unless what follows
        // says how the one project is getting on (`…项目建设情况`); nor does a head followed by a
        // count (`已落户新能源项目30个`), which counts projects.
        let progress = words::PROGRESS_OF_ONE.iter().any(|word| after.starts_with(word));
        let modified = words::HEAD_MODIFIED_BY.iter().any(|word| after.starts_with(word));
        let modifier = (modified && !progress) || COUNT_AFTER_HEAD.is_match(after);
        // A head before a phase of it and another head is part of that one's name
        // (`中创新航常州基地三期项目`), which reads back across it.
        if PHASE_AND_HEAD.is_match(after) {
            continue;
        }
        let Some(sentence) = document.sentence_at(head.start()) else { continue };
        let sentence_start = document.sentences[sentence].range.start;
        let earliest = sentence_start.max(previous_head_end);
        previous_head_end = head.end();
        if factory_word || modifier || earliest >= head.start() {
            continue;
        }
        let name_start = name_start(text, earliest, head.start());
        let body = &text[name_start..head.start()];
        if !is_name(body) {
            continue;
        }
        // A company named in full ends where its suffix does (`华夏新能源汽车有限公司整车项目`);
        // else the words before a period word (`宝武镁业年产6万吨…`) are the enterprise.
        let company = COMPANY.find_iter(body).last().map(|suffix| &body[..suffix.end()]);
        let enterprise = company
            .filter(|company| company.len() < body.len())
            .or_else(|| PERIOD_WORD.find(body).map(|word| &body[..word.start()]))
            .filter(|enterprise| enterprise.chars().count() >= 2)
            .or_else(|| {
                let built_by = BUILT_BY.captures(&text[earliest..name_start])?;
                built_by.name("company").map(|company| company.as_str())
            })
            .filter(|enterprise| !is_an_office(enterprise))
            .map(str::to_string);
        found.push(Found {
            span: name_start..head.end(),
            fact: Fact::Project(ProjectMention {
                name: text[name_start..head.end()].to_string(),
                enterprise,
                enterprise_guessed: false,
                makes: None,
                sentences: Vec::new(),
            }),
        });
    }
    found
}

/// A company that built the project named right after (`由长信科技投资建设的新型显示模组项目`,
/// `由长信科技建设运营的…`): its enterprise, though its name has no company suffix. Not two
/// companies together (`与`, `和`), nor an office (`由市政府投资建设的`, [`is_an_office`]).
static BUILT_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"由(?P<company>[^，。；、,;\s由的与和]{2,12}?)(?:负责|共同)?(?:投资|建设|兴建|运营)+的$",
    )
    .unwrap()
});

/// Whether `name` is a government office's or department's (`市政府`, `中建八局` reads as one
/// too, and builds for others: no owner either way).
fn is_an_office(name: &str) -> bool {
    name.contains("政府") || words::DEPARTMENT_ENDINGS.iter().any(|ending| name.ends_with(ending))
}

/// The most characters a bracketed part of a name holds (`华润微电子（无锡）有限公司`: a place).
const MAX_BRACKETED_CHARS: usize = 12;

/// Where a name ending at `end` starts, reading back no further than `earliest`: after the last
/// separator, then after the last boundary word (`来到`, `在`, `了`) or park it is in (`武进工业园内的`,
/// [`IN_A_PARK`]) before `end`. A short part in
/// brackets is the name's own (`华润微电子（无锡）有限公司` names the company's seat), not its end.
fn name_start(text: &str, earliest: usize, end: usize) -> usize {
    let run_start = earliest + run_start(&text[earliest..end]);
    let run = &text[run_start..end];
    let boundary = BOUNDARY.find_iter(run).last().map(|word| word.end());
    let park = IN_A_PARK.find_iter(run).last().map(|park| park.end());
    let start = run_start + boundary.max(park).unwrap_or(0);
    // A district or county the name opens with is where the project is (`鸠江区信义光伏玻璃项目`),
    // when enough of a name follows it.
    match DISTRICT.find(&text[start..end]) {
        Some(district)
            if text[start + district.end()..end].chars().count() >= MIN_AFTER_DISTRICT =>
        {
            start + district.end()
        }
        _ => start,
    }
}

/// A district's or county's name (`鸠江区`, `江北新区`, `丰县`): two or three characters and 区 or 县.
static DISTRICT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{Han}{2,3}[区县]").unwrap());
/// The characters a name keeps after a district it opens with: its enterprise or what it makes,
/// and its head (`信义光伏玻璃项目`), not a head alone or a generic word (`建设项目`).
const MIN_AFTER_DISTRICT: usize = 5;

/// A park and the word that puts what follows inside it (`武进工业园内的`, `江北产业园的`, `园区内`):
/// where a project is, not the start of its name.
static IN_A_PARK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?:{})(?:内的|里的|内|的)", any_of(words::PARK_HEADS))).unwrap()
});

/// Whether the character at `offset` of `run` is a hyphen between two Latin letters or digits,
/// part of a name (`TFT-LCD生产线项目`).
fn joins_latin(run: &str, offset: usize) -> bool {
    let hyphen = run[offset..].chars().next().is_some_and(|c| matches!(c, '-' | '‐'));
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    hyphen && latin(run[..offset].chars().next_back()) && latin(run[offset..].chars().nth(1))
}

/// Where the run of name characters ending `run` starts: after its last separator that is not
/// inside a short bracketed part.
fn run_start(run: &str) -> usize {
    let after = |offset: usize| offset + run[offset..].chars().next().map_or(0, char::len_utf8);
    // The byte where a bracketed part closes, while reading back inside one.
    let mut closed_at: Option<usize> = None;
    for (offset, character) in run.char_indices().rev() {
        match closed_at {
            None if matches!(character, '）' | ')') => closed_at = Some(offset),
            None if is_separator(character) && !joins_latin(run, offset) => return after(offset),
            Some(close) => {
                let inside = run[offset..close].chars().count();
                if matches!(character, '（' | '(') {
                    // Part of the name only inside it, after a character of the name, and not
                    // a list's number (`（一）恒通精密轴承项目`, `(2)`).
                    let content = &run[offset + character.len_utf8()..close];
                    let numbering = content
                        .chars()
                        .all(|c| c.is_numeric() || words::LIST_NUMERALS.contains(&c));
                    let within_name =
                        run[..offset].chars().next_back().is_some_and(|c| !is_separator(c));
                    if inside > MAX_BRACKETED_CHARS + 1 || numbering || !within_name {
                        return after(close);
                    }
                    closed_at = None;
                } else if is_separator(character) || inside > MAX_BRACKETED_CHARS {
                    return after(close);
                }
            }
            None => {}
        }
    }
    // An opening bracket never found: the name starts after the closing one.
    closed_at.map_or(0, after)
}

/// A company's full name and a word for its head (`天元新材料股份有限公司负责人`), or a verb that
/// makes it the owner after `由` (`由华夏新能源汽车有限公司投资建设`).
static COMPANY_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let heads: Vec<&str> =
        words::COMPANY_HEADS.iter().chain(words::COMPANY_BUILDS).copied().collect();
    any_after(words::COMPANY_SUFFIXES, "head", &heads)
});

/// The companies whose head speaks in a sentence (`听取了天元新材料股份有限公司负责人的汇报`), each
/// with the byte where its name starts: the enterprise of the one project that sentence is
/// about, since the official hears the company behind the site about its work there.
pub(crate) fn companies_reporting(document: &Document) -> Vec<(usize, String)> {
    let text = document.text;
    let mut companies = Vec::new();
    // A name is read back no further than the match before it, as a project's is, so that a
    // sentence of many reads each stretch once.
    let mut previous_end = 0;
    for captures in COMPANY_HEAD.captures_iter(text) {
        let Some(head) = captures.name("head") else { continue };
        let Some(sentence) = document.sentence_at(head.start()) else { continue };
        let earliest = document.sentences[sentence].range.start.max(previous_end);
        previous_end = head.end();
        let mut start = name_start(text, earliest, head.start());
        // An owner is named after `由` ("built by"); a verb of building after a company named
        // otherwise (`推进华夏公司建设`) says nothing of whose the project is.
        if words::COMPANY_BUILDS.contains(&head.as_str()) {
            let Some(by) = text[start..head.start()].rfind('由') else { continue };
            start += by + '由'.len_utf8();
        }
        let company = &text[start..head.start()];
        let Some(suffix) = COMPANY.find_iter(company).last() else { continue };
        let generic = words::GENERIC_COMPANY_WORDS.iter().any(|word| company.starts_with(word));
        let topic =
            words::REPORT_TOPIC_WORDS.iter().any(|word| text[head.end()..].starts_with(word));
        if company[..suffix.start()].chars().count() >= 2 && !generic && !topic {
            companies.push((start, company.to_string()));
        }
    }
    companies
}

/// A number and a count word (`三个`, `5家`, `几大`): the words before a head count projects.
static COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "[0-9０-９零一二两三四五六七八九十百千几多数若]+(?:{})",
        any_of(words::COUNT_WORDS)
    ))
    .unwrap()
});

/// A count right after a head (`项目30个`, `项目共12个`), as [`SEVERAL_PROJECTS`] reads it.
/// The count ends its clause: `项目12个月`, `项目两个车间` and `项目三大车间` count no projects.
static COUNT_AFTER_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    let counts: Vec<&str> =
        words::COUNT_WORDS.iter().copied().filter(|word| *word != "大").collect();
    Regex::new(&format!(
        r"^(?:{total})?{number}(?:{counts})(?:[，。；、,.;!?！？\s]|$)",
        number = SEVERAL_NUMBER,
        counts = any_of(&counts),
        total = any_of(words::COUNTED_TOTAL),
    ))
    .unwrap()
});

/// A number of more than one, as counts write it (`12`, `3`, `三`, `几十`).
const SEVERAL_NUMBER: &str =
    "(?:[0-9０-９]{2,}|[2-9２-９]|[两三四五六七八九十百千几数多若][零一二两三四五六七八九十百千]*)";

/// Projects counted, more than one: a number and a count word before a head (`12个重点项目`,
/// not `1个项目` or `一个项目`), after it (`签约项目12个`, `项目共12个`), or a word of several
/// (`一批项目`, `各项目`), with up to four characters of kind between (`三个重大产业项目`).
static SEVERAL_PROJECTS: LazyLock<Regex> = LazyLock::new(|| {
    let number = SEVERAL_NUMBER;
    let heads = any_of(words::PROJECT_HEADS);
    let kind = r"[^，。；！？、,.;!?\s]{0,4}?";
    Regex::new(&format!(
        "{number}(?:{counts}){kind}(?:{heads})|(?:{heads})(?:{total})?{number}(?:{counts})|(?:{several}){kind}(?:{heads})",
        counts = any_of(words::COUNT_WORDS),
        total = any_of(words::COUNTED_TOTAL),
        several = any_of(words::SEVERAL_BEFORE),
    ))
    .unwrap()
});

/// What each sentence's own words say of its subject ([`Subject`]): one project pointed to
/// (`该项目`, or `项目` opening a sentence that counts none: [`opens_pointing_to_a_project`]), or
/// a subject of its own: it counts several projects (`活动现场共签约项目12个，总投资150亿元`), or opens with a park's name
/// (`江北锂电材料产业园总投资50亿元`, [`PARK_SUBJECT`]). When it names no project, a sentence of its
/// own subject is about none of the projects its paragraph names, and the figures in it are
/// theirs together or the park's, not the one project's the sentence before names. One of them
/// (`10个重点项目之一`) is the one project still.
pub(crate) fn sentence_subjects(document: &Document) -> Vec<Subject> {
    let text = document.text;
    document
        .sentences
        .iter()
        .map(|sentence| {
            let sentence = &text[sentence.range.clone()];
            let several = || {
                SEVERAL_PROJECTS.find_iter(sentence).any(|counted| {
                    !words::ONE_OF.iter().any(|word| sentence[counted.end()..].starts_with(word))
                })
            };
            if park_described(sentence).is_some() {
                Subject::Place
            } else if POINTED_PROJECT.is_match(sentence) {
                Subject::Pointed
            } else if several() {
                Subject::Own
            } else if opens_pointing_to_a_project(sentence) {
                Subject::Pointed
            } else if opens_with_a_park(sentence) {
                Subject::Place
            } else {
                Subject::Unsaid
            }
        })
        .collect()
}

/// A sentence opening with a project's head alone as its subject (`项目已开工建设`, `项目总投资35亿元`).
fn opens_pointing_to_a_project(sentence: &str) -> bool {
    let sentence = sentence.trim_start();
    words::PROJECT_HEADS.iter().any(|head| sentence.starts_with(head))
}

/// A park's name at a sentence's start, after at most a short opening clause (`目前，`, `据介绍，`), as
/// its subject (`江北锂电材料产业园总投资50亿元`, `园区规划产能20万吨`): a place where projects are,
/// not one of them, unless a project's head follows (`鑫源智能装备产业园项目`) or its people
/// speak (`经开区负责人表示`). Words that end a name on its left (`在江北锂电材料产业园，`,
/// `市长来到园区`), or put a project in it (`项目位于江北产业园`), tell a park named later in the
/// sentence, which is not its subject.
static PARK_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[^，。；,;\s]{{1,6}}[，,])?(?P<name>[\s“”\p{{Han}}A-Za-z0-9（）()]{{0,24}}?(?:{}))",
        any_of(words::PARK_HEADS)
    ))
    .unwrap()
});

/// A sentence opening with a park described by the project in it (`新和电池项目所在的江北产业园规划产能…`):
/// the words up to the park's name, where the project named is not the sentence's subject.
static PARK_OF_A_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:[^，。；,;\s]{{1,6}}[，,])?[^，。；,;]{{0,30}}?(?:{heads})所在(?:的|地)?[^，。；,;]{{0,24}}?(?:{parks})",
        heads = any_of(words::PROJECT_HEADS),
        parks = any_of(words::PARK_HEADS),
    ))
    .unwrap()
});

/// The words before each sentence's verb that describe the park it opens with by a project in it
/// ([`park_described`]): a project named there is where the park's figures are not.
pub(crate) fn place_descriptions(document: &Document) -> Vec<Range<usize>> {
    document
        .sentences
        .iter()
        .filter_map(|sentence| {
            let park = park_described(&document.text[sentence.range.clone()])?;
            let start = sentence.range.start;
            Some(start + park.start..start + park.end)
        })
        .collect()
}

/// Where a sentence opens with a park described by the project in it ([`PARK_OF_A_PROJECT`]), the
/// park its subject: not its people speaking (`…所在的经开区负责人表示`) nor a project of its own
/// (`…所在园区二期项目`).
fn park_described(sentence: &str) -> Option<Range<usize>> {
    let park = PARK_OF_A_PROJECT.find(sentence)?;
    the_park_itself(&sentence[park.end()..]).then(|| park.range())
}

/// Whether a park's name, followed by `after`, names the park itself: not its people speaking
/// (`经开区负责人表示`) nor a project of its own (`鑫源智能装备产业园项目`, `…所在园区二期项目`).
fn the_park_itself(after: &str) -> bool {
    !words::PARK_SPEAKERS.iter().any(|word| after.starts_with(word))
        && !words::PROJECT_HEADS.iter().any(|head| after.starts_with(head))
}

fn opens_with_a_park(sentence: &str) -> bool {
    PARK_SUBJECT.captures(sentence).and_then(|captures| captures.name("name")).is_some_and(|park| {
        let name = park.as_str();
        the_park_itself(&sentence[park.end()..])
            && !words::PROJECT_HEADS.iter().any(|head| name.contains(head))
            && !words::NAME_BOUNDARY_WORDS
                .iter()
                .chain(words::IN_A_PARK_VERBS)
                .any(|word| name.contains(word))
    })
}

/// The one project a sentence points to (`该项目`).
static POINTED_PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    let words = format!("(?:{})(?:{})", any_of(words::THIS_PROJECT), any_of(words::PROJECT_HEADS));
    Regex::new(&words).unwrap()
});

/// Whether the words before a head name one project, not a kind of project (`重点`, `化工`), a
/// count of them (`三个`), a target (`亿元以上`) or a request made of them (`要求各部门强化`).
fn is_name(body: &str) -> bool {
    let length = body.chars().count();
    if !(MIN_NAME_CHARS..=MAX_NAME_CHARS).contains(&length)
        || words::GENERIC_NAME_ENDINGS.iter().any(|ending| body.ends_with(ending))
        || words::NOT_NAME_WORDS.iter().chain(words::REQUEST_VERBS).any(|word| body.contains(word))
        || COUNT.is_match(body)
    {
        return false;
    }
    let mut rest = body;
    while let Some(word) = words::GENERIC_NAME_WORDS.iter().find(|word| rest.starts_with(**word)) {
        rest = &rest[word.len()..];
    }
    rest.chars().count() >= 2
}

/// A title whole: with its deputy's word, the organ the text writes before it and the words
/// that say how its holder holds it (`市政府副秘书长`, `常务副市长`, `代市长`, `市委原书记`,
/// `市政府党组成员`), so that no title is read without them. A department's Party organ starts the
/// title (`党组书记`), and the department before it is read as a department head's is.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?:{holding})?(?:{organs})?(?:{party})?(?:{holding})?(?:{deputies})?(?:{titles})",
        holding = any_of(words::HOLDING_WORDS),
        organs = any_of(words::TITLE_OWN_ORGANS),
        party = any_of(words::PARTY_ORGANS),
        deputies = any_of(words::DEPUTY_WORDS),
        titles = any_of(words::TITLES),
    ))
    .unwrap()
});
static GROUP: LazyLock<Regex> = LazyLock::new(|| anywhere(words::LEADER_GROUPS));
/// A department head's title whole (`局副局长`, `委常务副主任`, `委原主任`, `委一级巡视员`), right
/// after a department's name, which [`department_at`] reads, or after a joiner (`、主任`), where it
/// is only the title before's holder's second post.
static DEPARTMENT_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "(?:{endings}|(?P<joiner>{joiners}))(?P<title>(?:{holding})?(?:{grades})?(?:{deputies})?(?:{titles}))",
        endings = any_of(words::DEPARTMENT_ENDINGS),
        joiners = any_of(words::TITLE_JOINERS),
        holding = any_of(words::HOLDING_WORDS),
        grades = any_of(words::RANK_GRADES),
        deputies = any_of(words::DEPUTY_WORDS),
        titles = any_of(words::DEPARTMENT_HEAD_TITLES),
    ))
    .unwrap()
});

/// A title in the text: where it is, and whether it is a title only as a second post of the
/// official whose title is right before it (`、主任`).
struct TitleAt {
    range: Range<usize>,
    second_post_only: bool,
}

/// Officials with a title (a department's head's after the department's name), and the names
/// listed after a group title (who take part).
pub(crate) fn find_officials(document: &Document) -> Vec<Found> {
    let text = document.text;
    let mut found = Vec::new();
    let titles = TITLE
        .find_iter(text)
        .map(|title| TitleAt { range: held_from(text, title.range()), second_post_only: false });
    let department_heads = DEPARTMENT_HEAD.captures_iter(text).filter_map(|captures| {
        Some(TitleAt {
            range: captures.name("title")?.range(),
            second_post_only: captures.name("joiner").is_some(),
        })
    });
    let mut titles: Vec<TitleAt> = titles.chain(department_heads).collect();
    titles.sort_by_key(|title| title.range.start);
    // Where the title before ends, and where its role begins.
    let mut previous: Option<(usize, usize)> = None;
    for TitleAt { range: title, second_post_only } in titles {
        let own_start = whose_title_at(document, title.start)
            .or_else(|| department_at(document, title.start))
            .unwrap_or(title.start);
        // A title joined to the one before by `、` or `兼` is the same official's, whose role is
        // both (`市委副书记、市长王强`, `三江新区党工委书记、管委会主任李明`): the one before is
        // followed by no name of its own. A department head's title after a joiner with no
        // title right before it is no official's (`工人王芳、主任张伟` may name a workshop's head).
        let start = match previous {
            Some((end, start)) if joins_titles(&text[end..title.start]) => start,
            _ if second_post_only => continue,
            _ => own_start,
        };
        previous = Some((title.end, start));
        // A title before names listed with `、` is each one's (`副市长陈静、刘洋`).
        for span in names_listed_at(text, title.end) {
            found.push(official(text, span, &text[start..title.end], false));
        }
    }
    for group in GROUP.find_iter(text) {
        for span in names_listed_at(text, group.end()) {
            found.push(official(text, span, group.as_str(), true));
        }
    }
    found
}

/// Where the title at `title` begins: after a word that says how its holder holds it (`原`)
/// when that word ends the word before it instead (`太原市长` is the mayor of 太原), which is
/// when the text before does not end there ([`ends_the_words_before`]) nor with a particle or
/// verb after which `原` means "former" ([`words::FORMER_AFTER_WORDS`]: `会见了原市长`).
fn held_from(text: &str, title: Range<usize>) -> Range<usize> {
    let holding = words::HOLDING_WORDS.iter().find(|word| text[title.clone()].starts_with(**word));
    let before = &text[..title.start];
    let holds_there = ends_the_words_before(before)
        || words::FORMER_AFTER_WORDS.iter().any(|word| before.ends_with(word));
    match holding {
        Some(word) if !holds_there => title.start + word.len()..title.end,
        _ => title,
    }
}

/// The most characters of the organ or department named between two titles of one official
/// (`市人大常委会` in `市委书记、市人大常委会主任`).
const MAX_JOINED_ORGAN_CHARS: usize = 8;

/// Whether the text between two titles joins them as one official's: a `、` or `兼` and at most the
/// name of the second's organ or department, in Han characters only, so that no clause or list
/// of names (which punctuation would set off) stands between them.
fn joins_titles(between: &str) -> bool {
    let joined = words::TITLE_JOINERS.iter().find_map(|joiner| between.strip_prefix(joiner));
    joined.is_some_and(|organ| {
        organ.chars().count() <= MAX_JOINED_ORGAN_CHARS && organ.chars().all(is_han)
    })
}

/// The words after which a title's place or department may begin: a word that ends what came
/// before ([`words::AFTER_NAME_WORDS`], [`words::NAME_JOINERS`]: `在三江新区党工委书记李明陪同下`),
/// opens the sentence ([`words::SENTENCE_OPENERS`]: `随后三江新区…`) or joins it to the title
/// before ([`words::TITLE_JOINERS`]: `副市长兼市公安局局长`).
static BEFORE_A_TITLE: LazyLock<Vec<&str>> = LazyLock::new(|| {
    words::AFTER_NAME_WORDS
        .iter()
        .chain(words::NAME_JOINERS)
        .chain(words::SENTENCE_OPENERS)
        .chain(words::TITLE_JOINERS)
        .copied()
        .collect()
});

/// A place and its organ right before a title (`三江新区党工委`, `江北新区管委会`, `徐州市`), which say
/// whose the title is: after punctuation, the text's start, or a word of [`BEFORE_A_TITLE`], so
/// that no word of the sentence is taken for the place's. The place is two or three characters
/// before its ending; a longer run (`项目三江新区`) cannot be told from the words before it, and
/// the title stays as the list writes it.
static WHOSE_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:{after}|^|[^\p{{Han}}])(?P<whose>\p{{Han}}{{2,3}}(?:{endings})(?:{organs})?)$",
        after = any_of(&BEFORE_A_TITLE),
        endings = any_of(words::TITLE_PLACE_ENDINGS),
        organs = any_of(words::TITLE_ORGANS),
    ))
    .unwrap()
});

/// Where the place and organ before the title at `title_start` begin ([`WHOSE_TITLE`]), read
/// within the title's sentence.
fn whose_title_at(document: &Document, title_start: usize) -> Option<usize> {
    let sentence = &document.sentences[document.sentence_at(title_start)?];
    let before = &document.text[sentence.range.start..title_start];
    let whose = WHOSE_TITLE.captures(before)?.name("whose")?;
    Some(sentence.range.start + whose.start())
}

/// The most characters of a department's name read before a title: 市人力资源和社会保障局 is
/// eleven.
const MAX_DEPARTMENT_CHARS: usize = 14;

/// A department's name (`市发展改革委`, `区工信局`, `南京市发改委`, `江北新区管委会`): from a place's
/// ending, with the place's name before it or alone (`市`, `区`), to a department's ending, in
/// Han characters only. A word of how its head holds the title may open it (`原市发改委主任`, a
/// former director), and stays in the title.
static DEPARTMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:{holding})?(?:\p{{Han}}{{2,3}})?(?:{places})\p{{Han}}*(?:{endings})$",
        holding = any_of(words::HOLDING_WORDS),
        places = any_of(words::TITLE_PLACE_ENDINGS),
        endings = any_of(words::DEPARTMENT_ENDINGS),
    ))
    .unwrap()
});

/// Where the department named right before the title at `title_start` begins ([`DEPARTMENT`]),
/// read within the title's sentence: the nearest start after what ends the words before it
/// (punctuation, the sentence's start, or a word of [`BEFORE_A_TITLE`]:
/// `在市发改委主任陈明陪同下`). The nearest,
/// so that the words before the department are not read as part of its name (`陪同区工信局局长`).
fn department_at(document: &Document, title_start: usize) -> Option<usize> {
    let sentence = &document.sentences[document.sentence_at(title_start)?];
    let before = &document.text[sentence.range.start..title_start];
    let mut starts = before.char_indices().rev().take(MAX_DEPARTMENT_CHARS).map(|(at, _)| at);
    let start = starts
        .find(|&at| DEPARTMENT.is_match(&before[at..]) && ends_the_words_before(&before[..at]))?;
    Some(sentence.range.start + start)
}

/// Whether `before` ends where a title's place or department may begin: it is empty, ends with a
/// character that is not Han, or ends with a word of [`BEFORE_A_TITLE`].
fn ends_the_words_before(before: &str) -> bool {
    before.chars().next_back().is_none_or(|last| !is_han(last))
        || BEFORE_A_TITLE.iter().any(|word| before.ends_with(word))
}

/// The name at `start` and each name after a `、` that follows one (`刘伟、吴伟、黄辉`), up to one
/// that is a title or a group's (`副市长陈静、区领导参加`, `市长王强、秘书长陪同`).
fn names_listed_at(text: &str, start: usize) -> Vec<Range<usize>> {
    let mut names = Vec::new();
    let mut position = start;
    while let Some(span) = name_at(text, position).filter(|span| !is_a_title(&text[span.clone()])) {
        position = span.end;
        names.push(span);
        match text[position..].strip_prefix('、') {
            Some(_) => position += '、'.len_utf8(),
            None => break,
        }
    }
    names
}

fn official(text: &str, span: Range<usize>, role: &str, taking_part: bool) -> Found {
    Found {
        fact: Fact::Official(OfficialMention {
            name: text[span.clone()].to_string(),
            role: role.to_string(),
            taking_part,
        }),
        span,
    }
}

/// Whether `name` is a title or a group's, not a person's (`秘书长`, `区领导`, `主任`).
fn is_a_title(name: &str) -> bool {
    TITLE.is_match(name)
        || GROUP.is_match(name)
        || words::DEPARTMENT_HEAD_TITLES.iter().chain(&["领导"]).any(|title| name.ends_with(title))
}

/// A personal name of three or two Han characters at `start`: the one that what follows can
/// follow (punctuation, or a word such as `调研`, `参加`). When both can, the longer, unless the
/// shorter is followed by a longer such word: 王涛来到 is 王涛 and 来到, not 王涛来 and 到, while
/// 王志强调研 is 王志强 and 调研.
fn name_at(text: &str, start: usize) -> Option<Range<usize>> {
    let rest = &text[start..];
    // A title followed by what an official does names no one (`市长讲话`).
    if rest.starts_with(words::NOT_NAME_START)
        || words::AFTER_NAME_WORDS.iter().any(|word| rest.starts_with(word))
    {
        return None;
    }
    let characters: Vec<(usize, char)> = rest.char_indices().take(3).collect();
    let fits = |length: usize| {
        let han =
            characters.len() >= length && characters[..length].iter().all(|(_, c)| is_han(*c));
        if !han {
            return None;
        }
        let end = characters[length - 1].0 + characters[length - 1].1.len_utf8();
        let following = &rest[end..];
        // How strongly what follows ends a name: any character that is not Han most of all.
        let strength = if following.chars().next().is_none_or(|next| !is_han(next)) {
            Some(usize::MAX)
        } else {
            words::AFTER_NAME_WORDS
                .iter()
                .filter(|word| following.starts_with(*word))
                .map(|word| word.chars().count())
                .max()
        };
        strength.map(|strength| (end, strength))
    };
    // A word of one character that may follow a name is no name's last character: 刘洋等参加 is
    // 刘洋 and 等, 王强说 is 王强 and 说.
    let end = match (fits(3), fits(2)) {
        (Some((_, longer)), Some((end, shorter))) if shorter > longer || shorter == 1 => end,
        (Some((end, _)), _) | (None, Some((end, _))) => end,
        (None, None) => return None,
    };
    Some(start..start + end)
}

static INDUSTRY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:{})(?P<name>\p{{Han}}{{2,6}}?)产业", any_of(words::INDUSTRY_VERBS)))
        .unwrap()
});

/// Industries the text names (`发展新能源产业` → `新能源`), with their byte offsets.
pub(crate) fn industries(text: &str) -> Vec<(usize, String)> {
    INDUSTRY
        .captures_iter(text)
        .filter_map(|captures| {
            let whole = captures.get(0)?;
            let chain = text[whole.end()..].starts_with(['链', '园']);
            let name = captures.name("name")?;
            (!chain).then(|| (name.start(), name.as_str().to_string()))
        })
        .collect()
}
