//! Many needles found in one pass over a text: the Aho-Corasick automaton, a trie of the needles
//! in which each state also knows where to go on a byte it has no edge for.
//!
//! The `aho-corasick` crate does this and more (the editor and the suggestions use it), but the
//! reader's page only needs every occurrence of a glossary's terms, and the crate's builder
//! added 18 KB (brotli) to the page's wasm even without its prefilters and faster automata:
//! this one is a few hundred bytes.

use std::ops::Range;

/// The trie's root, where a search starts and where a byte no suffix continues leads.
const ROOT: u32 = 0;
/// In `needle` and `output`: none.
const NONE: u32 = u32::MAX;

/// A set of needles, built once, found in any number of texts.
#[derive(Clone, Debug)]
pub struct Needles {
    /// Per state, its edges as (byte, state), sorted by byte.
    edges: Vec<Vec<(u8, u32)>>,
    /// Per state, the state of its longest proper suffix that is in the trie.
    fallback: Vec<u32>,
    /// Per state, the needle that ends there (the first given, of equal ones), or `NONE`.
    needle: Vec<u32>,
    /// Per state, the nearest state along its fallbacks where a needle ends, or `NONE`: the
    /// needles ending inside another at the same byte ("ab" at the end of "cab").
    output: Vec<u32>,
    /// Per needle, its length in bytes.
    lengths: Vec<usize>,
}

impl Needles {
    /// The automaton of `needles`; an empty needle is never found.
    pub fn new<'n>(needles: impl IntoIterator<Item = &'n str>) -> Needles {
        let mut needles = needles.into_iter();
        NeedlesInProgress::default().finish(|_| needles.next().map(str::to_string))
    }

    fn empty() -> Needles {
        Needles {
            edges: vec![Vec::new()],
            fallback: vec![ROOT],
            needle: vec![NONE],
            output: vec![NONE],
            lengths: Vec::new(),
        }
    }

    /// How many needles were given.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// Every occurrence of every needle in `text`, overlapping ones included, as (needle, byte
    /// range) in the order they end (at one end, the longest first), while `keep` says to go
    /// on: it sees each occurrence and may stop the search by answering `false`.
    pub fn each_occurrence(&self, text: &str, mut keep: impl FnMut(usize, Range<usize>) -> bool) {
        let mut state = ROOT;
        for (at, &byte) in text.as_bytes().iter().enumerate() {
            state = self.next(state, byte);
            let mut ending = if self.needle[state as usize] == NONE {
                self.output[state as usize]
            } else {
                state
            };
            while ending != NONE {
                let needle = self.needle[ending as usize] as usize;
                let end = at + 1;
                if !keep(needle, end - self.lengths[needle]..end) {
                    return;
                }
                ending = self.output[ending as usize];
            }
        }
    }

    fn insert(&mut self, needle: &str) {
        let index = self.lengths.len() as u32;
        self.lengths.push(needle.len());
        if needle.is_empty() {
            return;
        }
        let mut state = ROOT;
        for &byte in needle.as_bytes() {
            state = match self.edge(state, byte) {
                Some(next) => next,
                None => {
                    let next = self.edges.len() as u32;
                    self.edges.push(Vec::new());
                    self.fallback.push(ROOT);
                    self.needle.push(NONE);
                    self.output.push(NONE);
                    let edges = &mut self.edges[state as usize];
                    let at = edges.partition_point(|&(edge, _)| edge < byte);
                    edges.insert(at, (byte, next));
                    next
                }
            };
        }
        if self.needle[state as usize] == NONE {
            self.needle[state as usize] = index;
        }
    }

    /// Sets the fallback and output of each child of `state`, whose own are set, and queues
    /// them: breadth first, a state's fallback is shallower, so it is linked before the state is.
    fn link_children(&mut self, state: u32, queue: &mut Vec<u32>) {
        for index in 0..self.edges[state as usize].len() {
            let (byte, child) = self.edges[state as usize][index];
            // The root's children fall back to the root, as they were made.
            if state != ROOT {
                let fallback = self.next(self.fallback[state as usize], byte);
                self.fallback[child as usize] = fallback;
                self.output[child as usize] = if self.needle[fallback as usize] == NONE {
                    self.output[fallback as usize]
                } else {
                    fallback
                };
            }
            queue.push(child);
        }
    }

    /// Where `byte` leads from `state`: its edge, else its fallbacks' first edge for the byte.
    /// Reading a text this way costs at most two steps per byte, amortised.
    fn next(&self, mut state: u32, byte: u8) -> u32 {
        loop {
            if let Some(next) = self.edge(state, byte) {
                return next;
            }
            if state == ROOT {
                return ROOT;
            }
            state = self.fallback[state as usize];
        }
    }

    fn edge(&self, state: u32, byte: u8) -> Option<u32> {
        let edges = &self.edges[state as usize];
        edges.binary_search_by_key(&byte, |&(edge, _)| edge).ok().map(|at| edges[at].1)
    }
}

/// A [`Needles`] built a part at a time, so that a long list of needles (a glossary of a hundred
/// thousand terms, a tenth of a second to build in the page) need not hold the page for all of
/// it in one task: the needles go in, then the states are linked, each step counted.
#[derive(Clone, Debug)]
pub struct NeedlesInProgress {
    built: Needles,
    /// The states to link, breadth first, once every needle is in (`None` until then).
    queue: Option<Vec<u32>>,
    /// How many states of `queue` are linked.
    linked: usize,
}

impl Default for NeedlesInProgress {
    fn default() -> Self {
        NeedlesInProgress { built: Needles::empty(), queue: None, linked: 0 }
    }
}

impl NeedlesInProgress {
    /// Puts in the needles `next_needle` gives (asked with each one's number, in order, until it
    /// answers `None`), then links the states, while `steps` last: a needle takes one per byte
    /// (one at least), a state one. `true` once the automaton is whole.
    pub fn advance(
        &mut self,
        mut next_needle: impl FnMut(usize) -> Option<String>,
        steps: &mut usize,
    ) -> bool {
        let NeedlesInProgress { built, queue, linked } = self;
        let queue = match queue {
            Some(queue) => queue,
            None => loop {
                if *steps == 0 {
                    return false;
                }
                match next_needle(built.len()) {
                    Some(needle) => {
                        *steps = steps.saturating_sub(needle.len().max(1));
                        built.insert(&needle);
                    }
                    None => break queue.insert(vec![ROOT]),
                }
            },
        };
        while let Some(&state) = queue.get(*linked) {
            if *steps == 0 {
                return false;
            }
            *steps -= 1;
            *linked += 1;
            built.link_children(state, queue);
        }
        true
    }

    /// The automaton, its building done now with the needles `next_needle` gives.
    pub fn finish(mut self, next_needle: impl FnMut(usize) -> Option<String>) -> Needles {
        let mut unlimited = usize::MAX;
        self.advance(next_needle, &mut unlimited);
        self.built
    }
}
