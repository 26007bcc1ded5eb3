"""orgdb's controlled vocabularies, declared once: the schema's CHECK constraints and the
changeset validator both use them. (The frozen changeset appliers beside the migrations
keep their own copies, as they stood when each format was released.)"""

PRECISIONS = ("day", "month", "year")
STATUSES = ("member", "associate", "observer", "partner", "participant", "suspended")
END_REASONS = ("withdrew", "suspended", "expelled", "dissolved", "expired")
CONFIDENCES = ("high", "medium", "low")
TREATY_ACTIONS = ("signature", "ratification", "accession", "succession", "acceptance",
                  "approval", "withdrawal", "denunciation", "depositary")
