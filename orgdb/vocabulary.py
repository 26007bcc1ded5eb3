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
