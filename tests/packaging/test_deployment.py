"""Portable mode and the school defaults file (journal.deployment)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from journal import deployment as dep


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("JOURNAL_DATA_DIR", dep.ENV_APP_DIR, dep.ENV_NO_WAL, dep.ENV_SCHOOL_DEFAULTS):
        # setenv first so that whatever a test (or dep.apply) sets is undone afterwards
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    # No school file where IT would put one.
    monkeypatch.setattr(dep, "school_defaults_path", lambda: tmp_path / "none" / dep.SCHOOL_FILE)
    # The user's own folder, somewhere harmless.
    monkeypatch.setattr(dep, "user_data_dir", lambda: tmp_path / "user-data")
    monkeypatch.setattr(dep, "_login", lambda: "sam")
    monkeypatch.setattr(dep, "is_removable_or_network", lambda folder: False)


def school(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    path = tmp_path / dep.SCHOOL_FILE
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv(dep.ENV_SCHOOL_DEFAULTS, str(path))
    return path


def test_no_marker_and_no_school_file_is_the_users_own_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = dep.resolve()
    assert found.data_dir == tmp_path / "user-data"
    assert found.use_wal and not found.portable and not found.problems


def test_portable_marker_moves_the_data_folder_beside_the_executable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / dep.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(dep.ENV_APP_DIR, str(stick))
    found = dep.resolve()
    assert found.portable
    assert found.data_dir == stick / dep.PORTABLE_DATA
    assert not found.use_wal  # a stick can be pulled out: rollback journal
    dep.apply(found)
    assert os.environ[dep.ENV_NO_WAL] == "1"


def test_a_portable_journal_really_opens_without_wal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from journal.store.database import Journal

    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / dep.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(dep.ENV_APP_DIR, str(stick))
    found = dep.resolve()
    dep.apply(found)
    with Journal.open(found.data_dir, auto_backup=False) as journal:
        assert journal.journal_mode == "delete"


def test_a_macos_bundle_finds_the_marker_beside_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    macos = tmp_path / "Learning Journal.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    (tmp_path / dep.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(dep.ENV_APP_DIR, str(macos))
    assert dep.resolve().data_dir == tmp_path / dep.PORTABLE_DATA


def test_portable_marker_beside_a_read_only_executable_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "cdrom"
    stick.mkdir()
    (stick / dep.PORTABLE_MARKER).write_text("")
    stick.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if sys.platform == "win32" or os.geteuid() == 0:
        # Permission bits don't stop root (or Windows): make the medium refuse
        # writes where the app writes, as a CD or a locked stick would.
        import tempfile

        real = tempfile.NamedTemporaryFile

        def read_only_medium(*args: object, **kwargs: object) -> object:
            if Path(str(kwargs.get("dir", ""))).is_relative_to(stick):
                raise PermissionError(13, "Read-only file system", str(stick))
            return real(*args, **kwargs)  # type: ignore[call-overload]

        monkeypatch.setattr(tempfile, "NamedTemporaryFile", read_only_medium)
    monkeypatch.setenv(dep.ENV_APP_DIR, str(stick))
    try:
        found = dep.resolve()
    finally:
        stick.chmod(stat.S_IRWXU)
    assert found.data_dir == tmp_path / "user-data"
    assert found.problems == (
        f"Learning Journal is set up to run portably from {stick}, but it can't write there, "
        f"so your journal is kept in {tmp_path / 'user-data'} instead.",
    )


def test_portable_marker_beside_an_unwritable_folder_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Works as root too: the "folder" the data would go in is a file.
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / dep.PORTABLE_MARKER).write_text("")
    (stick / dep.PORTABLE_DATA).write_text("not a folder")
    monkeypatch.setenv(dep.ENV_APP_DIR, str(stick))
    found = dep.resolve()
    assert not found.portable
    assert found.data_dir == tmp_path / "user-data"
    assert len(found.problems) == 1 and "can't write there" in found.problems[0]


def test_data_dir_flag_and_environment_beat_portable_and_school(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    (stick / dep.PORTABLE_MARKER).write_text("")
    monkeypatch.setenv(dep.ENV_APP_DIR, str(stick))
    school(tmp_path, monkeypatch, f'data_folder_root = "{(tmp_path / "H").as_posix()}"\n')
    assert dep.resolve(tmp_path / "mine").data_dir == tmp_path / "mine"


def test_school_defaults_are_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = (tmp_path / "H").as_posix()
    school(
        tmp_path,
        monkeypatch,
        f"""
data_folder_root = "{root}"
backup_folder = "{(tmp_path / "B" / "{user}-backups").as_posix()}"
prompt_packs = ["{(tmp_path / "year9.json").as_posix()}"]
language = "fr"
sample_journal = false
hide_names_at_start = true
locked = ["backup_folder"]
""",
    )
    found = dep.resolve()
    assert found.problems == ()
    assert found.school.hide_names_at_start is True
    assert found.data_dir == tmp_path / "H" / "sam"
    s = found.school
    assert s.language == "fr" and s.sample_journal is False
    assert s.prompt_packs == (tmp_path / "year9.json",)
    # Locked: the student's own backup folder does not win.
    assert s.backup_dir("/home/sam/usb") == tmp_path / "B" / "sam-backups"
    # Not locked: the student's language wins.
    assert s.language_for("de") == "de"
    assert s.language_for("") == "fr"


def test_users_backup_choice_wins_where_it_is_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school(tmp_path, monkeypatch, f'backup_folder = "{(tmp_path / "B").as_posix()}"\n')
    s = dep.resolve().school
    assert s.backup_dir("") == tmp_path / "B" / "sam"
    assert s.backup_dir(str(tmp_path / "mine")) == tmp_path / "mine"


def test_unknown_keys_and_wrong_kinds_are_one_sentence_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = 'colour = "blue"\nsample_journal = "no"\nlanguage = "fr"\n'
    path = school(tmp_path, monkeypatch, text)
    found = dep.resolve()
    assert found.school.language == "fr"  # what is right still applies
    assert found.school.sample_journal is True
    assert found.school.hide_names_at_start is False  # names show unless the school says
    assert found.problems == (
        f"The school settings file {path} has setting(s) Learning Journal doesn't know "
        "(colour); they are ignored.",
        f"The school settings file {path} has value(s) of the wrong kind (sample_journal); "
        "they are ignored.",
    )
    assert found.data_dir == tmp_path / "user-data"


def test_a_broken_school_file_still_starts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = school(tmp_path, monkeypatch, "data_folder_root = \n")
    found = dep.resolve()
    assert found.data_dir == tmp_path / "user-data"
    assert len(found.problems) == 1 and "is not valid TOML" in found.problems[0]
    assert str(path) in found.problems[0]


def test_a_missing_school_file_that_was_named_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(dep.ENV_SCHOOL_DEFAULTS, str(tmp_path / "absent.toml"))
    found = dep.resolve()
    assert found.data_dir == tmp_path / "user-data"
    assert len(found.problems) == 1 and "is missing" in found.problems[0]


def test_an_unreadable_school_file_still_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "dir-not-file.toml"
    path.mkdir()
    monkeypatch.setenv(dep.ENV_SCHOOL_DEFAULTS, str(path))
    found = dep.resolve()
    assert found.data_dir == tmp_path / "user-data"
    assert len(found.problems) == 1 and "can't be read" in found.problems[0]


def test_a_school_folder_the_student_cannot_write_falls_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "H"
    blocker.write_text("a file where the folder should be")
    school(tmp_path, monkeypatch, f'data_folder_root = "{blocker.as_posix()}"\n')
    found = dep.resolve()
    assert found.data_dir == tmp_path / "user-data"
    assert found.problems == (
        f"You can't write to the journal folder your school chose ({blocker / 'sam'}), so "
        f"your journal is kept in {tmp_path / 'user-data'} instead.",
    )


def test_removable_and_network_folders_use_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dep, "is_removable_or_network", lambda folder: True)
    assert not dep.resolve(tmp_path / "usb").use_wal


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux paths")
def test_media_mounts_and_unc_paths_count_as_removable_or_network() -> None:
    from importlib import reload

    fresh = reload(dep)
    assert fresh.is_removable_or_network(fresh.Path("/media/sam/STICK/journal"))
    assert fresh.is_removable_or_network(fresh.Path("/run/media/sam/STICK"))
    assert fresh.is_removable_or_network(fresh.Path("//server/share/journal"))
