//! The Yew reducer over the model's pure `State::apply`.

use std::rc::Rc;

use yew::Reducible;

use crate::model::state::{Action, State};

impl Reducible for State {
    type Action = Action;

    /// An action that changes nothing returns the same `Rc`, which skips the re-render.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}
