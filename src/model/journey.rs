//! Where an activity helps a developer: the journey stages, and the direction they imply.

use std::collections::BTreeSet;

use crate::model::json::json_names;

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
    pub fn from_stages(stages: &BTreeSet<JourneyStage>) -> Option<Direction> {
        if stages.is_empty() {
            None
        } else if stages.contains(&JourneyStage::Discover) {
            Some(Direction::Outbound)
        } else {
            Some(Direction::Inbound)
        }
    }
}

/// `stages` as a set, inserted one by one: `collect` would sort them first, and each sort
/// costs the app kilobytes of wasm.
pub fn stage_set(stages: impl IntoIterator<Item = JourneyStage>) -> BTreeSet<JourneyStage> {
    let mut set = BTreeSet::new();
    for stage in stages {
        set.insert(stage);
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stages(list: &[JourneyStage]) -> BTreeSet<JourneyStage> {
        list.iter().copied().collect()
    }

    #[test]
    fn discovery_work_is_outbound_and_the_rest_inbound() {
        use JourneyStage::*;
        assert_eq!(
            Direction::from_stages(&stages(&[Discover])),
            Some(Direction::Outbound)
        );
        assert_eq!(
            Direction::from_stages(&stages(&[Discover, Learn])),
            Some(Direction::Outbound),
            "a blog post found by search that also teaches is still outreach"
        );
        assert_eq!(
            Direction::from_stages(&stages(&[Learn])),
            Some(Direction::Inbound)
        );
        assert_eq!(
            Direction::from_stages(&stages(&[Build, Scale])),
            Some(Direction::Inbound)
        );
        assert_eq!(Direction::from_stages(&stages(&[])), None);
    }

    #[test]
    fn stages_serialise_as_lowercase_words() {
        let json = crate::model::json::to_string(&JourneyStage::ALL.to_vec());
        assert_eq!(json, r#"["discover","evaluate","learn","build","scale"]"#);
    }
}
