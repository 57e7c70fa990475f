//! Where an activity helps a developer: the journey stages, and the direction they imply.

use std::fmt;

use crate::model::json::{json_names, Json, JsonError, Reader, Writer};

/// A developer's changing intent, from first hearing of the product to running it at scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum JourneyStage {
    Discover,
    Evaluate,
    Learn,
    Build,
    Scale,
}

json_names!(JourneyStage {
    Discover: "discover",
    Evaluate: "evaluate",
    Learn: "learn",
    Build: "build",
    Scale: "scale",
});

impl JourneyStage {
    /// Every stage, in journey order.
    pub const ALL: [JourneyStage; 5] = [
        JourneyStage::Discover,
        JourneyStage::Evaluate,
        JourneyStage::Learn,
        JourneyStage::Build,
        JourneyStage::Scale,
    ];

    /// The stage's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            JourneyStage::Discover => "Discover",
            JourneyStage::Evaluate => "Evaluate",
            JourneyStage::Learn => "Learn",
            JourneyStage::Build => "Build",
            JourneyStage::Scale => "Scale",
        }
    }
}

/// Whether the work advocates *to* developers (outbound) or *for* them inside the company (inbound).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Outbound,
    Inbound,
}

json_names!(Direction {
    Outbound: "outbound",
    Inbound: "inbound",
});

impl Direction {
    /// The direction's name as shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Direction::Outbound => "Outbound",
            Direction::Inbound => "Inbound",
        }
    }

    /// The direction the stages imply: work that reaches developers where they discover products
    /// is outbound; work that serves them once they evaluate, learn, build or scale is inbound.
    /// `None` when no stage is set.
    pub fn from_stages(stages: StageSet) -> Option<Direction> {
        if stages.is_empty() {
            None
        } else if stages.contains(JourneyStage::Discover) {
            Some(Direction::Outbound)
        } else {
            Some(Direction::Inbound)
        }
    }
}

/// A set of journey stages, one bit per stage: copied, compared and stored without an
/// allocation, and always listed in journey order.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct StageSet(u8);

impl StageSet {
    /// The empty set.
    pub const fn new() -> StageSet {
        StageSet(0)
    }

    fn bit(stage: JourneyStage) -> u8 {
        1 << stage as u8
    }

    /// Adds `stage`; false when it was already in the set.
    pub fn insert(&mut self, stage: JourneyStage) -> bool {
        let added = !self.contains(stage);
        self.0 |= StageSet::bit(stage);
        added
    }

    /// Takes `stage` out; false when it was not in the set.
    pub fn remove(&mut self, stage: JourneyStage) -> bool {
        let removed = self.contains(stage);
        self.0 &= !StageSet::bit(stage);
        removed
    }

    /// Whether `stage` is in the set.
    pub fn contains(self, stage: JourneyStage) -> bool {
        self.0 & StageSet::bit(stage) != 0
    }

    /// How many stages the set holds.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set holds no stage.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The stages in the set, in journey order.
    pub fn iter(self) -> impl Iterator<Item = JourneyStage> {
        JourneyStage::ALL
            .into_iter()
            .filter(move |stage| self.contains(*stage))
    }
}

impl FromIterator<JourneyStage> for StageSet {
    fn from_iter<I: IntoIterator<Item = JourneyStage>>(stages: I) -> StageSet {
        let mut set = StageSet::new();
        for stage in stages {
            set.insert(stage);
        }
        set
    }
}

impl<const N: usize> From<[JourneyStage; N]> for StageSet {
    fn from(stages: [JourneyStage; N]) -> StageSet {
        stages.into_iter().collect()
    }
}

/// Lists the stages, like the set of them would.
impl fmt::Debug for StageSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

/// Stored as an array of stage names in journey order; reading accepts any order and repeats.
impl Json for StageSet {
    fn write_json(&self, w: &mut Writer) {
        w.array();
        for stage in self.iter() {
            stage.write_json(w);
        }
        w.end_array();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut set = StageSet::new();
        r.array()?;
        while r.item()? {
            set.insert(JourneyStage::read_json(r)?);
        }
        Ok(set)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stages(list: &[JourneyStage]) -> StageSet {
        list.iter().copied().collect()
    }

    #[test]
    fn discovery_work_is_outbound_and_the_rest_inbound() {
        use JourneyStage::*;
        assert_eq!(
            Direction::from_stages(stages(&[Discover])),
            Some(Direction::Outbound)
        );
        assert_eq!(
            Direction::from_stages(stages(&[Discover, Learn])),
            Some(Direction::Outbound),
            "a blog post found by search that also teaches is still outreach"
        );
        assert_eq!(
            Direction::from_stages(stages(&[Learn])),
            Some(Direction::Inbound)
        );
        assert_eq!(
            Direction::from_stages(stages(&[Build, Scale])),
            Some(Direction::Inbound)
        );
        assert_eq!(Direction::from_stages(stages(&[])), None);
    }

    #[test]
    fn a_stage_set_lists_its_stages_in_journey_order() {
        use JourneyStage::*;
        let mut set = stages(&[Scale, Discover, Build]);
        assert_eq!(set.iter().collect::<Vec<_>>(), [Discover, Build, Scale]);
        assert_eq!(set.len(), 3);
        assert!(set.contains(Build) && !set.contains(Learn));
        assert!(!set.insert(Build), "already there");
        assert!(set.insert(Learn));
        assert!(set.remove(Discover));
        assert!(!set.remove(Discover), "already gone");
        assert_eq!(set, StageSet::from([Learn, Build, Scale]));
        assert_eq!(format!("{set:?}"), "{Learn, Build, Scale}");
        assert!(StageSet::new().is_empty() && !set.is_empty());
        assert_eq!(StageSet::from(JourneyStage::ALL).len(), 5);
    }

    #[test]
    fn a_stage_set_is_stored_as_an_array_in_journey_order() {
        use crate::model::json::{from_str, to_string};
        use JourneyStage::*;
        assert_eq!(to_string(&StageSet::new()), "[]");
        assert_eq!(
            to_string(&stages(&[Scale, Evaluate])),
            r#"["evaluate","scale"]"#
        );
        let read: StageSet = from_str(r#"["scale","learn","scale"]"#).unwrap();
        assert_eq!(read, stages(&[Learn, Scale]), "any order, repeats once");
        for set in [StageSet::new(), StageSet::from(JourneyStage::ALL)] {
            assert_eq!(from_str::<StageSet>(&to_string(&set)).unwrap(), set);
        }
        assert!(from_str::<StageSet>(r#"["somewhere"]"#).is_err());
    }

    #[test]
    fn stages_serialise_as_lowercase_words() {
        let json = crate::model::json::to_string(&JourneyStage::ALL.to_vec());
        assert_eq!(json, r#"["discover","evaluate","learn","build","scale"]"#);
    }
}
