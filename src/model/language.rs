//! The interface languages, how a person's choice is read, and which text each one uses.

use super::dataset::Dataset;
use super::strings::editor::{self, EditorStrings};
use super::strings::validation::{self, ValidationStrings};
use super::strings::{Strings, EN, ZH};

/// A language of the interface. The data's own words (names, quotes) keep their language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Language {
    #[default]
    English,
    /// Simplified Chinese.
    Chinese,
}

impl Language {
    /// The interface's other language: what the language switch offers.
    pub fn other(self) -> Language {
        match self {
            Language::English => Language::Chinese,
            Language::Chinese => Language::English,
        }
    }

    pub const ALL: [Language; 2] = [Language::English, Language::Chinese];

    /// The interface text in this language.
    pub fn strings(self) -> &'static Strings {
        match self {
            Language::English => &EN,
            Language::Chinese => &ZH,
        }
    }

    /// The editor's interface text in this language (edit.html only).
    pub fn editor_strings(self) -> &'static EditorStrings {
        match self {
            Language::English => &editor::EN,
            Language::Chinese => &editor::ZH,
        }
    }

    /// The validator's messages in this language, for the app's problem list.
    pub fn validation_strings(self) -> &'static ValidationStrings {
        match self {
            Language::English => &validation::EN_PAGE,
            Language::Chinese => &validation::ZH,
        }
    }

    /// The validator's messages for the editor's form (`validation::EN_FORM`).
    pub fn form_validation_strings(self) -> &'static ValidationStrings {
        match self {
            Language::English => &validation::EN_FORM,
            Language::Chinese => &validation::ZH_FORM,
        }
    }

    /// The word for the language in the address: `#lang=zh`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh",
        }
    }

    /// The BCP 47 tag for `<html lang>`, which also picks the fonts for Chinese glyphs.
    pub fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh-Hans",
        }
    }

    /// The `lang` of a briefing's own words (names, quotes, directives) on a page in this
    /// interface language: the language its source is written in (`source_language`, a BCP 47
    /// tag), when that is not the interface's (English data read in the Chinese interface), so
    /// that a screen reader speaks them in their own voice and the browser picks their fonts.
    /// None when both are one language: the page's own `lang` says it already.
    pub fn data_lang(self, source_language: &str) -> Option<String> {
        let source = source_language.trim();
        // `zh_CN`, as some files write it, is `zh-CN` in a `lang` attribute.
        (!primary_subtag(source).is_empty() && !self.is_named_by(source))
            .then(|| source.replace('_', "-"))
    }

    /// Whether a BCP 47 tag names this language, whatever its region or script (`zh`, `zh-CN`,
    /// `zh_CN`, `zh-Hans` name Chinese).
    pub fn is_named_by(self, tag: &str) -> bool {
        primary_subtag(tag.trim()).eq_ignore_ascii_case(self.code())
    }

    /// The `lang` of the words a dataset shares among its briefings (industry and status
    /// labels, which the filters, charts and slides show): the language its briefings' sources
    /// are written in, when they all are in one and it is not the interface's (`data_lang`).
    /// None when the briefings differ (no one language is right) or there are none.
    pub fn dataset_lang(self, dataset: &Dataset) -> Option<String> {
        let (first, rest) = dataset.briefings.split_first()?;
        let language = first.source.language.trim();
        rest.iter()
            .all(|briefing| briefing.source.language.trim() == language)
            .then(|| self.data_lang(language))
            .flatten()
    }

    /// The language an address word names (`en`, `zh`, case-insensitive).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code().eq_ignore_ascii_case(code))
    }

    /// The first of the browser's preferred languages (`navigator.languages`, in order) that the
    /// interface has: any `zh` tag (`zh`, `zh-CN`, `zh-Hans-CN`, `zh-TW`) means Chinese, any
    /// `en` tag English; English when none matches.
    pub fn preferred<'a>(browser_languages: impl IntoIterator<Item = &'a str>) -> Language {
        browser_languages
            .into_iter()
            .find_map(|tag| Language::from_code(primary_subtag(tag)))
            .unwrap_or_default()
    }
}

/// A BCP 47 tag's language, before its region or script: `zh` of `zh-CN` (or `zh_CN`).
fn primary_subtag(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or_default()
}
