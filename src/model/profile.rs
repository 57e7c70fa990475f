//! Who the user is and what they are asking for.

use crate::model::json::{Json, JsonError, Reader, Required, Writer};
use crate::model::validation::{format_number, parse_number};

/// The hours in a standard working week, the default for `Profile::weekly_hours`.
pub const DEFAULT_WEEKLY_HOURS: f64 = 40.0;

/// The author of the case: their current role and the one they aim for. Empty fields are left
/// out of the JSON and read back as empty.
#[derive(Clone, Debug, PartialEq)]
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

impl Profile {
    /// One line on who the author is and what they aim for, or `None` while nothing is filled in.
    pub fn summary(&self) -> Option<String> {
        let mut role = self.current_title.clone();
        if !self.current_level.is_empty() {
            role = if role.is_empty() {
                self.current_level.clone()
            } else {
                format!("{role} ({})", self.current_level)
            };
        }
        let place = [self.team.as_str(), self.company.as_str()]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" at ");
        let mut parts: Vec<String> = Vec::new();
        if !self.name.is_empty() {
            parts.push(self.name.clone());
        }
        match (role.is_empty(), place.is_empty()) {
            (false, false) => parts.push(format!("{role}, {place}")),
            (false, true) => parts.push(role),
            (true, false) => parts.push(place),
            (true, true) => {}
        }
        if !self.target_title.is_empty() {
            parts.push(format!("aiming for {}", self.target_title));
        }
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

/// The profile as the form holds it: numbers and the goal list as typed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProfileDraft {
    pub name: String,
    pub current_title: String,
    pub current_level: String,
    pub team: String,
    pub company: String,
    pub product: String,
    pub developers_served: String,
    /// One goal per line.
    pub company_goals: String,
    pub weekly_hours: String,
    pub devrel_share_percent: String,
    pub target_title: String,
}

/// A profile field a message is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProfileField {
    WeeklyHours,
    DevrelShare,
}

/// One thing to fix in the profile, in words for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileError {
    pub field: ProfileField,
    pub message: String,
}

/// Missing fields take their defaults; empty ones are left out of the JSON.
impl Json for Profile {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        for (name, text) in [
            ("name", &self.name),
            ("current_title", &self.current_title),
            ("current_level", &self.current_level),
            ("team", &self.team),
            ("company", &self.company),
            ("product", &self.product),
            ("developers_served", &self.developers_served),
        ] {
            if !text.is_empty() {
                w.field(name, text);
            }
        }
        if !self.company_goals.is_empty() {
            w.field("company_goals", &self.company_goals);
        }
        w.field("weekly_hours", &self.weekly_hours);
        w.field("devrel_share_percent", &self.devrel_share_percent);
        if !self.target_title.is_empty() {
            w.field("target_title", &self.target_title);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut profile = Profile::default();
        r.object()?;
        while let Some(key) = r.key()? {
            match &*key {
                "name" => profile.name = r.string()?,
                "current_title" => profile.current_title = r.string()?,
                "current_level" => profile.current_level = r.string()?,
                "team" => profile.team = r.string()?,
                "company" => profile.company = r.string()?,
                "product" => profile.product = r.string()?,
                "developers_served" => profile.developers_served = r.string()?,
                "company_goals" => profile.company_goals = Vec::read_json(r)?,
                "weekly_hours" => profile.weekly_hours = r.f64()?,
                "devrel_share_percent" => profile.devrel_share_percent = r.f64()?,
                "target_title" => profile.target_title = r.string()?,
                _ => r.skip()?,
            }
        }
        Ok(profile)
    }
}

/// The profile form's field names, in the order of `ProfileDraft::texts`.
const DRAFT_FIELDS: [&str; 11] = [
    "name",
    "current_title",
    "current_level",
    "team",
    "company",
    "product",
    "developers_served",
    "company_goals",
    "weekly_hours",
    "devrel_share_percent",
    "target_title",
];

/// Every field is written, and required when read back.
impl Json for ProfileDraft {
    fn write_json(&self, w: &mut Writer) {
        w.object();
        for (name, text) in DRAFT_FIELDS.into_iter().zip(self.texts()) {
            w.field(name, text);
        }
        w.end_object();
    }

    fn read_json(r: &mut Reader<'_>) -> Result<Self, JsonError> {
        let mut draft = ProfileDraft::default();
        let mut required = Required::new(&DRAFT_FIELDS);
        r.object()?;
        while let Some(key) = r.key()? {
            match DRAFT_FIELDS.iter().position(|name| *name == key) {
                Some(index) => *draft.texts_mut()[index] = r.string()?,
                None => r.skip()?,
            }
            required.saw(&key);
        }
        required.check(r)?;
        Ok(draft)
    }
}

impl ProfileDraft {
    fn texts(&self) -> [&String; 11] {
        [
            &self.name,
            &self.current_title,
            &self.current_level,
            &self.team,
            &self.company,
            &self.product,
            &self.developers_served,
            &self.company_goals,
            &self.weekly_hours,
            &self.devrel_share_percent,
            &self.target_title,
        ]
    }

    fn texts_mut(&mut self) -> [&mut String; 11] {
        [
            &mut self.name,
            &mut self.current_title,
            &mut self.current_level,
            &mut self.team,
            &mut self.company,
            &mut self.product,
            &mut self.developers_served,
            &mut self.company_goals,
            &mut self.weekly_hours,
            &mut self.devrel_share_percent,
            &mut self.target_title,
        ]
    }

    /// The form filled from a saved profile.
    pub fn from_profile(profile: &Profile) -> ProfileDraft {
        ProfileDraft {
            name: profile.name.clone(),
            current_title: profile.current_title.clone(),
            current_level: profile.current_level.clone(),
            team: profile.team.clone(),
            company: profile.company.clone(),
            product: profile.product.clone(),
            developers_served: profile.developers_served.clone(),
            company_goals: profile.company_goals.join("\n"),
            weekly_hours: format_number(profile.weekly_hours),
            devrel_share_percent: format_number(profile.devrel_share_percent),
            target_title: profile.target_title.clone(),
        }
    }

    /// The profile this form describes, or every problem with it.
    pub fn validate(&self) -> Result<Profile, Vec<ProfileError>> {
        let mut errors = Vec::new();
        let mut check = |field, result: Result<f64, String>| match result {
            Ok(value) => Some(value),
            Err(message) => {
                errors.push(ProfileError { field, message });
                None
            }
        };
        let weekly_hours = check(
            ProfileField::WeeklyHours,
            match parse_number(&self.weekly_hours) {
                Ok(None) => Ok(DEFAULT_WEEKLY_HOURS),
                Ok(Some(hours)) if hours > 168.0 => Err("A week has at most 168 hours.".into()),
                Ok(Some(hours)) if hours <= 0.0 => {
                    Err("Enter the hours you work in a week, more than 0.".into())
                }
                other => other.map(|hours| hours.unwrap_or(DEFAULT_WEEKLY_HOURS)),
            },
        );
        let share = check(
            ProfileField::DevrelShare,
            match parse_number(&self.devrel_share_percent) {
                Ok(Some(share)) if share > 100.0 => {
                    Err("The share is a percentage, from 0 to 100.".into())
                }
                other => other.map(|share| share.unwrap_or(0.0)),
            },
        );
        match (weekly_hours, share) {
            (Some(weekly_hours), Some(devrel_share_percent)) if errors.is_empty() => Ok(Profile {
                name: self.name.trim().to_owned(),
                current_title: self.current_title.trim().to_owned(),
                current_level: self.current_level.trim().to_owned(),
                team: self.team.trim().to_owned(),
                company: self.company.trim().to_owned(),
                product: self.product.trim().to_owned(),
                developers_served: self.developers_served.trim().to_owned(),
                company_goals: self
                    .company_goals
                    .lines()
                    .map(str::trim)
                    .filter(|goal| !goal.is_empty())
                    .map(str::to_owned)
                    .collect(),
                weekly_hours,
                devrel_share_percent,
                target_title: self.target_title.trim().to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_profile_survives_the_form_and_goals_are_one_per_line() {
        let profile = Profile {
            name: "Amira".into(),
            company_goals: vec!["Grow sign-ups".into(), "Cut churn".into()],
            weekly_hours: 37.5,
            devrel_share_percent: 30.0,
            ..Profile::default()
        };
        let mut draft = ProfileDraft::from_profile(&profile);
        assert_eq!(draft.company_goals, "Grow sign-ups\nCut churn");
        assert_eq!(draft.validate(), Ok(profile.clone()));
        draft.company_goals = "  Grow sign-ups \n\n Cut churn".into();
        assert_eq!(draft.validate(), Ok(profile));
    }

    #[test]
    fn the_summary_names_what_is_filled_in_and_nothing_else() {
        assert_eq!(Profile::default().summary(), None);
        let profile = Profile {
            name: "Amira Haddad".into(),
            current_title: "Senior Software Engineer".into(),
            current_level: "L5".into(),
            team: "Payments API".into(),
            company: "Northwind".into(),
            target_title: "Developer Advocate".into(),
            ..Profile::default()
        };
        assert_eq!(
            profile.summary().as_deref(),
            Some("Amira Haddad · Senior Software Engineer (L5), Payments API at Northwind · aiming for Developer Advocate")
        );
        let partial = Profile {
            company: "Northwind".into(),
            ..Profile::default()
        };
        assert_eq!(partial.summary().as_deref(), Some("Northwind"));
    }

    #[test]
    fn hours_and_share_are_checked_with_reasons() {
        let problems = |hours: &str, share: &str| {
            let draft = ProfileDraft {
                weekly_hours: hours.into(),
                devrel_share_percent: share.into(),
                ..ProfileDraft::default()
            };
            draft
                .validate()
                .err()
                .unwrap_or_default()
                .into_iter()
                .map(|error| error.field)
                .collect::<Vec<_>>()
        };
        assert_eq!(problems("", ""), vec![], "empty means the defaults");
        assert_eq!(problems("169", "30"), vec![ProfileField::WeeklyHours]);
        assert_eq!(problems("0", "30"), vec![ProfileField::WeeklyHours]);
        assert_eq!(problems("40", "101"), vec![ProfileField::DevrelShare]);
        assert_eq!(
            problems("forty", "x"),
            vec![ProfileField::WeeklyHours, ProfileField::DevrelShare]
        );
    }

    #[test]
    fn an_empty_stored_profile_gets_a_forty_hour_week() {
        let profile: Profile = crate::model::json::from_str("{}").unwrap();
        assert_eq!(profile.weekly_hours, DEFAULT_WEEKLY_HOURS);
        assert_eq!(profile, Profile::default());
    }
}
