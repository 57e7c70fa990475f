//! The role the records describe: which title fits the mix of work and why, and the level guide.

use crate::analysis::impact::Analysis;
use crate::document::words::percent;
use crate::model::proposal::RoleTitle;
use crate::model::taxonomy::ActivityGroup;

/// The kinds that count as documentation work when weighing a technical-writer title.
const DOCS_KINDS: [&str; 2] = ["documentation", "long-form-guide"];

/// A title, why it fits, and why each other title fits less well.
#[derive(Clone, Debug, PartialEq)]
pub struct TitleSuggestion {
    pub title: RoleTitle,
    pub reasoning: String,
    /// Every other title with the reason it was not suggested.
    pub alternatives: Vec<(RoleTitle, String)>,
}

/// The shares of the recorded hours that decide the title, in percent.
struct Mix {
    outbound: f64,
    inbound: f64,
    code: f64,
    docs: f64,
    community: f64,
    product: f64,
}

impl Mix {
    fn of(analysis: &Analysis) -> Mix {
        let total = analysis.hours;
        let share = |hours: f64| {
            if total > 0.0 {
                hours / total * 100.0
            } else {
                0.0
            }
        };
        let docs: f64 = analysis
            .by_kind
            .iter()
            .filter(|k| DOCS_KINDS.contains(&k.kind.0.as_str()))
            .map(|k| k.tally.hours)
            .sum();
        Mix {
            outbound: share(analysis.outbound.hours),
            inbound: share(analysis.inbound.hours),
            code: share(analysis.group_hours(ActivityGroup::Code)),
            docs: share(docs),
            community: share(analysis.group_hours(ActivityGroup::Community)),
            product: share(analysis.group_hours(ActivityGroup::Product)),
        }
    }
}

/// The title the mix of recorded hours points to. Specialist titles need their kind of work to
/// dominate; a mix of outreach and carrying feedback inside is what an advocate does.
pub fn suggest_title(analysis: &Analysis) -> TitleSuggestion {
    let mix = Mix::of(analysis);
    let title = if analysis.hours <= 0.0 {
        RoleTitle::DeveloperAdvocate
    } else if mix.code >= 40.0 {
        RoleTitle::DevRelEngineer
    } else if mix.docs >= 50.0 {
        RoleTitle::TechnicalWriter
    } else if mix.community >= 50.0 {
        RoleTitle::CommunityManager
    } else if mix.outbound >= 60.0 && mix.product < 10.0 {
        RoleTitle::DeveloperEvangelist
    } else {
        RoleTitle::DeveloperAdvocate
    };
    let o = percent(mix.outbound);
    let p = percent(mix.product);
    let reasoning = if analysis.hours <= 0.0 {
        "No hours are recorded yet, so the mix of work cannot point anywhere; Developer Advocate is \
         the broadest of the titles until it can."
            .to_owned()
    } else {
        match title {
            RoleTitle::DevRelEngineer => format!(
                "Code (samples, SDKs, tools and open source) takes {} of the recorded hours, which \
                 is the work of a Developer Relations Engineer.",
                percent(mix.code)
            ),
            RoleTitle::TechnicalWriter => format!(
                "Documentation and long-form guides take {} of the recorded hours, which is the \
                 work of a Technical Writer.",
                percent(mix.docs)
            ),
            RoleTitle::CommunityManager => format!(
                "Community work takes {} of the recorded hours, which is the work of a Community \
                 Manager.",
                percent(mix.community)
            ),
            RoleTitle::DeveloperEvangelist => format!(
                "Outbound work, reaching developers where they discover products, takes {o} of \
                 the recorded hours and product feedback {p}: the pattern of a Developer \
                 Evangelist."
            ),
            _ => format!(
                "The recorded hours mix outbound work ({o}) with inbound work for developers who \
                 already use the product ({}), product feedback included ({p}). Speaking for \
                 developers inside the company as much as for the company outside is what a \
                 Developer Advocate does.",
                percent(mix.inbound)
            ),
        }
    };
    let why_not = |other: RoleTitle| match other {
        RoleTitle::DeveloperAdvocate => format!(
            "{}, where an advocate balances outreach with inbound work and product feedback.",
            match title {
                RoleTitle::DevRelEngineer => format!("code takes {}", percent(mix.code)),
                RoleTitle::TechnicalWriter => format!("documentation takes {}", percent(mix.docs)),
                RoleTitle::CommunityManager => {
                    format!("community work takes {}", percent(mix.community))
                }
                _ => format!("outbound work takes {o} and product feedback {p}"),
            }
        ),
        RoleTitle::DeveloperEvangelist => format!(
            "outbound work is {o} of the hours and product feedback {p}; an evangelist's outbound \
             share would be 60% or more, with little carried back."
        ),
        RoleTitle::DevRelEngineer => format!(
            "code is {} of the hours; the title fits from about 40%.",
            percent(mix.code)
        ),
        RoleTitle::TechnicalWriter => format!(
            "documentation is {} of the hours; a technical writer's would be at least half.",
            percent(mix.docs)
        ),
        RoleTitle::CommunityManager => format!(
            "community work is {} of the hours; a community manager's would be at least half.",
            percent(mix.community)
        ),
        RoleTitle::DevRelLead => {
            "a lead title fits once there is a team to lead; this proposal creates the first role."
                .to_owned()
        }
    };
    TitleSuggestion {
        title,
        reasoning,
        alternatives: RoleTitle::ALL
            .into_iter()
            .filter(|t| *t != title)
            .map(|t| (t, why_not(t)))
            .collect(),
    }
}

/// One row of the level guide: a job function and what it looks like at each of three levels.
pub struct LevelRow {
    pub function: &'static str,
    pub levels: [&'static str; 3],
    /// The groups whose recorded work is evidence for this function.
    pub groups: &'static [ActivityGroup],
}

/// The level guide's rows.
pub const LEVEL_GUIDE: [LevelRow; 7] = [
    LevelRow {
        function: "Writing",
        levels: [
            "Writes accurate posts and tutorials with an editor's help.",
            "Owns a content area and keeps it accurate without review.",
            "Sets what the company publishes for developers and raises others' writing.",
        ],
        groups: &[ActivityGroup::Writing],
    },
    LevelRow {
        function: "Speaking and teaching",
        levels: [
            "Gives internal talks and helps run workshops.",
            "Speaks at external events and runs workshops alone.",
            "Designs curricula, gives keynotes and coaches other speakers.",
        ],
        groups: &[ActivityGroup::Speaking, ActivityGroup::Teaching],
    },
    LevelRow {
        function: "Community",
        levels: [
            "Answers developers' questions in the channels that exist.",
            "Runs a community space and grows its active members.",
            "Builds programmes that turn members into community leaders.",
        ],
        groups: &[ActivityGroup::Community],
    },
    LevelRow {
        function: "Code",
        levels: [
            "Builds samples and demos to a given design.",
            "Designs and maintains samples, SDKs or tools that developers rely on.",
            "Sets the direction of developer-facing code across teams.",
        ],
        groups: &[ActivityGroup::Code],
    },
    LevelRow {
        function: "Product feedback",
        levels: [
            "Reports developer problems with clear reproductions.",
            "Turns developer feedback into product changes with product managers.",
            "Shapes the roadmap with evidence gathered from developers.",
        ],
        groups: &[ActivityGroup::Product],
    },
    LevelRow {
        function: "Strategy and planning",
        levels: [
            "Delivers the activities in an agreed plan.",
            "Writes and runs a quarterly plan tied to company goals.",
            "Sets developer-relations strategy and budget across teams.",
        ],
        groups: &[],
    },
    LevelRow {
        function: "Growing others",
        levels: [
            "Shares what works with peers.",
            "Mentors engineers who want to write, speak or teach.",
            "Grows other advocates and opens the path to the role for them.",
        ],
        // Mentoring is a teaching kind; culture work grows people too.
        groups: &[ActivityGroup::Teaching, ActivityGroup::Culture],
    },
];

/// What a role built on `group`'s work is responsible for.
pub fn responsibility(group: ActivityGroup) -> &'static str {
    match group {
        ActivityGroup::Writing => {
            "Write and keep current the posts, guides and documentation developers learn from"
        }
        ActivityGroup::Speaking => {
            "Speak where developers gather, inside the company and outside it"
        }
        ActivityGroup::Teaching => {
            "Teach developers hands-on, through workshops, labs and training"
        }
        ActivityGroup::Code => {
            "Build and maintain the samples, tools and open-source code developers start from"
        }
        ActivityGroup::Community => {
            "Answer developers' questions and keep the community active and welcoming"
        }
        ActivityGroup::Product => {
            "Carry developers' problems and requests to product, with evidence, and follow them up"
        }
        ActivityGroup::Culture => {
            "Build a learning culture inside engineering and advocate for open source"
        }
    }
}

/// The skill `group`'s work shows.
pub fn skill(group: ActivityGroup) -> &'static str {
    match group {
        ActivityGroup::Writing => "Clear technical writing for readers who were not in the room",
        ActivityGroup::Speaking => "Public speaking and explaining technical ideas live",
        ActivityGroup::Teaching => "Teaching: designing exercises and unblocking learners",
        ActivityGroup::Code => "Production-quality code that others read, copy and extend",
        ActivityGroup::Community => "Community building, moderation and patience",
        ActivityGroup::Product => {
            "Product sense: turning anecdotes into evidence product can act on"
        }
        ActivityGroup::Culture => "Influence without authority across teams",
    }
}
