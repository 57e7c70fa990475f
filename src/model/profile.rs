//! Who the user is and what they are asking for.

use serde::{Deserialize, Serialize};

/// The hours in a standard working week, the default for `Profile::weekly_hours`.
pub const DEFAULT_WEEKLY_HOURS: f64 = 40.0;

/// The author of the case: their current role and the one they aim for.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    pub name: String,
    pub current_title: String,
    pub current_level: String,
    pub team: String,
    pub company: String,
    /// The product or area the work is about.
    pub product: String,
    /// The developers served, in the user's words ("backend developers using our API").
    pub developers_served: String,
    /// Company goals the work should tie to, one per entry.
    pub company_goals: Vec<String>,
    pub weekly_hours: f64,
    /// Share of the week spent on developer relations today, in percent.
    pub devrel_share_percent: f64,
    pub target_title: String,
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            name: String::new(),
            current_title: String::new(),
            current_level: String::new(),
            team: String::new(),
            company: String::new(),
            product: String::new(),
            developers_served: String::new(),
            company_goals: Vec::new(),
            weekly_hours: DEFAULT_WEEKLY_HOURS,
            devrel_share_percent: 0.0,
            target_title: String::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_stored_profile_gets_a_forty_hour_week() {
        let profile: Profile = serde_json::from_str("{}").unwrap();
        assert_eq!(profile.weekly_hours, DEFAULT_WEEKLY_HOURS);
        assert_eq!(profile, Profile::default());
    }
}
