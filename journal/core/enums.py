"""The journal's fixed vocabularies and its clock, free of SQLAlchemy and Qt.

The store's models use these for their columns; the UI and the actions use
them without importing the models.
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Attribute(enum.StrEnum):
    """The four attributes of personalised learning an entry can show."""

    VOICE = "voice"
    COCREATION = "cocreation"
    SOCIAL = "social"
    SELF_DISCOVERY = "selfdiscovery"


class Privacy(enum.StrEnum):
    PRIVATE = "private"
    SHAREABLE = "shareable"


class GoalStatus(enum.StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    PAUSED = "paused"
    DROPPED = "dropped"


class Proposer(enum.StrEnum):
    ME = "me"
    TEACHER = "teacher"
    PEER = "peer"


class Audience(enum.StrEnum):
    PRIVATE = "private"
    CLASS = "class"
    PUBLIC = "public"


class PromptSource(enum.StrEnum):
    BUILTIN = "builtin"
    PACK = "pack"
    MINE = "mine"


class Moment(enum.StrEnum):
    DAILY = "daily"
    AFTER_REVISION = "after_revision"
    CHECKPOINT = "checkpoint"
    GOAL_END = "goal_end"
    EXHIBITION = "exhibition"


class RevisionReason(enum.StrEnum):
    SAVE = "save"
    LEAVE = "leave"
    QUIET = "quiet"
    QUIT = "quit"
    RESTORE = "restore"
    IMPORT = "import"


class FeedbackTarget(enum.StrEnum):
    """What a feedback comment is about."""

    ENTRY = "entry"
    REVISION = "revision"
    GOAL = "goal"
    CRITERION = "criterion"
    CHECKPOINT = "checkpoint"


class AuthorRole(enum.StrEnum):
    """Who wrote a feedback comment."""

    TEACHER = "teacher"
    PEER = "peer"
    FAMILY = "family"
    OTHER = "other"
