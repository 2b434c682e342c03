"""Actions on prompts: switching them on and off, my own prompts, teachers' packs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from journal.actions.base import Changes, Inverse, Kind, Outcome, action
from journal.store import prompts as store
from journal.store.database import Journal
from journal.store.errors import NotFoundError
from journal.store.models import Prompt
from journal.store.prompts import PackInfo, PromptInfo

PROMPTS = Changes.of(Kind.PROMPTS)


@action("Switch a prompt on or off")
def set_prompt_enabled(journal: Journal, prompt_id: str, enabled: bool) -> Outcome[None]:
    with journal.write() as session:
        store.sync_builtin_prompts(session)
        row = session.get(Prompt, prompt_id)
        if row is None:
            raise NotFoundError("That prompt no longer exists.")
        before = row.enabled
        store.set_prompt_enabled(session, prompt_id, enabled)
    return Outcome(None, PROMPTS, Inverse(set_prompt_enabled, (prompt_id, before)))


@action("Add my prompt")
def add_my_prompt(
    journal: Journal,
    text: str,
    attribute: str,
    *,
    moment: str = "daily",
    learn_best: bool = False,
) -> Outcome[PromptInfo]:
    """A prompt the student wrote for themselves."""
    with journal.write() as session:
        info = store.add_my_prompt(session, text, attribute, moment=moment, learn_best=learn_best)
    return Outcome(info, PROMPTS, Inverse(delete_my_prompt, (info.id,)))


@action("Change my prompt")
def update_my_prompt(
    journal: Journal,
    prompt_id: str,
    *,
    text: str,
    attribute: str,
    moment: str = "daily",
    learn_best: bool = False,
) -> Outcome[None]:
    with journal.write() as session:
        before = store.get_prompt(session, prompt_id)
        store.update_my_prompt(
            session, prompt_id, text=text, attribute=attribute, moment=moment, learn_best=learn_best
        )
    assert before is not None  # update_my_prompt raised otherwise
    return Outcome(
        None,
        PROMPTS,
        Inverse(
            update_my_prompt,
            (prompt_id,),
            {
                "text": before.text,
                "attribute": before.attribute,
                "moment": before.moment,
                "learn_best": before.learn_best,
            },
        ),
    )


@action("Delete my prompt")
def delete_my_prompt(journal: Journal, prompt_id: str) -> Outcome[None]:
    """Delete one of my own prompts (asked first); answers to it keep its words."""
    with journal.write() as session:
        store.delete_my_prompt(session, prompt_id)
    return Outcome(None, PROMPTS)


@action("Switch a prompt pack on or off")
def set_pack_enabled(journal: Journal, pack_id: str, enabled: bool) -> Outcome[None]:
    with journal.write() as session:
        before = next((p.enabled for p in store.list_packs(session) if p.id == pack_id), None)
        store.set_pack_enabled(session, pack_id, enabled)
    assert before is not None  # set_pack_enabled raised otherwise
    return Outcome(None, PROMPTS, Inverse(set_pack_enabled, (pack_id, before)))


@action("Import a prompt pack")
def import_prompt_pack(
    journal: Journal, path: Path, *, progress: Callable[[int, int], None] | None = None
) -> Outcome[PackInfo]:
    """Read and check a teacher's pack in full, then add it in one transaction (all or nothing)."""
    if progress is not None:
        progress(0, 2)
    pack = store.parse_pack_bytes(store.read_pack_file(path))
    if progress is not None:
        progress(1, 2)
    with journal.write() as session:
        info = store.import_parsed_pack(session, pack)
    return Outcome(info, PROMPTS)


@action("Remove a prompt pack")
def remove_pack(journal: Journal, pack_id: str) -> Outcome[None]:
    """Remove a pack and its prompts (asked first); answers to them keep the words."""
    with journal.write() as session:
        store.remove_pack(session, pack_id)
    return Outcome(None, PROMPTS)
