"""orgdb's controlled vocabularies, declared once: the schema's CHECK constraints and the
changeset validator both use them. (The frozen changeset appliers beside the migrations
keep their own copies, as they stood when each format was released.)"""

PRECISIONS = ("day", "month", "year")
STATUSES = ("member", "associate", "observer", "partner", "dialogue partner", "participant",
            "suspended")
# `succeeded`: a successor state took the seat over (the USSR's by the Russian Federation);
# `merged`: the state merged into another (Tanganyika and Zanzibar into Tanzania).
END_REASONS = ("withdrew", "suspended", "expelled", "dissolved", "expired", "succeeded",
               "merged")
CONFIDENCES = ("high", "medium", "low")
# What a member state record is: most are sovereign states; some organizations admit
# territories (the Cook Islands in the WHO), customs territories (Chinese Taipei in the WTO)
# or economies (Hong Kong, China in APEC) too.
STATE_KINDS = ("sovereign state", "territory", "customs territory", "economy")
# What an organization counts among its members, as it says itself: the UN's 193 "member
# states", the WTO's 166 "members" (the EU and customs territories among them).
COUNTED_AS = ("member states", "members")
# A state's actions under a treaty, as the UN Treaty Collection types them, with two more:
# `deposit` (of its instrument with the depositary, where that day differs from the
# domestic act of ratification) and `entry_into_force` (the day the treaty bound it).
TREATY_ACTIONS = ("signature", "ratification", "accession", "succession", "acceptance",
                  "approval", "deposit", "entry_into_force", "withdrawal", "denunciation",
                  "depositary")
# What kind of document a source is (changeset format 6), from the most to the least
# direct record of a fact: the organization's, a government's or a gazette's own record;
# the treaty depositary's; a newspaper or agency of record; scholarship; a reference work
# (a yearbook, a handbook); an encyclopedia; a data set (COW); anything else (a blog, an
# aggregator, a copy of unclear provenance).
SOURCE_CLASSES = ("official record", "depositary record", "news of record", "scholarly",
                  "reference work", "encyclopedia", "data set", "other")
# The classes a reader may take as the record itself (orgdb quality's share).
PRIMARY_CLASSES = SOURCE_CLASSES[:3]
