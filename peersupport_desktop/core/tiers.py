"""Scott's three tiers of support for a clinician after an adverse event: local,
unit-based support; a trained peer supporter; professional help."""

from __future__ import annotations

LOCAL, PEER, PROFESSIONAL = 1, 2, 3
TIERS = (LOCAL, PEER, PROFESSIONAL)
# A referral to the program is for a trained peer, until the coordinator says otherwise.
DEFAULT_TIER = PEER

LABELS = {
    LOCAL: "Tier 1: local, unit-based support",
    PEER: "Tier 2: a trained peer supporter",
    PROFESSIONAL: "Tier 3: professional help",
}
SHORT = {LOCAL: "Tier 1", PEER: "Tier 2", PROFESSIONAL: "Tier 3"}
# Scott et al.: about 30% of those supported need a trained peer (tier 2): a reference
# line in the internal edition of the report.
EXPECTED_PEER_SHARE = 30
