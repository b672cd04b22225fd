"""Which files an ingest reads, in a stable order."""

from collections.abc import Iterable, Iterator
from pathlib import Path

from articles.pipeline import supported_suffixes


def iter_source_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Yield the files named, and the supported files inside the folders named, sorted.

    Files named directly are always yielded, so an unsupported one is reported
    rather than silently ignored; inside folders, hidden and unsupported files
    are skipped.
    """
    for path in paths:
        if path.is_dir():
            yield from sorted(file for file in path.rglob("*") if _is_ingestible(file, path))
        else:
            yield path


def _is_ingestible(path: Path, root: Path) -> bool:
    if not path.is_file() or any(part.startswith(".") for part in path.relative_to(root).parts):
        return False
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in supported_suffixes())
