"""Which files an ingest reads, in a stable order, and those it refuses to read."""

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from articles.pipeline import Limits, ParseFailure, iter_file, supported_suffixes


@dataclass(frozen=True)
class Refused:
    """A path an ingest does not read, and why (reported as a failure, never silently skipped)."""

    path: Path
    reason: str

    def failure(self, name: str) -> ParseFailure:
        return ParseFailure(source=name, reason=self.reason)


def iter_source_files(paths: Iterable[Path]) -> Iterator[Path | Refused]:
    """Yield the files named, and the supported files inside the folders named, sorted.

    Files named directly are always yielded, so an unsupported one is reported
    rather than silently ignored; inside folders, hidden and unsupported files
    are skipped. A symbolic link inside a folder is read under its own name when
    it leads to a file inside the folder; one that leads outside the folder, or
    nowhere, is refused (and links to folders are never followed: the files in
    them are read by their own path, or are outside).
    """
    for path in paths:
        if path.is_dir():
            root = path.resolve()
            found = (_entry(file, root) for file in path.rglob("*") if _is_candidate(file, path))
            yield from sorted((entry for entry in found if entry), key=_path_of)
        else:
            yield path


def open_regular(path: Path):
    """Open ``path`` for reading in binary; OSError when it is not a regular file (a FIFO would block)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise OSError(f"not a regular file ({_kind(mode)})")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def parse_file_at(path: Path, name: str, signatures, limits: Limits) -> Iterator:
    """Parse the file at ``path``, shown as ``name``, one record at a time; a file that cannot be
    opened is a ParseFailure. Pure (no Django), so that parse workers can run it (parallel.py)."""
    try:
        stream = open_regular(path)
    except OSError as error:
        yield ParseFailure(source=name, reason=f"cannot read the file: {error.strerror or error}")
        return
    with stream:
        yield from iter_file(stream, name, signatures, limits)


def _is_candidate(path: Path, root: Path) -> bool:
    if any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    if path.is_symlink() and path.is_dir():
        return True  # reported when it leads outside the folder
    name = path.name.lower()
    return not path.is_dir() and any(name.endswith(suffix) for suffix in supported_suffixes())


def _entry(path: Path, root: Path) -> Path | Refused | None:
    if not path.is_symlink():
        return path
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return Refused(path, "a symbolic link that leads to itself")
    if not target.exists():
        return Refused(path, f"a broken symbolic link (to {os.readlink(path)})")
    if not target.is_relative_to(root):
        return Refused(path, f"a symbolic link leading outside {root} (to {target}): not followed")
    return None if target.is_dir() else path


def _path_of(entry: Path | Refused) -> Path:
    return entry.path if isinstance(entry, Refused) else entry


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a file"
