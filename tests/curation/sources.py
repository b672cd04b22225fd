"""Small text dumps written by tests, so each states the source it ingests."""

from pathlib import Path


def write_dump(folder: Path, name: str, lede: str, day: str = "2019-03-04") -> Path:
    path = folder / name
    path.write_text(
        f"date {day} {lede} The talks lasted four hours.\n"
        '"We are ready to talk," said Taro Kono, the Japanese foreign minister.\n',
        encoding="utf-8",
    )
    return path
